//! The breach engine on awkward and large inputs: every rule broken gives an error with its
//! path (never a panic), no threats give conditional answers said plainly, zero records and
//! extreme rates give answers without hanging, cancellation stops at once, the same seed gives
//! the same numbers, trees are exact beyond 20 edges, and any valid scenario gives sane results.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::scenario_strategy::scenario;
use common::webs::web;
use exposure::engine::breach::{self, Basis, LossMethod, Note, Stage, Stopped};
use exposure::model::Scenario;
use exposure::model::examples::default_scenario;
use proptest::prelude::*;

fn errors_of(s: &Scenario) -> Vec<String> {
    match breach::analyse(s) {
        Err(Stopped::Invalid(ps)) => ps.iter().map(|p| p.to_string()).collect(),
        other => panic!("expected the scenario to be refused, got {other:?}"),
    }
}

#[test]
fn bad_inputs_are_refused_with_the_field_named() {
    let mut s = default_scenario();
    s.threats[0].entry = "hacker".into();
    assert!(
        errors_of(&s)
            .iter()
            .any(|e| e.contains("threats[0].entry") && e.contains("hacker"))
    );
    let mut s = default_scenario();
    s.threats[0].rate = -0.3;
    assert!(errors_of(&s).iter().any(|e| e.contains("threats[0].rate")));
    let mut s = default_scenario();
    s.links[0].p = Some(1.5);
    s.links[1].p_back = Some(-0.1);
    let e = errors_of(&s);
    assert!(
        e.iter().any(|e| e.contains("links[0].p"))
            && e.iter().any(|e| e.contains("links[1].p_back"))
    );
    let mut s = default_scenario();
    s.links[0].p = Some(f64::NAN);
    assert!(errors_of(&s).iter().any(|e| e.contains("links[0].p")));
    let mut s = default_scenario();
    s.settings.trials = 0;
    assert!(errors_of(&s).iter().any(|e| e.contains("settings.trials")));
}

#[test]
fn without_threats_results_are_conditional_and_say_so() {
    let mut s = default_scenario();
    s.threats.clear();
    let r = breach::analyse(&s).unwrap();
    assert_eq!(r.basis, Basis::EveryEntity);
    assert_eq!(r.events_per_year, 0.0);
    assert!(r.loss.is_none());
    assert_eq!(r.notes.first(), Some(&Note::NoThreats));
    assert!(r.sensitivity.base_ale.is_none());
    assert!(r.sensitivity.rows.iter().all(|row| row.ale_low.is_none()));
    // Every entity equally likely: ly is its own entry (1/7), reached from naver-cloud
    // (0.92/7), the contractor (0.5968/7) and LINE Digital Technology (0.1/7).
    let expect = (1.0 + 0.92 + 0.5968 + 0.1) / 7.0;
    assert!(
        (r.reach["ly"].p - expect).abs() < 1e-12,
        "{}",
        r.reach["ly"].p
    );
    assert_eq!(r.blast_radius[0].entry, "ly");
    // Rates of zero count as no threat.
    let mut z = default_scenario();
    z.threats[0].rate = 0.0;
    assert_eq!(breach::analyse(&z).unwrap().basis, Basis::EveryEntity);
    // The text report says it plainly.
    let report = exposure::engine::report::build(&s, Vec::new());
    let text = exposure::engine::report::text(&report);
    assert!(text.contains("No threat with a rate above 0"), "{text}");
}

#[test]
fn zero_records_and_empty_scenarios_give_zeros() {
    let mut s = default_scenario();
    for d in &mut s.data {
        d.records = 0.0;
        d.by_country.clear();
    }
    let r = breach::analyse(&s).unwrap();
    assert_eq!(r.records_total.mean, 0.0);
    let l = r.loss.unwrap();
    assert_eq!((l.ale, l.var99, l.ale_exact), (0.0, 0.0, 0.0));
    assert!(l.exceedance.is_empty());
    assert!(r.duties.items.is_empty());
    assert!(r.choke_points.iter().all(|c| c.fall.records == 0.0));
    let empty = breach::analyse(&Scenario::default()).unwrap();
    assert!(empty.reach.is_empty() && empty.blast_radius.is_empty() && empty.loss.is_none());
}

#[test]
fn huge_rates_and_trials_stay_bounded() {
    let mut s = default_scenario();
    s.threats[0].rate = 1e6;
    s.settings.trials = 10_000_000;
    let start = std::time::Instant::now();
    let r = breach::analyse(&s).unwrap();
    let l = r.loss.unwrap();
    assert_eq!(l.method, LossMethod::NormalApproximation);
    assert!(r.notes.contains(&Note::NormalApproximation));
    assert!((l.ale - l.ale_exact).abs() <= 1e-9 * l.ale_exact);
    assert!(l.var95 < l.var99 && l.var95 < l.tvar95);
    // Many events a year but fewer than the budget allows: fewer years, said.
    let mut m = default_scenario();
    m.threats[0].rate = 100.0;
    m.settings.trials = 1_000_000;
    let r = breach::analyse(&m).unwrap();
    let l = r.loss.unwrap();
    assert!(
        l.years < 1_000_000 && l.events <= 4_100_000,
        "{} years, {} events",
        l.years,
        l.events
    );
    assert!(r.notes.contains(&Note::YearsCapped));
    // Generous bound: these are bounded by design, not by luck (timings belong in benches).
    assert!(start.elapsed().as_secs() < 120);
}

