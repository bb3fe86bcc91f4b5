//! The breach engine against the reference's test vectors B1–B6 and the LY case worked by
//! hand: reach, records, choke points, blast radius, sensitivity, paths and duties.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::webs::{single, web};
use exposure::engine::breach::{self, BreachResults, Input, Loss, Reason, Rule, Within};
use exposure::model::Scenario;
use exposure::model::examples::default_scenario;

fn run(s: &Scenario) -> BreachResults {
    match breach::analyse(s) {
        Ok(r) => r,
        Err(e) => panic!("analysis failed: {e:?}"),
    }
}

fn close(a: f64, b: f64, tol: f64) -> bool {
    (a - b).abs() <= tol * b.abs().max(1.0)
}

/// The simulated ALE is within `k` standard errors of the exact one.
fn assert_ale_agrees(l: &Loss, k: f64, what: &str) {
    assert!(
        (l.ale - l.ale_exact).abs() <= k * l.stderr,
        "{what}: {} ± {} vs {}",
        l.ale,
        l.stderr,
        l.ale_exact
    );
}

#[test]
fn b1_a_chain_multiplies_exactly() {
    let s = web(
        3,
        &[(0, 1, 0.6, 0.0), (1, 2, 0.9, 0.0)],
        &[(2, 10.0)],
        &[(0, 1.0)],
    );
    let r = run(&s);
    assert!(r.method.exact);
    assert!(close(r.reach["e1"].p, 0.6, 1e-15));
    assert!(close(r.reach["e2"].p, 0.54, 1e-15));
    assert!(r.reach.values().all(|x| x.exact && x.stderr == 0.0));
    assert!(close(r.records["d0"].mean, 5.4, 1e-14));
}

#[test]
fn b2_b3_annual_loss_of_a_lognormal_event() {
    for (rate, ale) in [
        (0.1, 0.404_001_282_694_571_8),
        (3.0, 12.120_038_480_837_177),
    ] {
        let mut s = single(1.0, 1.0, 10.0, rate);
        s.settings.trials = 200_000;
        let l = run(&s).loss.expect("a threat gives annual loss");
        assert!(close(l.ale_exact, ale, 1e-13), "{} vs {ale}", l.ale_exact);
        assert!(
            (l.ale - ale).abs() <= 3.0 * l.stderr,
            "{} ± {} vs {ale}",
            l.ale,
            l.stderr
        );
        assert_eq!(l.ale_exact_stderr, 0.0);
    }
}

#[test]
fn b5_a_million_years_agree_with_the_exact_formulas() {
    // One category: F_L is a lognormal (with an atom at 0 when the holder is missed), so the
    // largest-event curve has its exact formula.
    let mut s = web(2, &[(0, 1, 0.7, 0.0)], &[(1, 1000.0)], &[(0, 0.8)]);
    s.settings.trials = 1_000_000;
    let l = run(&s).loss.expect("loss");
    assert_eq!(l.years, 1_000_000);
    assert_ale_agrees(&l, 3.0, "one category");
    assert!(l.largest_exact);
    assert!(l.largest.len() >= 10);
    for (sim, exact) in l.largest_simulated.iter().zip(&l.largest) {
        assert_eq!(sim.x, exact.x);
        // The standard error of a simulated share, taken at the exact value (a share of 0
        // has an estimated error of 0).
        let se = (exact.p * (1.0 - exact.p) / 1e6).sqrt();
        assert!(
            (sim.p - exact.p).abs() <= 3.0 * se + 1e-12,
            "at {}: simulated {} ± {} vs exact {}",
            sim.x,
            sim.p,
            sim.stderr,
            exact.p
        );
    }
    // LY: four categories per event, F_L from the simulated events; ALE still agrees.
    let mut ly = default_scenario();
    ly.settings.trials = 1_000_000;
    let l = run(&ly).loss.expect("loss");
    assert!(!l.largest_exact);
    assert_ale_agrees(&l, 3.0, "LY");
}

#[test]
fn every_rate_regime_simulates_the_poisson_process() {
    // Below one event a year the simulation jumps from event to event, from one to eight it
    // draws each year's count, above eight it jumps again with many events a year: each must
    // give λ events a year and the exact ALE, within 4 standard errors.
    for rate in [0.05, 0.8, 1.0, 3.0, 8.0, 30.0] {
        let mut s = web(2, &[(0, 1, 0.7, 0.0)], &[(1, 1000.0)], &[(0, rate)]);
        s.settings.trials = 200_000;
        let l = run(&s).loss.expect("loss");
        let years = l.years as f64;
        let per_year = l.events as f64 / years;
        assert!(
            (per_year - rate).abs() <= 4.0 * (rate / years).sqrt(),
            "λ = {rate}: {per_year} events a year"
        );
        assert_ale_agrees(&l, 4.0, &format!("λ = {rate}"));
        // No year is lost or split: P(S > 0) = 1 − e^(−λ·0.7) (the holder is reached with 0.7).
        let quiet = (-rate * 0.7_f64).exp();
        let first = &l.exceedance[0];
        assert!(
            (first.p - (1.0 - quiet)).abs() <= 4.0 * first.stderr.max(1e-6),
            "λ = {rate}: P(S > {}) = {} vs {}",
            first.x,
            first.p,
            1.0 - quiet
        );
    }
}

