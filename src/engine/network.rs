//! The network power index (Mizuno, Doi & Kurizaki 2020), implemented from the paper's
//! description: in each trial every entity starts with its own label; every firm's holders (and
//! its unrecorded votes, as `float_atom` atoms) are put in a random order in which holders that
//! carry the same label stand together (they vote as one); walking that order, the first whose
//! running sum of votes passes the quota is pivotal and the firm takes its label (its own when an
//! atom or nobody is). Labels are updated, holders before targets, until they settle. An
//! entity's index is the expected total `value` of the firms carrying its label. Seeded
//! (xoshiro256++), so the same scenario and seed give the same numbers everywhere.

use rand_core::{Rng, SeedableRng};
use rand_xoshiro::Xoshiro256PlusPlus;
use serde::Serialize;

use crate::engine::control::params::Params;
use crate::engine::graph::Net;
use crate::engine::ownership::Condensed;
use crate::engine::power::MAX_ATOMS;
use crate::engine::wide::mul_wide;

/// Most label-update sweeps in one trial (cycles of control can keep flipping).
const MAX_SWEEPS: usize = 100;

/// The index of every entity.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct NetworkPower {
    pub value: Vec<f64>,
    pub stderr: Vec<f64>,
    pub trials: u64,
    /// Trials whose labels had not settled after the sweep limit (their last labels count).
    pub unsettled: u64,
}

/// Runs `trials` trials from `seed`.
pub fn network_power(
    net: &Net,
    p: &Params,
    float_atom: f64,
    trials: u64,
    seed: u64,
) -> NetworkPower {
    let n = net.len();
    let cond = Condensed::new(net);
    // Holders before targets: higher rank first.
    let mut order: Vec<usize> = (0..n).filter(|&j| !net.holders[j].is_empty()).collect();
    order.sort_by_key(|&j| std::cmp::Reverse(cond.rank[j]));
    let atoms: Vec<(usize, f64, f64)> = (0..n)
        .map(|j| atoms_of(net.float_votes[j], float_atom))
        .collect();
    let mut rng = Xoshiro256PlusPlus::seed_from_u64(seed);
    let mut label: Vec<usize> = (0..n).collect();
    let mut items: Vec<Vec<u32>> = vec![Vec::new(); n];
    let mut sum = vec![0.0; n];
    let mut sumsq = vec![0.0; n];
    let mut total = vec![0.0; n];
    let mut groups: Vec<(usize, f64, bool)> = Vec::new();
    let mut unsettled = 0;
    let trials = trials.max(1);
    let threshold = p.control_threshold();
    for _ in 0..trials {
        for (j, l) in label.iter_mut().enumerate() {
            *l = j;
        }
        for &j in &order {
            let (m, _, _) = atoms[j];
            let it = &mut items[j];
            it.clear();
            it.extend(0..net.holders[j].len() as u32);
            it.extend(std::iter::repeat_n(u32::MAX, m));
            shuffle(it, &mut rng);
        }
        let mut settled = false;
        for _ in 0..MAX_SWEEPS {
            let mut changed = false;
            for &j in &order {
                let l = pivot(
                    net,
                    j,
                    &items[j],
                    &label,
                    atoms[j],
                    threshold,
                    p.strict,
                    &mut groups,
                );
                if label[j] != l {
                    label[j] = l;
                    changed = true;
                }
            }
            if !changed {
                settled = true;
                break;
            }
        }
        unsettled += u64::from(!settled);
        for j in 0..n {
            total[label[j]] += net.value[j];
        }
        for j in 0..n {
            sum[j] += total[j];
            sumsq[j] += total[j] * total[j];
            total[j] = 0.0;
        }
    }
    let t = trials as f64;
    let value: Vec<f64> = sum.iter().map(|s| s / t).collect();
    let stderr = sum
        .iter()
        .zip(&sumsq)
        .map(|(s, q)| {
            let mean = s / t;
            let var = if trials > 1 {
                ((q / t - mean * mean) * t / (t - 1.0)).max(0.0)
            } else {
                0.0
            };
            (var / t).sqrt()
        })
        .collect();
    NetworkPower {
        value,
        stderr,
        trials,
        unsettled,
    }
}

/// Number of full atoms, their size and the remainder atom (fractions of votes).
fn atoms_of(float: f64, atom_percent: f64) -> (usize, f64, f64) {
    let mut atom = if atom_percent.is_finite() && atom_percent > 0.0 {
        atom_percent / 100.0
    } else {
        0.01
    };
    if float / atom > MAX_ATOMS as f64 {
        atom = float / MAX_ATOMS as f64;
    }
    let m = (float / atom + 1e-9).floor();
    let rest = (float - m * atom).max(0.0);
    let extra = usize::from(rest > 1e-12);
    (
        m as usize + extra,
        atom,
        if extra == 1 { rest } else { atom },
    )
}

/// Unbiased enough for a shuffle: Lemire's multiply-shift on 64 random bits.
fn below(rng: &mut Xoshiro256PlusPlus, n: usize) -> usize {
    mul_wide(rng.next_u64(), n as u64).0 as usize
}

fn shuffle(v: &mut [u32], rng: &mut Xoshiro256PlusPlus) {
    for i in (1..v.len()).rev() {
        let k = below(rng, i + 1);
        v.swap(i, k);
    }
}

/// The label firm `j` takes: the label of the first group (or atom) whose running sum passes.
#[allow(clippy::too_many_arguments)]
fn pivot(
    net: &Net,
    j: usize,
    items: &[u32],
    label: &[usize],
    (m, atom, last): (usize, f64, f64),
    threshold: f64,
    strict: bool,
    groups: &mut Vec<(usize, f64, bool)>,
) -> usize {
    let hs = &net.holders[j];
    // Votes per current label; holders with the same label vote together.
    groups.clear();
    for e in hs {
        let l = label[e.other];
        match groups.iter_mut().find(|g| g.0 == l) {
            Some(g) => g.1 += e.votes,
            None => groups.push((l, e.votes, false)),
        }
    }
    let passes = |v: f64| {
        if strict {
            v > threshold + 1e-12
        } else {
            v >= threshold - 1e-12
        }
    };
    let mut run = 0.0;
    let mut atoms_seen = 0;
    for &it in items {
        if it == u32::MAX {
            atoms_seen += 1;
            run += if atoms_seen == m { last } else { atom };
            if passes(run) {
                return j;
            }
            continue;
        }
        let l = label[hs[it as usize].other];
        let Some(g) = groups.iter_mut().find(|g| g.0 == l) else {
            continue;
        };
        if g.2 {
            continue;
        }
        g.2 = true;
        run += g.1;
        if passes(run) {
            return l;
        }
    }
    j
}
