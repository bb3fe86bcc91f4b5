//! Monte Carlo against exact answers on random small vendor webs (proptest): the engine's exact
//! enumeration against a brute-force reference, then the bit-parallel reach pass, the link
//! effects and the reverse-sweep blast radius against the exact figures, each within 4
//! standard errors. The proptest seed is fixed, so the statistical checks are reproducible.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::webs::{Edge, web};
use exposure::engine::breach::graph::Graph;
use exposure::engine::breach::reach::{self, Entries};
use exposure::engine::breach::rng::{Stream, streams};
use exposure::engine::breach::targets::Targets;
use exposure::engine::breach::{self, Ticker, full, net::Net};
use exposure::model::Scenario;
use proptest::prelude::*;
use proptest::test_runner::RngSeed;

/// Exact per-event reach of every entity by enumerating every link-direction state and
/// searching each one (no sharing of code with the engine).
fn brute_reach(s: &Scenario) -> Vec<f64> {
    let g = Graph::new(s);
    let k = g.dirs.len();
    // Certain directions are always kept (enumerating them would only add states of weight 0).
    let uncertain: Vec<usize> = (0..k).filter(|&d| g.dirs[d].p < 1.0).collect();
    assert!(uncertain.len() <= 16);
    let total: f64 = s.threats.iter().map(|t| t.rate).sum();
    let mut reach = vec![0.0; g.n];
    for bits in 0u32..(1 << uncertain.len()) {
        let mut state = 0u64;
        let mut weight = 1.0;
        for d in 0..k {
            let at = uncertain.iter().position(|&u| u == d);
            let kept = at.is_none_or(|i| bits >> i & 1 == 1);
            state |= u64::from(kept) << d;
            weight *= if kept { g.dirs[d].p } else { 1.0 - g.dirs[d].p };
        }
        for t in &s.threats {
            let entry = s.entities.iter().position(|e| e.id == t.entry).unwrap();
            let mut seen = vec![false; g.n];
            let mut stack = vec![entry];
            seen[entry] = true;
            while let Some(u) = stack.pop() {
                for d in 0..k {
                    let dir = g.dirs[d];
                    if dir.from == u && state >> d & 1 == 1 && !seen[dir.to] {
                        seen[dir.to] = true;
                        stack.push(dir.to);
                    }
                }
            }
            for v in 0..g.n {
                if seen[v] {
                    reach[v] += weight * t.rate / total;
                }
            }
        }
    }
    // Weights add up to 1 only up to rounding.
    reach.iter().map(|p| p.clamp(0.0, 1.0)).collect()
}

/// Webs whose breaches outgrow the walk ([`breach::scout`]) and are handed to the sweep: a
/// certain chain e0 → … → e9, then 0–4 more entities and up to 7 random links anywhere
/// (backbone nodes left by the walk or not, cycles through the chain), threats anywhere.
fn spreading_webs() -> impl Strategy<Value = Scenario> {
    (10usize..15).prop_flat_map(|n| {
        let p = prop_oneof![Just(1.0), 0.05f64..0.95];
        // One-way links too, so that some uncertain edges leave their component.
        let back = prop_oneof![Just(0.0), Just(1.0), 0.05f64..0.95];
        let link = (0..n, 0..n, p, back);
        (
            Just(n),
            prop::collection::vec(link, 1..8),
            prop::collection::vec((0..n, 0.1f64..2.0), 1..4),
        )
            .prop_map(|(n, links, threats)| {
                let mut all: Vec<Edge> = (0..9).map(|i| (i, i + 1, 1.0, 0.0)).collect();
                all.extend(links.into_iter().filter(|l| l.0 != l.1));
                web(n, &all, &[(n - 1, 100.0)], &threats)
            })
    })
}

