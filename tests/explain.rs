//! The results in words and the view the panels read: the LY scenario's answers and sentences
//! as a reader sees them, what changes when SoftBank takes 51 % of A Holdings, other shapes of
//! control (rights, cycles, nobody), and on any valid scenario: the view survives its JSON trip,
//! and every sentence is filled (no placeholder left, no raw id where a name exists).
#![cfg(not(target_arch = "wasm32"))]

mod common;

use exposure::engine::results::{Options, control_report_with};
use exposure::engine::view::{View, build, default_focus};
use exposure::model::examples::default_scenario;
use exposure::model::{ControlKind, ControlRight, Scenario};
use exposure::text::Lang;
use exposure::text::explain::{Words, control, flags};
use proptest::prelude::*;

fn view(s: &Scenario, focus: Option<&str>) -> View {
    let r = control_report_with(
        s,
        &Options {
            network_trials: Some(1),
        },
    );
    build(s, &r, None, focus)
}

fn holding(s: &mut Scenario, holder: &str, target: &str, percent: f64) {
    let h = s
        .holdings
        .iter_mut()
        .find(|h| h.holder == holder && h.target == target)
        .expect("holding");
    h.percent = percent;
}

#[test]
fn ly_who_controls_it_and_why() {
    let s = default_scenario();
    let v = view(&s, None);
    assert_eq!(v.focus, "ly");
    let w = Words::new(Lang::En, &s);
    assert_eq!(
        control::answer(&w, &v.control),
        "A Holdings Corp., jointly controlled by NAVER Corp. and SoftBank Corp."
    );
    let rows = control::rows(&w, &v.control);
    let sentences: Vec<&str> = rows.iter().map(|r| r.sentence.as_str()).collect();
    assert_eq!(
        sentences[0],
        "A Holdings Corp. holds 64.5% of the votes of LY Corp. with what it controls, more than the 50% that pass a resolution."
    );
    assert_eq!(
        sentences[1],
        "NAVER Corp. and SoftBank Corp. jointly control A Holdings Corp.: each can block its resolutions, and together they pass them."
    );
    assert_eq!(
        sentences[2],
        "NAVER Corp. and SoftBank Corp. can each block ordinary resolutions of LY Corp.: the side of each holds 64.5% of the votes through A Holdings Corp., so the others cannot reach the quota. \
         A Holdings Corp. can block ordinary resolutions of LY Corp.: its side holds 64.5% of the votes, so the others cannot reach the quota."
    );
    assert!(
        sentences[4].contains("only when turnout is at most 96.75%"),
        "{}",
        sentences[4]
    );
    assert_eq!(
        control::wedge_sentence(&w, &v.control),
        "NAVER Corp. receives 32.25% of the cash flow of LY Corp. but holds 50% of its votes along its weakest link: control rights beyond ownership."
    );
    assert!(control::power_sentence(&w, &v.control).starts_with(
        "A Holdings Corp. holds 64.5% of the votes of LY Corp. and is pivotal in 100%"
    ));
}

#[test]
fn ly_inverted_supervision_in_plain_words() {
    let s = default_scenario();
    let v = view(&s, None);
    let w = Words::new(Lang::En, &s);
    let said: Vec<String> = v.flags.iter().map(|f| flags::sentence(&w, f)).collect();
    assert_eq!(
        said,
        [
            "NAVER Corp., through A Holdings Corp., jointly controls LY Corp., which outsources system operations to NAVER Cloud Corp., a subsidiary of NAVER Corp. \
          Inverted supervision: LY Corp. is meant to supervise NAVER Cloud Corp., but NAVER Cloud Corp.'s side has power over LY Corp."
        ]
    );
}