#[test]
fn cancelling_stops_the_analysis() {
    let w = breach::synthetic::vendor_web(200, 1000, 3);
    let mut calls = 0;
    let r = breach::analyse_with(&w, &mut |_| {
        calls += 1;
        false
    });
    assert_eq!(r, Err(Stopped::Cancelled));
    assert_eq!(calls, 1);
    // Cancel in the middle of the Monte Carlo reach pass.
    let mut seen = Vec::new();
    let r = breach::analyse_with(&w, &mut |p| {
        seen.push(p);
        !(p.stage == Stage::Reach && p.done > 0)
    });
    assert_eq!(r, Err(Stopped::Cancelled));
    assert!(seen.windows(2).all(|w| w[0].stage <= w[1].stage));
    assert!(seen.iter().all(|p| (0.0..=1.0).contains(&p.fraction())));
}

#[test]
fn progress_reaches_every_stage_and_is_reported_often() {
    let w = breach::synthetic::vendor_web(200, 1000, 3);
    let mut stages = Vec::new();
    let mut ticks = 0;
    let r = breach::analyse_with(&w, &mut |p| {
        ticks += 1;
        if stages.last() != Some(&p.stage) {
            stages.push(p.stage);
        }
        true
    });
    assert!(r.is_ok());
    assert_eq!(
        stages,
        vec![
            Stage::Plan,
            Stage::Exact,
            Stage::Reach,
            Stage::Loss,
            Stage::Spread,
            Stage::Blast
        ]
    );
    // 1,563 words in each pass, a tick every 16.
    assert!(ticks > 150, "{ticks}");
}

#[test]
fn the_same_seed_gives_the_same_numbers_and_another_seed_others() {
    let mut w = breach::synthetic::vendor_web(120, 500, 9);
    w.settings.trials = 20_000;
    let a = breach::analyse(&w).unwrap();
    assert!(!a.method.exact && a.method.trials > 0);
    assert_eq!(a, breach::analyse(&w).unwrap());
    w.settings.seed = 2;
    let b = breach::analyse(&w).unwrap();
    assert_ne!(a.reach, b.reach);
    // Different, but by no more than the noise.
    for (id, ra) in &a.reach {
        let rb = b.reach[id];
        let se = ra.stderr.hypot(rb.stderr);
        assert!(
            (ra.p - rb.p).abs() <= 5.0 * se + 1e-12,
            "{id}: {} vs {}",
            ra.p,
            rb.p
        );
    }
}

#[test]
fn a_tree_beyond_twenty_edges_is_exact() {
    // A binary tree of depth 5 (31 entities, 30 uncertain links), data on the leaves.
    let mut links = Vec::new();
    for child in 1..31 {
        links.push(((child - 1) / 2, child, 0.7, 0.0));
    }
    let leaves: Vec<(usize, f64)> = (15..31).map(|v| (v, 1000.0)).collect();
    let mut s = web(31, &links, &leaves, &[(0, 0.5)]);
    s.settings.trials = 20_000;
    let r = breach::analyse(&s).unwrap();
    assert_eq!(r.method.tree, vec!["e0".to_string()]);
    assert!(r.method.exact);
    for v in 0..31usize {
        let depth = (v + 1).ilog2();
        let p = r.reach[&format!("e{v}")];
        assert!(
            p.exact && (p.p - 0.7f64.powi(depth as i32)).abs() < 1e-14,
            "e{v}"
        );
    }
    // Each leaf's category: exact 0.7⁴; the total is exact too.
    assert!((r.records_total.mean - 16.0 * 1000.0 * 0.7f64.powi(4)).abs() < 1e-9);
    // The joint pattern (for the loss) is sampled: ALE is close, not exact.
    let l = r.loss.unwrap();
    assert!(
        (l.ale - 0.5 * r.cost_band.per_record).abs() <= 4.0 * l.stderr + 4.0 * l.ale_exact_stderr
    );
}

#[test]
fn a_large_web_mixes_methods_and_stays_consistent() {
    let mut w = breach::synthetic::vendor_web(300, 1500, 4);
    w.settings.trials = 10_000;
    let r = breach::analyse(&w).unwrap();
    assert!(!r.method.sampled.is_empty());
    let sum: f64 = r.records.values().map(|c| c.mean).sum();
    assert!((sum - r.records_total.mean).abs() <= 1e-9 * sum.max(1.0));
    for x in r.reach.values() {
        assert!((0.0..=1.0).contains(&x.p) && x.stderr >= 0.0);
    }
    let l = r.loss.as_ref().unwrap();
    assert!((l.ale - l.ale_exact).abs() <= 4.0 * l.stderr + 4.0 * l.ale_exact_stderr);
    assert!(r.blast_radius.len() == 300 && r.choke_points.len() == 1500);
    assert!(
        r.blast_radius
            .windows(2)
            .all(|b| b[0].loss_mean >= b[1].loss_mean)
    );
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn any_valid_scenario_gives_sane_results(mut s in scenario()) {
        s.settings.trials = s.settings.trials.min(5_000);
        let r = breach::analyse(&s).unwrap();
        for x in r.reach.values() {
            prop_assert!((0.0..=1.0).contains(&x.p) && x.stderr >= 0.0);
        }
        for (id, c) in &r.records {
            let d = s.data.iter().find(|d| &d.id == id).unwrap();
            prop_assert!(c.mean >= 0.0 && c.mean <= d.records * (1.0 + 1e-12));
            prop_assert!(c.p95 <= d.records);
        }
        if let Some(l) = &r.loss {
            prop_assert!(l.ale >= 0.0 && l.var95 <= l.var99 && l.var95 <= l.tvar95 + 1e-9);
            prop_assert!(l.exceedance.windows(2).all(|w| w[0].p >= w[1].p && w[0].x < w[1].x));
        }
        prop_assert_eq!(r.blast_radius.len(), s.entities.len());
        prop_assert_eq!(r.choke_points.len(), s.links.len());
        prop_assert!(serde_json::to_string(&r).is_ok());
    }
}
