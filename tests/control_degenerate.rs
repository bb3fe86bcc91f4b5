//! Degenerate inputs give answers or clear errors, never a panic or a hang: no holdings, 100 %
//! float, exact 50/50 ties, turnout 0, a quota of 0 or 100, long chains (10,000 links, native
//! stack untouched by recursion) and mutual control.
#![cfg(not(target_arch = "wasm32"))]

#[path = "control/build.rs"]
mod build;

use build::{close, of, results, scenario, ultimate};
use exposure::engine::report;
use exposure::engine::results::{Options, control_report_with};
use exposure::model::{self, Entity, Holding, Scenario};

#[test]
fn no_holdings_everyone_owns_itself_and_nobody_controls() {
    let s = scenario(&["a", "b"], &[]);
    let r = results(&s);
    assert!(close(ultimate(&r, "a", "a"), 100.0, 0.0));
    assert!(
        r.entities
            .iter()
            .all(|e| e.control.controller.is_none() && e.power.is_none())
    );
    assert!(r.flags.is_empty());
    let empty = results(&Scenario::default());
    assert!(empty.entities.is_empty() && empty.network_power.is_empty());
}

#[test]
fn a_tiny_holding_leaves_almost_everything_to_the_float_and_its_atoms() {
    let s = scenario(&["h", "t"], &[("h", "t", 0.01)]);
    let r = results(&s);
    assert!(close(ultimate(&r, "t", "float:t"), 99.99, 1e-9));
    let p = of(&r, "t").power.clone().unwrap();
    let f = p.float.unwrap();
    assert_eq!(f.atoms, 100, "99 atoms of 1 % and one of 0.99 %");
    assert!(close(
        f.shapley_shubik + p.players[0].shapley_shubik,
        1.0,
        1e-9
    ));
}

#[test]
fn an_exact_tie_is_joint_control_under_a_strict_quota_and_improper_otherwise() {
    let mut s = scenario(&["a", "b", "t"], &[("a", "t", 50.0), ("b", "t", 50.0)]);
    let r = results(&s);
    let t = &of(&r, "t").control;
    assert_eq!(t.controller, None);
    assert_eq!(
        t.joint.as_deref(),
        Some(&["a".to_string(), "b".to_string()][..])
    );
    s.settings.strict = false;
    let met = results(&s);
    assert!(of(&met, "t").power.as_ref().unwrap().improper);
    assert!(
        met.warnings.iter().any(|w| w.contains("improper")),
        "{:?}",
        met.warnings
    );
    // Both "control" t when meeting 50 % is enough: contested, not a guess.
    let c = &of(&met, "t").control;
    assert_eq!(c.controller, None);
    assert_eq!(c.why.contested.as_ref().map(|c| c.kind), Some("not-nested"));
}

#[test]
fn turnout_zero_is_a_clear_error_and_quota_extremes_still_answer() {
    let mut s = scenario(&["a", "t"], &[("a", "t", 60.0)]);
    s.settings.turnout = 0.0;
    let e = model::errors(&s);
    assert!(e.iter().any(|p| p.path == "settings.turnout"), "{e:?}");
    // The engine itself does not panic on it either.
    let r = results(&s);
    assert_eq!(r.entities.len(), 2);
    s.settings.turnout = 100.0;
    s.settings.quota = 100.0;
    let r = results(&s);
    assert_eq!(of(&r, "t").control.controller, None, "nobody exceeds 100 %");
    assert!(of(&r, "t").power.as_ref().unwrap().players[0].banzhaf == 0.0);
    s.settings.quota = 0.0;
    let r = results(&s);
    assert_eq!(of(&r, "t").control.controller.as_deref(), Some("a"));
}

#[test]
fn firms_that_control_each_other_are_reported_as_circular() {
    let s = scenario(
        &["a", "b", "c"],
        &[("a", "b", 60.0), ("b", "a", 60.0), ("a", "c", 100.0)],
    );
    let r = results(&s);
    for id in ["a", "b", "c"] {
        let c = &of(&r, id).control;
        assert_eq!(c.controller, None, "{id}");
        assert!(c.why.contested.is_some(), "{id}");
    }
    assert!(r.warnings.iter().any(|w| w.contains("circular")));
    // Economic figures still add up.
    let sum: f64 = of(&r, "c")
        .ownership
        .ultimate
        .iter()
        .map(|u| u.percent)
        .sum();
    assert!(close(sum, 100.0, 1e-9));
}

