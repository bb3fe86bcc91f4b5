//! Seeded synthetic groups for benchmarks (criterion natively, wasm-bindgen-test in the
//! browser): pure and deterministic (xoshiro256++ from a seed), always valid scenarios.
//!
//! `group(n, m, seed)`: n entities and about m holdings. The first 1 % are roots; every other
//! entity gets its holders mostly from the 1,000 entities before it (a deep, layered group, so
//! one entity has tens of thousands of ancestors) and one in twenty from the 20 after it, which
//! closes cycles. Each entity's holders add up to 30–95 %, so every cycle has an outside share
//! (no closed loop); one in three entities has a majority holder, so control chains form.

use rand_core::{Rng, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;

use crate::model::{Entity, Holding, Scenario};

/// How far back holders are drawn from.
const WINDOW: usize = 1000;
/// How far ahead the cycle-closing holders are drawn from.
const AHEAD: usize = 20;

fn below(rng: &mut Xoshiro256PlusPlus, n: usize) -> usize {
    crate::engine::wide::mul_wide(rng.next_u64(), n.max(1) as u64).0 as usize
}

fn unit(rng: &mut Xoshiro256PlusPlus) -> f64 {
    (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64
}

/// `k` percents (basis-point precision) adding up to at most `total`, each at least 0.01.
fn split(rng: &mut Xoshiro256PlusPlus, k: usize, total: f64, majority: bool) -> Vec<f64> {
    let mut w: Vec<f64> = (0..k).map(|_| -(1.0 - unit(rng)).ln()).collect();
    if majority && k > 0 {
        let sum: f64 = w.iter().sum();
        w[0] = sum * 1.5; // about 60 % of the total to the first holder
    }
    let sum: f64 = w.iter().sum();
    w.iter()
        .map(|x| ((x / sum * total * 100.0).floor() / 100.0).max(0.01))
        .collect()
}

/// A synthetic group of `n` entities and about `m` holdings.
pub fn group(n: usize, m: usize, seed: u64) -> Scenario {
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
    let mut s = Scenario {
        title: format!("Synthetic group {n}/{m} seed {seed}"),
        ..Scenario::default()
    };
    const COUNTRIES: [&str; 4] = ["JP", "JP", "KR", "US"];
    for i in 0..n {
        let mut e = Entity::new(&format!("e{i}"), &format!("Entity {i}"));
        e.country = Some(COUNTRIES[below(&mut rng, 4)].to_string());
        s.entities.push(e);
    }
    let roots = (n / 100).max(1).min(n);
    let held = n - roots;
    let mut count = vec![0usize; n];
    for _ in 0..m.min(held * 50) {
        count[roots + below(&mut rng, held)] += 1;
    }
    let mut holders: Vec<usize> = Vec::new();
    for (t, &k) in count.iter().enumerate().skip(roots) {
        holders.clear();
        for _ in 0..k {
            let h = if unit(&mut rng) < 0.05 && t + 1 < n {
                t + 1 + below(&mut rng, AHEAD.min(n - t - 1))
            } else {
                t - 1 - below(&mut rng, WINDOW.min(t))
            };
            if h != t && !holders.contains(&h) {
                holders.push(h);
            }
        }
        let total = 30.0 + 65.0 * unit(&mut rng);
        let majority = below(&mut rng, 3) == 0;
        for (h, p) in holders
            .iter()
            .zip(split(&mut rng, holders.len(), total, majority))
        {
            s.holdings
                .push(Holding::new(&format!("e{h}"), &format!("e{t}"), p));
        }
    }
    s
}

/// One target `t` with `k` holders of basis-point stakes adding up to `100 - float` percent.
pub fn wide_target(k: usize, float: f64, seed: u64) -> Scenario {
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
    let mut s = Scenario {
        title: format!("{k} holders, {float} % float"),
        ..Scenario::default()
    };
    s.entities.push(Entity::new("t", "Target"));
    for (i, p) in split(&mut rng, k, 100.0 - float, false)
        .into_iter()
        .enumerate()
    {
        s.entities
            .push(Entity::new(&format!("h{i}"), &format!("Holder {i}")));
        s.holdings.push(Holding::new(&format!("h{i}"), "t", p));
    }
    s
}