#[test]
fn softbank_at_51_controls_ly_and_the_flag_goes() {
    let mut s = default_scenario();
    holding(&mut s, "softbank", "a-holdings", 51.0);
    holding(&mut s, "naver", "a-holdings", 49.0);
    let v = view(&s, None);
    let w = Words::new(Lang::En, &s);
    assert_eq!(v.control.controller.as_deref(), Some("softbank"));
    assert_eq!(
        control::answer(&w, &v.control),
        "SoftBank Corp., through A Holdings Corp."
    );
    assert_eq!(
        control::rows(&w, &v.control)[0].sentence,
        "SoftBank Corp. controls LY Corp. along the chain SoftBank Corp. → A Holdings Corp. → LY Corp. \
         A Holdings Corp. holds 64.5% of the votes of LY Corp. with what it controls, more than the 50% that pass a resolution."
    );
    assert!(v.flags.is_empty(), "{:?}", v.flags);
    assert!(v.control.joint.is_empty());
}

#[test]
fn other_shapes_of_control_in_words() {
    let s = default_scenario();
    let w = Words::new(Lang::En, &s);
    // A root: nobody holds it.
    let v = view(&s, Some("contractor"));
    assert_eq!(
        control::answer(&w, &v.control),
        "Nobody: no one in the scenario holds shares of it"
    );
    assert!(
        control::rows(&w, &v.control)[0]
            .sentence
            .starts_with("Nobody in the scenario holds shares of Subcontractor of NAVER Cloud")
    );
    assert_eq!(
        control::wedge_sentence(&w, &v.control),
        "Nobody holds shares of Subcontractor of NAVER Cloud."
    );
    // A Holdings: no controller, joint control of NAVER and SoftBank.
    let v = view(&s, Some("a-holdings"));
    assert_eq!(
        control::answer(&w, &v.control),
        "NAVER Corp. and SoftBank Corp., jointly"
    );
    assert!(
        control::lens_sentences(&w, &v.control)[0].starts_with(
            "The lenses disagree on NAVER Corp.: it counts under Weakest-link control, "
        )
    );
    // A board right.
    let mut s2 = default_scenario();
    s2.control_rights.push(ControlRight {
        holder: "softbank".into(),
        target: "a-holdings".into(),
        kind: ControlKind::BoardMajority,
        description: String::new(),
    });
    let v = view(&s2, Some("a-holdings"));
    let w2 = Words::new(Lang::En, &s2);
    assert_eq!(
        control::rows(&w2, &v.control)[0].sentence,
        "SoftBank Corp. controls A Holdings Corp.: it appoints most of its board."
    );
    // Widely held: nobody above the quota.
    let mut s3 = default_scenario();
    holding(&mut s3, "a-holdings", "ly", 30.0);
    let v = view(&s3, None);
    let w3 = Words::new(Lang::En, &s3);
    assert_eq!(
        control::answer(&w3, &v.control),
        "Nobody: no holder has more than 50% of its votes"
    );
}

#[test]
fn the_default_focus_is_the_largest_data_holder() {
    let mut s = default_scenario();
    assert_eq!(default_focus(&s), Some("ly"));
    s.data.clear();
    assert_eq!(default_focus(&s), Some("a-holdings"), "first held entity");
    s.holdings.clear();
    assert_eq!(default_focus(&s), Some("naver"));
    s.entities.clear();
    assert_eq!(default_focus(&s), None);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn any_scenario_gives_a_view_that_reads_back_and_filled_sentences(s in common::scenario_strategy::scenario()) {
        let v = view(&s, None);
        let json = serde_json::to_value(&v).unwrap();
        prop_assert_eq!(&serde_json::from_value::<View>(json).unwrap(), &v);
        let w = Words::new(Lang::En, &s);
        let mut all = vec![
            control::answer(&w, &v.control),
            control::wedge_sentence(&w, &v.control),
            control::power_sentence(&w, &v.control),
        ];
        all.extend(control::rows(&w, &v.control).into_iter().map(|r| r.sentence));
        all.extend(control::lens_sentences(&w, &v.control));
        all.extend(v.flags.iter().map(|f| flags::sentence(&w, f)));
        for text in all {
            prop_assert!(!text.trim().is_empty());
            for n in 1..=6 {
                let placeholder = format!("{{{n}}}");
                prop_assert!(!text.contains(&placeholder), "{} in {}", placeholder, text);
            }
        }
    }
}