#[test]
fn b6_ly_is_reached_with_probability_0_5968_exactly() {
    let r = run(&default_scenario());
    let ly = r.reach["ly"];
    assert!(ly.exact);
    assert!(
        close(ly.p, 1.0 - (1.0 - 0.6 * 0.92) * (1.0 - 0.1), 1e-14),
        "{}",
        ly.p
    );
    assert!(close(
        r.reach["naver-cloud"].p,
        0.6 + 0.4 * 0.1 * 0.8,
        1e-14
    ));
    assert_eq!(r.reach["contractor"].p, 1.0);
    assert_eq!(r.reach["softbank"].p, 0.0);
    assert_eq!(r.method.enumerated, vec!["contractor".to_string()]);
}

#[test]
fn ly_records_add_up_by_category_and_country() {
    let r = run(&default_scenario());
    let p = 0.5968;
    for (id, n) in [
        ("users", 280_741.0),
        ("comm-secrets", 22_239.0),
        ("partners", 86_211.0),
        ("employees", 130_315.0),
    ] {
        let c = &r.records[id];
        assert!(close(c.mean, p * n, 1e-12), "{id}");
        assert_eq!(
            c.p95, n,
            "{id}: exposed in more than 5 % of events, so all of it"
        );
        assert_eq!(c.stderr, 0.0);
    }
    assert!(close(r.records_total.mean, p * 519_506.0, 1e-12));
    assert_eq!(r.records_total.p95, 519_506.0);
    assert!(close(r.records_by_country["JP"].mean, p * 130_192.0, 1e-12));
    assert!(close(
        r.records["users"].by_country["unspecified"].mean,
        p * (280_741.0 - 121_210.0),
        1e-12
    ));
    let sum: f64 = r.records_by_country.values().map(|s| s.mean).sum();
    assert!(close(sum, r.records_total.mean, 1e-12));
}

#[test]
fn ly_choke_points_match_cutting_each_link() {
    let base = default_scenario();
    let r = run(&base);
    assert_eq!(r.choke_points.len(), base.links.len());
    for ch in &r.choke_points {
        let mut cut = base.clone();
        cut.links.remove(ch.link);
        let after = run(&cut);
        let fall = r.records_total.mean - after.records_total.mean;
        assert!(ch.exact);
        assert!(
            close(ch.fall.records, fall, 1e-9),
            "link {}: {} vs {fall}",
            ch.link,
            ch.fall.records
        );
        let loss_fall = r.cost_band.per_record - after.cost_band.per_record;
        assert!(close(ch.fall.loss, loss_fall, 1e-9), "link {}", ch.link);
    }
    // The shared authentication and the contractor's admin access carry the breach (they tie).
    let mut top: Vec<usize> = r.choke_points.iter().take(2).map(|c| c.link).collect();
    top.sort();
    assert_eq!(top, vec![0, 1]);
    assert!(close(
        r.choke_points[0].fall.records,
        (0.5968 - 0.1) * 519_506.0,
        1e-9
    ));
    assert_eq!(r.choke_points[3].fall.records, 0.0);
}

#[test]
fn ly_blast_radius_matches_each_entity_as_the_only_threat() {
    let base = default_scenario();
    let r = run(&base);
    assert_eq!(r.blast_radius.len(), base.entities.len());
    assert_eq!(r.blast_radius[0].entry, "ly");
    assert!(
        r.blast_radius
            .windows(2)
            .all(|w| w[0].loss_mean >= w[1].loss_mean)
    );
    for b in &r.blast_radius {
        let mut s = base.clone();
        s.threats[0].entry = b.entry.clone();
        let alone = run(&s);
        assert!(b.exact);
        assert!(
            close(b.records_mean, alone.records_total.mean, 1e-12),
            "{}",
            b.entry
        );
        assert!(
            close(b.loss_mean, alone.cost_band.per_record, 1e-12),
            "{}",
            b.entry
        );
    }
}

