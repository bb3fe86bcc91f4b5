//! The breach side of the view against the breach engine's own results on the LY scenario and
//! on changed copies of it.

use super::breach::{CURVE_POINTS, breach};
use crate::engine::breach::analyse;
use crate::model::examples::default_scenario;
use crate::model::{Scenario, Shared};

fn view_of(s: &Scenario, focus: &str) -> super::Breach {
    breach(s, &analyse(s).expect("valid"), focus)
}

#[test]
fn ly_reach_is_the_exact_b6_figure_and_sorted() {
    let v = view_of(&default_scenario(), "ly");
    let ly = v.reach.iter().find(|r| r.id == "ly").expect("ly reached");
    // B6 of breach-impact.md: 1 − (1 − 0.6 · 0.92)(1 − 0.1).
    let b6 = 1.0 - (1.0 - 0.6 * 0.92) * (1.0 - 0.1);
    assert!((ly.p - b6).abs() < 1e-12, "{}", ly.p);
    assert!(ly.exact && v.exact);
    assert!(v.reach.windows(2).all(|w| w[0].p >= w[1].p));
    assert!(v.reach.iter().all(|r| r.p > 0.0 && r.p <= 1.0));
}

#[test]
fn the_path_to_the_focus_runs_from_an_entry_to_it() {
    let v = view_of(&default_scenario(), "ly");
    let first = v.path.first().expect("a path");
    let last = v.path.last().expect("a path");
    assert_eq!(first.from, "contractor", "the only threat's entry");
    assert_eq!(last.to, "ly");
    assert!(v.path.windows(2).all(|w| w[0].to == w[1].from));
    let product: f64 = v.path.iter().map(|s| s.p).product();
    assert!((product - v.path_p).abs() < 1e-12);
    // An entity no breach reaches has no path.
    assert!(view_of(&default_scenario(), "naver").path.is_empty());
}

#[test]
fn cutting_shared_authentication_lowers_ly_reach_and_the_top_choke_point_matches() {
    let mut s = default_scenario();
    let base = view_of(&s, "ly");
    let link = s
        .links
        .iter()
        .position(|l| l.vendor == "naver-cloud" && l.client == "ly")
        .expect("the outsourcing link");
    assert!(s.links[link].shared.contains(&Shared::Authentication));
    s.links[link].shared.clear();
    let cut = view_of(&s, "ly");
    let p = |v: &super::Breach| v.reach.iter().find(|r| r.id == "ly").map_or(0.0, |r| r.p);
    assert!(p(&cut) < p(&base) - 0.1, "{} → {}", p(&base), p(&cut));
    // The view keeps the engine's order and figures.
    let b = analyse(&default_scenario()).unwrap();
    assert_eq!(base.choke.len(), b.choke_points.len());
    for (v, e) in base.choke.iter().zip(&b.choke_points) {
        assert_eq!(
            (v.link, v.records, v.loss),
            (e.link, e.fall.records, e.fall.loss)
        );
    }
}

#[test]
fn loss_curves_are_thinned_keeping_their_ends_and_figures() {
    let s = default_scenario();
    let b = analyse(&s).unwrap();
    let v = breach(&s, &b, "ly");
    let (l, full) = (v.loss.expect("threats give a loss"), b.loss.unwrap());
    assert_eq!(l.ale, [full.ale, full.stderr]);
    assert!(l.exceedance.len() <= CURVE_POINTS);
    assert_eq!(
        l.exceedance.first().map(|p| p.0),
        full.exceedance.first().map(|p| p.x)
    );
    assert_eq!(
        l.exceedance.last().map(|p| p.0),
        full.exceedance.last().map(|p| p.x)
    );
    assert!(l.exceedance.iter().all(|p| (0.0..=1.0).contains(&p.1)));
    // The tornado speaks in ALE when there is one.
    assert_eq!(v.base_ale, b.sensitivity.base_ale);
    let first = &b.sensitivity.rows[0];
    assert_eq!(
        (v.tornado[0].low, v.tornado[0].high),
        (first.ale_low.unwrap(), first.ale_high.unwrap())
    );
}

#[test]
fn without_threats_there_is_no_loss_and_the_note_says_why() {
    let mut s = default_scenario();
    s.threats.clear();
    let b = analyse(&s).unwrap();
    let v = breach(&s, &b, "ly");
    assert!(!v.threats && v.loss.is_none() && v.base_ale.is_none());
    assert!(v.notes.iter().any(|n| n == "no-threats"), "{:?}", v.notes);
    // The tornado falls back to records.
    assert!(!v.tornado.is_empty());
    for (v, e) in v.tornado.iter().zip(&b.sensitivity.rows) {
        assert_eq!((v.low, v.high), (e.records_low, e.records_high));
    }
}

#[test]
fn records_by_country_add_up_to_each_category() {
    let v = view_of(&default_scenario(), "ly");
    assert_eq!(v.countries.last().map(String::as_str), Some("unspecified"));
    for c in &v.records {
        let sum: f64 = c.by_country.iter().sum();
        assert!(
            (sum - c.mean).abs() <= 1e-6 * c.mean.max(1.0),
            "{}: {sum} vs {}",
            c.id,
            c.mean
        );
    }
    let duty = v
        .duties
        .iter()
        .find(|d| d.rule == "appi")
        .expect("APPI applies to LY");
    assert_eq!(duty.holder, "ly");
    assert!(
        duty.actions
            .iter()
            .any(|a| a.what == "preliminary-report" && a.due.is_some())
    );
}

#[test]
fn a_view_reads_back_as_sent_and_garbage_is_an_error() {
    use crate::engine::results::{Options, control_report_with};
    for e in crate::model::examples::EXAMPLES {
        let s = crate::model::examples::example(e.id).unwrap();
        let control = control_report_with(&s, &Options::default());
        let b = analyse(&s).unwrap();
        let v = super::build(&s, &control, Some(&b), None);
        assert_eq!(super::View::decode(&v.encode()), Ok(v));
    }
    let ly = super::build(
        &default_scenario(),
        &control_report_with(&default_scenario(), &Options::default()),
        None,
        None,
    )
    .encode();
    for bad in [
        "",
        "!!!",
        "AAAA",
        &ly[..ly.len() / 2],
        "/////////////////////w==",
    ] {
        assert!(super::View::decode(bad).is_err(), "{bad}");
    }
}
