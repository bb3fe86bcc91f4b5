//! The breach sentences on the LY scenario (figures from the engine, so the tests check the
//! wording and the choice of figures, not the engine).

use super::*;
use crate::engine::breach::analyse;
use crate::engine::view::breach::breach;
use crate::model::Scenario;
use crate::model::examples::default_scenario;
use crate::text::Lang;
use crate::text::Lang::Ja;
use crate::text::explain::money_format;

fn view(s: &Scenario) -> Breach {
    breach(s, &analyse(s).unwrap(), "ly")
}

#[test]
fn the_loss_answer_names_the_entry_and_the_ale() {
    let s = default_scenario();
    let (w, b) = (Words::new(Lang::En, &s), view(&s));
    assert_eq!(
        loss_question(&w),
        "What would a breach at Subcontractor of NAVER Cloud cost a year?"
    );
    let ale = b.loss.as_ref().unwrap().ale[0];
    let (value, why) = loss_answer(&w, &b);
    assert_eq!(value, format!("{} a year on average", w.money(ale)));
    assert!(value.starts_with('$'), "{value}");
    assert!(why.starts_with("0.3 breach events a year"), "{why}");
    assert!(why.contains(&w.count(b.total[0])), "{why}");
}

#[test]
fn without_threats_the_loss_answer_says_what_to_add() {
    let mut s = default_scenario();
    s.threats.clear();
    let (w, b) = (Words::new(Lang::En, &s), view(&s));
    assert_eq!(loss_question(&w), "What would breaches cost a year?");
    assert!(loss_answer(&w, &b).0.starts_with("No annual loss"));
    assert!(basis(&w, &b).starts_with("No threat has a rate above 0"));
}

#[test]
fn the_link_answer_is_the_top_choke_point_with_its_equals() {
    let s = default_scenario();
    let (w, b) = (Words::new(Lang::En, &s), view(&s));
    let (link, why) = link_answer(&w, &b);
    let top = &b.choke[0];
    assert_eq!(
        link,
        format!("{} → {}", s.name_of(&top.vendor), s.name_of(&top.client))
    );
    assert!(why.starts_with(&format!(
        "Cutting it removes {} of the",
        w.count(top.records)
    )));
    // In the LY case the subcontractor → NAVER Cloud and NAVER Cloud → LY links are in series
    // on the main path: cutting either removes the same.
    let tie = &b.choke[1];
    assert!((tie.records - top.records).abs() < 1e-6 && (tie.loss - top.loss).abs() < 1e-3);
    assert!(
        why.contains(&format!("Cutting {} removes as much.", link_name(&w, tie))),
        "{why}"
    );
}

#[test]
fn reach_path_and_duties_read_as_sentences() {
    let s = default_scenario();
    let (w, b) = (Words::new(Lang::En, &s), view(&s));
    let r = reach_sentences(&w, &b, "ly");
    let path = path_sentence(&w, &b).unwrap();
    assert_eq!(
        r,
        format!("A breach event reaches LY Corp. with probability 0.5968 (exact). {path}")
    );
    assert!(
        path.starts_with(
            "Most likely way in: Subcontractor of NAVER Cloud → NAVER Cloud Corp. → LY Corp."
        ),
        "{path}"
    );
    assert_eq!(
        reach_sentences(&w, &b, "naver"),
        "No breach event reaches NAVER Corp."
    );
    let appi = b.duties.iter().find(|d| d.rule == "appi").unwrap();
    let text = duty_sentence(&w, appi);
    assert!(
        text.starts_with("LY Corp. owes it for User information"),
        "{text}"
    );
    assert!(text.contains("unauthorised access"), "{text}");
    let pre = appi
        .actions
        .iter()
        .find(|a| a.what == "preliminary-report")
        .unwrap();
    assert_eq!(
        deadline(&w, pre),
        (
            "Preliminary report to the Personal Information Protection Commission".to_string(),
            "within 3–5 days: October 20, 2023 to October 22, 2023".to_string()
        )
    );
}