/// Random webs of 2–7 entities with up to 7 links (so at most 14 link-directions).
fn webs() -> impl Strategy<Value = Scenario> {
    (2usize..8).prop_flat_map(|n| {
        let p = prop_oneof![Just(0.0), Just(1.0), 0.05f64..0.95];
        let link = (0..n, 0..n, p.clone(), p);
        (
            Just(n),
            prop::collection::vec(link, 1..8),
            prop::collection::vec((0..n, 1.0f64..1e5), 1..4),
            prop::collection::vec((0..n, 0.1f64..2.0), 1..3),
        )
            .prop_map(|(n, links, data, threats)| {
                let links: Vec<Edge> = links.into_iter().filter(|l| l.0 != l.1).collect();
                let data: Vec<(usize, f64)> =
                    data.into_iter().map(|(h, r)| (h, r.round())).collect();
                web(n, &links, &data, &threats)
            })
    })
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 64,
        rng_seed: RngSeed::Fixed(20_231_017),
        ..ProptestConfig::default()
    }
}

/// Runs the reach pass over every threat entry as a sampled entry.
fn sampled_reach(s: &Scenario, words: u64, seed: u64) -> Vec<(f64, f64)> {
    let g = Graph::new(s);
    let targets = Targets::new(s);
    let all: Vec<usize> = (0..g.n).collect();
    let net = Net::new(
        g.n,
        &all,
        g.dirs.iter().enumerate().map(|(i, d)| (d.from, d.to, i)),
    );
    let mut entries = Entries::default();
    for t in &s.threats {
        entries
            .ids
            .push(s.entities.iter().position(|e| e.id == t.entry).unwrap());
        entries.weights.push(t.rate);
        entries.counted.push(true);
    }
    let mut rng = Stream::new(seed, streams::REACH);
    let mut go = |_| true;
    let pass = reach::run(
        &g,
        &net,
        &targets,
        &entries,
        words,
        &mut rng,
        &mut Ticker::new(&mut go),
    )
    .unwrap();
    let n = pass.counted_lanes as f64;
    pass.hits.iter().map(|&h| (h as f64 / n, n)).collect()
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn exact_enumeration_equals_brute_force(s in webs()) {
        let r = breach::analyse(&s).unwrap();
        let reference = brute_reach(&s);
        prop_assert!(r.method.exact);
        for (i, e) in s.entities.iter().enumerate() {
            let got = r.reach[&e.id];
            prop_assert!(got.exact);
            prop_assert!((got.p - reference[i]).abs() < 1e-12, "{}: {} vs {}", e.id, got.p, reference[i]);
        }
    }

    #[test]
    fn monte_carlo_reach_is_within_4_standard_errors_of_exact(s in webs(), seed in 0u64..1000) {
        let reference = brute_reach(&s);
        for (v, (p, n)) in sampled_reach(&s, 300, seed).into_iter().enumerate() {
            let exact = reference[v];
            let se = (exact * (1.0 - exact) / n).sqrt();
            prop_assert!((p - exact).abs() <= 4.0 * se + 1e-12, "e{v}: {p} vs exact {exact} (se {se})");
        }
    }

    #[test]
    fn monte_carlo_reach_of_trials_handed_to_the_sweep_is_within_4_standard_errors(
        s in spreading_webs(),
        seed in 0u64..1000,
    ) {
        const { assert!(10 > breach::scout::LIMIT.nodes) };
        // 64 webs of 10–14 entities make about 800 comparisons: at 4 standard errors one in
        // twenty runs would miss somewhere by chance (the saved case in the regressions file
        // missed by 4.2: e10 at 0.0231 against 0.0282 exactly, and 0.02810 over 5.1 million
        // trials), at 4.5 about one in two hundred.
        let reference = brute_reach(&s);
        for (v, (p, n)) in sampled_reach(&s, 300, seed).into_iter().enumerate() {
            let exact = reference[v];
            let se = (exact * (1.0 - exact) / n).sqrt();
            prop_assert!((p - exact).abs() <= 4.5 * se + 1e-12, "e{v}: {p} vs exact {exact} (se {se})");
        }
    }

    #[test]
    fn monte_carlo_link_effects_and_blast_radius_agree_with_exact(s in webs(), seed in 0u64..1000) {
        // Exact figures from the engine (small webs are enumerated) …
        let exact = breach::analyse(&s).unwrap();
        prop_assume!(exact.method.exact);
        // … against the second Monte Carlo pass over the same entries.
        let g = Graph::new(&s);
        let targets = Targets::new(&s);
        let all: Vec<usize> = (0..g.n).collect();
        let net = Net::new(g.n, &all, g.dirs.iter().enumerate().map(|(i, d)| (d.from, d.to, i)));
        let mut entries = Entries::default();
        for t in &s.threats {
            entries.ids.push(s.entities.iter().position(|e| e.id == t.entry).unwrap());
            entries.weights.push(t.rate);
            entries.counted.push(true);
        }
        let mut rng = Stream::new(seed, streams::SPREAD);
        let mut go = |_| true;
        let words = 400;
        let pass = full::run(&g, &net, &targets, &entries, &all, words, &mut rng, &mut Ticker::new(&mut go)).unwrap();
        for ch in &exact.choke_points {
            let q: f64 = g.link_dirs[ch.link].iter().map(|&d| 1.0 - g.dirs[d].p).product();
            let mc = breach::effect::fall(&pass.spec, &pass.acc, ch.link, q, false);
            let scale = exact.records_total.p95.max(1.0);
            prop_assert!(
                (mc.records - ch.fall.records).abs() <= 4.0 * mc.records_se + 1e-9 * scale,
                "link {}: {} ± {} vs exact {}", ch.link, mc.records, mc.records_se, ch.fall.records
            );
        }
        for b in &exact.blast_radius {
            let v = s.entities.iter().position(|e| e.id == b.entry).unwrap();
            let (mean, se) = full::batch_estimate(&pass.blast[v].records, &pass.blast[v].lanes);
            let spread = (se * 4.0).max(1e-9 * b.records_mean.max(1.0));
            // Batch means with 32 batches: allow 4 standard errors plus a little for the
            // t-distribution's heavier tail.
            prop_assert!((mean - b.records_mean).abs() <= spread * 1.1, "{}: {mean} ± {se} vs {}", b.entry, b.records_mean);
        }
    }
}