fn chain(n: usize, percent: f64) -> Scenario {
    let mut s = Scenario::default();
    for i in 0..n {
        s.entities.push(Entity::new(&format!("e{i}"), "E"));
    }
    for i in 1..n {
        s.holdings.push(Holding::new(
            &format!("e{}", i - 1),
            &format!("e{i}"),
            percent,
        ));
    }
    s
}

#[test]
fn a_chain_of_10000_majority_links_is_answered_without_overflow() {
    let s = chain(10_000, 60.0);
    assert!(model::errors(&s).is_empty());
    // Run on a thread with a 1 MiB stack, like wasm's.
    let r = std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || {
            control_report_with(
                &s,
                &Options {
                    network_trials: Some(5),
                },
            )
        })
        .unwrap()
        .join()
        .unwrap();
    let last = of(&r, "e9999");
    assert_eq!(last.control.controller.as_deref(), Some("e0"));
    assert_eq!(
        last.control.chain.len(),
        20,
        "huge groups keep the top and the nearest 19"
    );
    assert_eq!(last.control.chain[0], "e0");
    assert!(close(ultimate(&r, "e9999", "float:e9999"), 40.0, 1e-9));
    assert_eq!(last.control.vetoes.len(), 20);
    assert_eq!(last.control.chain[19], "e9999");
    assert!(last.control.why.left_off > 0);
}

#[test]
fn a_chain_of_10000_half_links_has_vetoes_but_no_controller() {
    let s = chain(10_000, 50.0);
    let r = std::thread::Builder::new()
        .stack_size(1 << 20)
        .spawn(move || {
            control_report_with(
                &s,
                &Options {
                    network_trials: Some(5),
                },
            )
        })
        .unwrap()
        .join()
        .unwrap();
    let last = of(&r, "e9999");
    assert_eq!(last.control.controller, None);
    assert_eq!(
        last.control.vetoes[0], "e0",
        "a 50 % veto carries down the whole chain"
    );
    // 50 % against 50 one-percent atoms: it swings with any atom, an atom only with it alone.
    let p = last.power.as_ref().unwrap();
    assert!(
        p.players[0].banzhaf > 0.99 && p.players[0].shapley_shubik > 0.97,
        "{p:?}"
    );
}

#[test]
fn the_report_of_the_default_scenario_has_the_spec_keys() {
    let s = exposure::model::examples::default_scenario();
    let r = report::build(&s, Vec::new());
    let v: serde_json::Value = serde_json::to_value(&r).unwrap();
    for k in [
        "version",
        "title",
        "currency",
        "summary",
        "ownership",
        "control",
        "power",
        "network_power",
        "flags",
    ] {
        assert!(v.get(k).is_some(), "{k} missing");
    }
    assert_eq!(v["ownership"]["ultimate"]["ly"]["naver"], 32.25);
    assert_eq!(v["ownership"]["integrated"]["a-holdings"]["ly"], 64.5);
    assert_eq!(v["control"]["ly"]["controller"], "a-holdings");
    assert_eq!(
        v["control"]["ly"]["chain"],
        serde_json::json!(["a-holdings", "ly"])
    );
    assert_eq!(
        v["control"]["a-holdings"]["joint"],
        serde_json::json!(["naver", "softbank"])
    );
    assert_eq!(v["control"]["naver"]["controller"], serde_json::Value::Null);
    assert_eq!(v["power"]["a-holdings"]["naver"]["shapley_shubik"], 0.5);
    assert!(v["power"]["ly"]["float:ly"]["banzhaf"].is_number());
    assert!(v["network_power"]["naver"]["stderr"].is_number());
    assert_eq!(v["flags"][0]["kind"], "inverted-supervision");
    let text = report::text(&r);
    assert!(
        text.contains("a-holdings → ly") && text.contains("inverted-supervision"),
        "{text}"
    );
}
