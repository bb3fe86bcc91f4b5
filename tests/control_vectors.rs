//! The reference vectors of ownership-control.md as tests: T1, T3, T4, T12 (the LY case, every
//! detail), N1 and N2 (T8–T10 are in tests/power.rs).
#![cfg(not(target_arch = "wasm32"))]

#[path = "control/build.rs"]
mod build;

use build::{close, integrated, of, results, scenario, ultimate};
use exposure::model::{self, examples::default_scenario};

#[test]
fn t1_cross_holding_has_one_third_self_ownership_and_conserves() {
    let s = scenario(&["a", "b"], &[("a", "b", 50.0), ("b", "a", 50.0)]);
    assert!(model::errors(&s).is_empty());
    let r = results(&s);
    assert!(close(integrated(&r, "a", "a"), 100.0 / 3.0, 1e-9));
    assert!(close(integrated(&r, "a", "b"), 200.0 / 3.0, 1e-9));
    assert!(close(integrated(&r, "b", "a"), 200.0 / 3.0, 1e-9));
    assert!(close(integrated(&r, "b", "b"), 100.0 / 3.0, 1e-9));
    assert!(close(ultimate(&r, "a", "float:a"), 200.0 / 3.0, 1e-9));
    assert!(close(ultimate(&r, "a", "float:b"), 100.0 / 3.0, 1e-9));
    assert!(close(ultimate(&r, "b", "float:b"), 200.0 / 3.0, 1e-9));
    for t in ["a", "b"] {
        let sum: f64 = of(&r, t).ownership.ultimate.iter().map(|u| u.percent).sum();
        assert!(close(sum, 100.0, 1e-9), "{t}: {sum}");
    }
}

#[test]
fn t3_one_percent_outside_a_near_closed_loop_owns_everything() {
    let s = scenario(
        &["x", "y", "person"],
        &[("x", "y", 100.0), ("y", "x", 99.0), ("person", "x", 1.0)],
    );
    assert!(model::errors(&s).is_empty());
    let r = results(&s);
    assert!(close(ultimate(&r, "x", "person"), 100.0, 1e-9));
    assert!(close(ultimate(&r, "y", "person"), 100.0, 1e-9));
    assert_eq!(of(&r, "y").ownership.ultimate.len(), 1);
}

#[test]
fn t4_weakest_link_control_50_and_cash_flow_36() {
    let s = scenario(
        &["family", "b", "c"],
        &[
            ("family", "b", 30.0),
            ("family", "c", 30.0),
            ("b", "c", 20.0),
        ],
    );
    let r = results(&s);
    let wl = of(&r, "c")
        .weakest_link
        .iter()
        .find(|w| w.holder == "family")
        .unwrap()
        .clone();
    assert!(close(wl.control, 50.0, 1e-9), "{wl:?}");
    assert!(close(wl.cash_flow, 36.0, 1e-9), "{wl:?}");
    assert_eq!(wl.chains, 2);
    assert!(wl.meets);
    assert!(close(ultimate(&r, "c", "family"), 36.0, 1e-9));
    // At a 30 % threshold the 20 % link no longer counts.
    let mut s30 = s.clone();
    s30.settings.weakest_link = 30.0;
    let r30 = results(&s30);
    let wl30 = of(&r30, "c")
        .weakest_link
        .iter()
        .find(|w| w.holder == "family")
        .unwrap()
        .clone();
    assert!(close(wl30.control, 30.0, 1e-9), "{wl30:?}");
}

#[test]
fn t12_ly_ultimate_owners() {
    let r = results(&default_scenario());
    assert!(close(ultimate(&r, "ly", "naver"), 32.25, 1e-9));
    assert!(close(ultimate(&r, "ly", "softbank"), 32.25, 1e-9));
    assert!(close(ultimate(&r, "ly", "float:ly"), 35.5, 1e-9));
    assert_eq!(of(&r, "ly").ownership.ultimate.len(), 3);
}