/// A plain scalar search, one trial at a time (no sharing of code with the engine's sweep):
/// per-event reach of every entity, from entries drawn in proportion to threat rates.
fn scalar_reach(s: &Scenario, trials: usize, seed: u64) -> Vec<f64> {
    let g = Graph::new(s);
    let mut rng = Stream::new(seed, 5);
    let entries: Vec<(usize, f64)> = s
        .threats
        .iter()
        .map(|t| {
            (
                s.entities.iter().position(|e| e.id == t.entry).unwrap(),
                t.rate,
            )
        })
        .collect();
    let total: f64 = entries.iter().map(|e| e.1).sum();
    let mut hits = vec![0u64; g.n];
    for _ in 0..trials {
        let mut u = rng.uniform() * total;
        let mut entry = entries[entries.len() - 1].0;
        for &(e, w) in &entries {
            u -= w;
            if u < 0.0 {
                entry = e;
                break;
            }
        }
        let mut seen = vec![false; g.n];
        seen[entry] = true;
        let mut stack = vec![entry];
        while let Some(x) = stack.pop() {
            hits[x] += 1;
            for &d in &g.out[x] {
                let dir = g.dirs[d];
                if !seen[dir.to] && rng.uniform() < dir.p {
                    seen[dir.to] = true;
                    stack.push(dir.to);
                }
            }
        }
    }
    hits.iter().map(|&h| h as f64 / trials as f64).collect()
}

/// The synthetic web has large strongly connected components, so the sweep's pull rounds and
/// push worklist inside a component both run; every entity's reach must agree with a scalar
/// search within 4.5 combined standard errors.
#[test]
fn the_bit_parallel_sweep_agrees_with_a_scalar_search_on_a_cyclic_web() {
    let s = breach::synthetic::vendor_web(300, 1500, 3);
    let pass = reach::Setup::new(&s).run(32_000, 11);
    let n = pass.counted_lanes as f64;
    assert_eq!(n, 32_000.0);
    let trials = 16_000;
    let scalar = scalar_reach(&s, trials, 12);
    let mut spread = 0;
    for (v, (&h, &q)) in pass.hits.iter().zip(&scalar).enumerate() {
        let p = h as f64 / n;
        let se = (p * (1.0 - p) / n + q * (1.0 - q) / trials as f64).sqrt();
        assert!(
            (p - q).abs() <= 4.5 * se + 1e-9,
            "e{v}: sweep {p} vs scalar {q} (se {se})"
        );
        spread += usize::from(q > 0.05);
    }
    // Not a trivial web: breaches spread to many entities.
    assert!(spread > 30, "only {spread} entities reached with p > 0.05");
}