#[test]
fn money_is_written_in_the_scenario_currency() {
    assert_eq!(money_format("USD", Lang::En).format(15_660_379.0), "$15.7M");
    assert_eq!(money_format("JPY", Lang::En).format(2_500.0), "¥2.5K");
    assert_eq!(
        money_format("CHF", Lang::En).format(1_200_000.0),
        "CHF 1.2M"
    );
    // Japanese: 万, 億, 兆 and the full-width yen sign, as Intl writes them.
    assert_eq!(money_format("JPY", Ja).format(156_000_000.0), "￥1.56億");
    assert_eq!(money_format("USD", Ja).format(15_660_379.0), "$1570万");
    let s = default_scenario();
    let w = Words::new(Ja, &s);
    assert_eq!(w.date("2023-10-20"), "2023年10月20日");
    assert_eq!(w.date("soon"), "soon");
    assert_eq!(
        w.date("2023-02-30"),
        "2023-02-30",
        "not a real date: left as written"
    );
    assert_eq!(w.percent_format().format(0.3225), "32.3%");
    let mut s = default_scenario();
    s.currency = "EUR".into();
    s.settings.cost_model = crate::model::CostModel::Dbir2015;
    let (w, b) = (Words::new(Lang::En, &s), view(&s));
    assert!(cost_band(&w, &b).starts_with("Expected loss of one breach event: €"));
    assert!(
        notes(&w, &b)
            .iter()
            .any(|n| n.contains("this scenario is in EUR")),
        "{:?}",
        notes(&w, &b)
    );
}

#[test]
fn tornado_rows_are_named_after_what_moved() {
    let s = default_scenario();
    let (w, b) = (Words::new(Lang::En, &s), view(&s));
    let names: Vec<String> = b.tornado.iter().map(|r| input_name(&w, r)).collect();
    assert!(
        names
            .iter()
            .any(|n| n == "Breaches a year at Subcontractor of NAVER Cloud"),
        "{names:?}"
    );
    assert!(
        names
            .iter()
            .any(|n| n == "Cost per record of User information"),
        "{names:?}"
    );
    assert!(names.iter().all(|n| !n.contains('[')), "{names:?}");
    let t = tornado_sentence(&w, &b).unwrap();
    assert!(
        t.starts_with(&names[0]) && t.contains(" matters most: "),
        "{t}"
    );
}

#[test]
fn the_assumed_threats_carry_their_notes() {
    let s = default_scenario();
    let w = Words::new(Lang::En, &s);
    let a = assumed(&w);
    assert_eq!(a.len(), 1);
    assert_eq!(
        a[0].0,
        "malware on a subcontractor PC: 0.3 a year at Subcontractor of NAVER Cloud."
    );
    assert!(a[0].1.starts_with("Assumption: illustrative"), "{}", a[0].1);
}

#[test]
fn the_answers_read_in_japanese_on_the_japanese_ly_case() {
    let s = crate::model::examples::default_in(true);
    let (w, b) = (Words::new(Ja, &s), view(&s));
    let q = loss_question(&w);
    assert!(q.contains("NAVER Cloudの委託先"), "{q}");
    let (value, why) = loss_answer(&w, &b);
    assert!(value.contains('万'), "{value}");
    for text in [&q, &value, &why, &basis(&w, &b), &link_answer(&w, &b).1] {
        assert!(
            !text.contains(" a year") && !text.contains("records"),
            "English left: {text}"
        );
        assert!(
            !text.contains("。 "),
            "a space after a Japanese full stop: {text}"
        );
    }
    let pre = b.duties[0]
        .actions
        .iter()
        .find(|a| a.what == "preliminary-report")
        .unwrap();
    assert!(
        deadline(&w, pre).1.contains("2023年10月20日"),
        "{:?}",
        deadline(&w, pre)
    );
}