#[test]
fn t12_ly_control_joint_and_vetoes() {
    let r = results(&default_scenario());
    let ly = &of(&r, "ly").control;
    assert_eq!(ly.controller.as_deref(), Some("a-holdings"));
    assert_eq!(ly.chain, ["a-holdings", "ly"]);
    let a = &of(&r, "a-holdings").control;
    assert_eq!(a.controller, None);
    assert_eq!(
        a.joint.as_deref(),
        Some(&["naver".to_string(), "softbank".to_string()][..])
    );
    assert_eq!(
        ly.joint, a.joint,
        "LY's chain tops out at the joint venture"
    );
    for v in ["naver", "softbank"] {
        assert!(a.vetoes.iter().any(|x| x == v), "{v} vetoes A Holdings");
        assert!(
            ly.vetoes.iter().any(|x| x == v),
            "{v} vetoes LY through A Holdings"
        );
        let via = &ly.why.vetoes.iter().find(|b| b.holder == v).unwrap().via;
        assert_eq!(via[0].id, "a-holdings");
    }
    assert!(ly.vetoes.iter().any(|x| x == "a-holdings"));
    assert!(!a.vetoes.iter().any(|x| x == "ly"));
}

#[test]
fn t12_a_holdings_passes_a_special_resolution_alone_up_to_96_75_turnout() {
    let mut s = default_scenario();
    let r = results(&s);
    let sm = of(&r, "ly").control.why.special_majority.clone().unwrap();
    assert_eq!(sm.holder, "a-holdings");
    assert!(close(sm.up_to_turnout, 96.75, 1e-9), "{sm:?}");
    assert!(!sm.passes, "at full turnout 64.5 % is short of two thirds");
    s.settings.turnout = 96.75;
    let at = results(&s);
    assert!(
        of(&at, "ly")
            .control
            .why
            .special_majority
            .as_ref()
            .unwrap()
            .passes
    );
    s.settings.turnout = 96.8;
    let above = results(&s);
    assert!(
        !of(&above, "ly")
            .control
            .why
            .special_majority
            .as_ref()
            .unwrap()
            .passes
    );
}

#[test]
fn t12_inverted_supervision_names_naver_cloud_naver_ly_and_not_shanghai() {
    let r = results(&default_scenario());
    assert_eq!(r.flags.len(), 1, "{:?}", r.flags);
    let f = &r.flags[0];
    assert_eq!(
        (f.kind, f.vendor.as_str(), f.via.as_str(), f.client.as_str()),
        ("inverted-supervision", "naver-cloud", "naver", "ly")
    );
    assert_eq!(f.relation, "joint-control");
    assert!(!r.flags.iter().any(|f| f.vendor == "line-dt-shanghai"));
}

#[test]
fn softbank_at_51_becomes_ly_s_controller_and_the_flag_goes() {
    let mut s = default_scenario();
    for h in &mut s.holdings {
        if h.target == "a-holdings" {
            h.percent = if h.holder == "softbank" { 51.0 } else { 49.0 };
        }
    }
    assert!(model::errors(&s).is_empty());
    let r = results(&s);
    let ly = &of(&r, "ly").control;
    assert_eq!(ly.controller.as_deref(), Some("softbank"));
    assert_eq!(ly.chain, ["softbank", "a-holdings", "ly"]);
    assert_eq!(ly.joint, None);
    assert!(!ly.vetoes.iter().any(|v| v == "naver"), "{:?}", ly.vetoes);
    // NAVER keeps a blocking minority over special resolutions of A Holdings only.
    assert!(
        of(&r, "a-holdings")
            .control
            .special_blockers
            .iter()
            .any(|v| v == "naver")
    );
    assert!(!ly.special_blockers.iter().any(|v| v == "naver"));
    // NAVER neither controls, jointly controls nor can veto LY any more: no flag.
    assert!(r.flags.is_empty(), "{:?}", r.flags);
}

#[test]
fn n1_and_n2_are_rejected_before_the_engine() {
    let n1 = scenario(
        &["a", "b", "c", "f"],
        &[("a", "f", 100.0), ("b", "f", 100.0), ("c", "f", 100.0)],
    );
    assert!(
        model::errors(&n1)
            .iter()
            .any(|p| p.message.contains("300 %")),
        "{:?}",
        model::errors(&n1)
    );
    let n2 = scenario(
        &["a", "b", "c"],
        &[("a", "b", 100.0), ("b", "c", 100.0), ("c", "a", 100.0)],
    );
    let e = model::errors(&n2);
    assert!(
        e.iter()
            .any(|p| p.message.contains("closed ownership loop") && p.message.contains("\"a\"")),
        "{e:?}"
    );
}