/// Every trial here outgrows its lone walk ([`breach::scout`]) after the entry's edges are
/// drawn, so the sweep goes on from nodes whose edges were drawn (the entry) and nodes whose
/// edges were not (the rest). Each uncertain edge must keep its own probability: drawing the
/// entry's edges again would give e10 1 − 0.5² = 0.75 and e13 1 − 0.6² = 0.64.
#[test]
fn trials_handed_from_the_walk_to_the_sweep_draw_each_edge_once() {
    // e0 → e1…e9 certain (no way back); e0 → e10 0.5 and back certain (a component, so an
    // edge of a pull round); e1 → e11 0.3 and back certain (a component the walk stops
    // before leaving e1); e0 → e13 0.4 (an edge between components); e12 stands alone.
    let mut links: Vec<Edge> = (1..10).map(|c| (0, c, 1.0, 0.0)).collect();
    links.extend([(0, 10, 0.5, 1.0), (1, 11, 0.3, 1.0), (0, 13, 0.4, 0.0)]);
    let s = web(14, &links, &[(13, 10.0)], &[(0, 1.0)]);
    const {
        assert!(
            1 + 9 > breach::scout::LIMIT.nodes,
            "the walk must stop after the entry"
        )
    };
    let expect = [(10, 0.5), (11, 0.3), (13, 0.4), (1, 1.0), (12, 0.0)];
    assert_reach(&sampled_reach(&s, 1_000, 5), &expect);
}

/// Each `(entity, p)` of `expect` within 4.5 standard errors in `reach` (from [`sampled_reach`]).
fn assert_reach(reach: &[(f64, f64)], expect: &[(usize, f64)]) {
    for &(v, p) in expect {
        let (got, n) = reach[v];
        let se = (p * (1.0 - p) / n).sqrt();
        assert!(
            (got - p).abs() <= 4.5 * se + 1e-12,
            "e{v}: {got} against {p} (se {se})"
        );
    }
}

/// A walk that has left several nodes hands over: e0 → … → e12 are certain, so every trial
/// leaves e0…e7, stops with e8 reached but not left, and the sweep must carry it to e12
/// (counting such a trial as ended would leave e9…e12 at 0). e3 → e20 (0.5) is drawn by the
/// walk, e8 → e21 (0.3, and back) by the sweep.
#[test]
fn a_walk_that_left_several_nodes_is_carried_on_by_the_sweep() {
    let mut links: Vec<Edge> = (0..12).map(|i| (i, i + 1, 1.0, 0.0)).collect();
    links.extend([(3, 20, 0.5, 0.0), (8, 21, 0.3, 1.0)]);
    let s = web(22, &links, &[(12, 10.0)], &[(0, 1.0)]);
    let expect = [(12, 1.0), (9, 1.0), (20, 0.5), (21, 0.3), (15, 0.0)];
    assert_reach(&sampled_reach(&s, 500, 8), &expect);
}

/// The last word of a pass mixes trials that spread with trials that ended in their walks;
/// the ended ones must stay as they ended. Entries e0 (ten certain edges: always handed over)
/// and e11 (e11 → e12 at 0.5, drawn in the walk), one word per pass, so every pass ends in
/// such a word. e12's reach per event is ½ · 0.5; drawing e11's edge again would make it
/// ½ · 0.75.
#[test]
fn trials_that_ended_keep_their_draws_in_the_last_swept_word() {
    let mut links: Vec<Edge> = (1..11).map(|c| (0, c, 1.0, 0.0)).collect();
    links.push((11, 12, 0.5, 0.0));
    let s = web(13, &links, &[(12, 10.0)], &[(0, 1.0), (11, 1.0)]);
    let (mut hits, mut lanes) = (0.0, 0.0);
    for seed in 0..400 {
        let (p, n) = sampled_reach(&s, 1, seed)[12];
        hits += p * n;
        lanes += n;
    }
    let (got, p) = (hits / lanes, 0.25);
    let se = (p * (1.0 - p) / lanes).sqrt();
    assert!(
        (got - p).abs() <= 4.5 * se,
        "e12: {got} against {p} (se {se})"
    );
}