#[test]
fn ly_sensitivity_rows_match_rerunning_with_the_input_moved() {
    let base = default_scenario();
    let r = run(&base);
    let s = &r.sensitivity;
    assert_eq!(s.base_ale, Some(r.loss.as_ref().unwrap().ale_exact));
    assert!(!s.rows.is_empty());
    for row in &s.rows {
        for (value, ale, records) in [
            (row.low_value, row.ale_low, row.records_low),
            (row.high_value, row.ale_high, row.records_high),
        ] {
            let mut m = base.clone();
            match row.input {
                Input::LinkP => m.links[row.index].p = Some(value),
                Input::LinkPBack => m.links[row.index].p_back = Some(value),
                Input::ThreatRate => m.threats[row.index].rate = value,
                Input::CostRange => {
                    let c = m.settings.cost_for(m.data[row.index].class);
                    let k = value / row.value;
                    m.data[row.index].cost_per_record = Some(exposure::model::CostRange {
                        low: c.low * k,
                        high: c.high * k,
                    });
                }
            }
            let again = run(&m);
            let ale_again = again.loss.as_ref().unwrap().ale_exact;
            assert!(close(records, again.records_total.mean, 1e-9), "{row:?}");
            assert!(
                close(ale.unwrap(), ale_again, 1e-9),
                "{row:?}: {ale:?} vs {ale_again}"
            );
        }
    }
    // Widest swing first.
    let swing = |r: &breach::SensitivityRow| (r.ale_high.unwrap() - r.ale_low.unwrap()).abs();
    assert!(s.rows.windows(2).all(|w| swing(&w[0]) >= swing(&w[1])));
}

#[test]
fn ly_breach_path_goes_through_naver_cloud() {
    let r = run(&default_scenario());
    let path = &r.paths["ly"];
    assert_eq!(path.entry, "contractor");
    let hops: Vec<(&str, &str)> = path
        .steps
        .iter()
        .map(|s| (s.from.as_str(), s.to.as_str()))
        .collect();
    assert_eq!(
        hops,
        vec![("contractor", "naver-cloud"), ("naver-cloud", "ly")]
    );
    assert_eq!(path.steps[0].links, vec![1]);
    assert_eq!(path.steps[1].links, vec![0]);
    assert!(close(path.p, 0.6 * 0.92, 1e-14));
    assert!(r.paths["contractor"].steps.is_empty());
    assert!(!r.paths.contains_key("softbank"));
    let from_ly = breach::paths_from(&default_scenario(), "ly");
    assert_eq!(from_ly["naver-cloud"].steps.len(), 1);
    assert!(breach::paths_from(&default_scenario(), "nobody").is_empty());
}

#[test]
fn ly_triggers_appi_and_the_telecommunications_act_dated_from_detection() {
    let r = run(&default_scenario());
    let d = &r.duties;
    assert_eq!(d.detected.as_deref(), Some("2023-10-17"));
    let rules: Vec<Rule> = d.items.iter().map(|i| i.rule).collect();
    assert_eq!(rules, vec![Rule::Appi, Rule::Telecom]);
    let appi = &d.items[0];
    assert_eq!(appi.holder, "ly");
    assert_eq!(appi.categories.len(), 4);
    assert!(
        appi.reasons.contains(&Reason::UnauthorisedAccess)
            && appi.reasons.contains(&Reason::OverThousandPersons)
    );
    assert!(close(appi.p, 0.5968, 1e-12));
    let dates: Vec<(Within, Option<&str>, Option<&str>)> = appi
        .actions
        .iter()
        .map(|a| (a.within, a.due_from.as_deref(), a.due.as_deref()))
        .collect();
    assert_eq!(
        dates,
        vec![
            (Within::Days(3, 5), Some("2023-10-20"), Some("2023-10-22")),
            (Within::Days(60, 60), None, Some("2023-12-16")),
            (Within::Promptly, None, None),
        ]
    );
    let telecom = &d.items[1];
    assert_eq!(telecom.categories, vec!["comm-secrets".to_string()]);
    assert_eq!(telecom.actions[1].due.as_deref(), Some("2023-11-16"));
    assert_eq!(telecom.penalty, "duty.telecom.penalty");
}

#[test]
fn the_cost_models_differ_about_ninety_fold_for_ly() {
    let r = run(&default_scenario());
    let ratio = r.cost_band.per_record / r.cost_band.dbir_2015;
    assert!((80.0..100.0).contains(&ratio), "{ratio}");
    let mut dbir = default_scenario();
    dbir.settings.cost_model = exposure::model::CostModel::Dbir2015;
    let d = run(&dbir);
    assert_eq!(d.cost_band.per_record, r.cost_band.per_record);
    let l = d.loss.expect("loss");
    // DBIR losses are fixed per event pattern: the largest-event curve is exact.
    assert!(l.largest_exact);
    assert!(close(l.ale_exact, 0.3 * r.cost_band.dbir_2015, 1e-12));
    assert!(
        d.sensitivity
            .rows
            .iter()
            .all(|row| row.input != Input::CostRange)
    );
}
