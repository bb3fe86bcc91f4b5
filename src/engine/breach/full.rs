//! The second Monte Carlo pass, for what needs every edge drawn in every trial: link effects
//! (choke points, link sensitivity; see [`super::spread`]) for the sampled entries, and the
//! blast radius of every entity without an exact method. Blast radius runs backwards: for each
//! target set, one reverse sweep finds in which trials each entity *can reach* it, which gives
//! every entity's exposure as an entry from the same trials at once.

use super::coins::Coins;
use super::graph::Graph;
use super::lanes::Weights;
use super::net::{Net, Table};
use super::reach::Entries;
use super::rng::{Alias, Prob, Stream};
use super::spread::{self, Acc, Scratch, Spec, Word};
use super::targets::{Targets, exposure};
use super::{Cancelled, Ticker};

/// A direction needs a forced sweep when fewer lanes than this are expected on one side.
pub const MIN_SPLIT: f64 = 1000.0;
/// Most forced sweeps per pass (each costs one sweep per word); the thinnest splits go first.
pub const MAX_FORCED: usize = 64;
/// Batches for the standard errors of blast radius (batch means).
pub const BATCHES: usize = 32;

/// Blast-radius sums of one entity: per batch, sums of records and loss per event.
#[derive(Clone, Debug, Default)]
pub struct BlastSums {
    pub records: Vec<f64>,
    pub loss: Vec<f64>,
    pub lanes: Vec<u64>,
}

/// What the pass found.
#[derive(Clone, Debug, Default)]
pub struct FullPass {
    pub spec: Spec,
    pub acc: Acc,
    /// Per entity asked for: batch sums.
    pub blast: Vec<BlastSums>,
}

/// Which splits get forced sweeps, for `lanes` trials.
pub fn spec_for(g: &Graph, lanes: f64) -> Spec {
    let dirs: Vec<usize> = (0..g.dirs.len()).collect();
    let links: Vec<usize> = (0..g.link_dirs.len())
        .filter(|&l| !g.link_dirs[l].is_empty())
        .collect();
    // (expected lanes on the thin side, kind, item)
    let mut thin: Vec<(f64, u8, usize)> = Vec::new();
    for &d in &dirs {
        let p = g.dirs[d].p;
        if lanes * (1.0 - p) < MIN_SPLIT {
            thin.push((lanes * (1.0 - p), 0, d));
        } else if lanes * p < MIN_SPLIT {
            thin.push((lanes * p, 1, d));
        }
    }
    for &l in &links {
        let q: f64 = g.link_dirs[l].iter().map(|&d| 1.0 - g.dirs[d].p).product();
        if lanes * q < MIN_SPLIT {
            thin.push((lanes * q, 2, l));
        }
    }
    thin.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    let capped = thin.len() > MAX_FORCED;
    thin.truncate(MAX_FORCED);
    let pick = |kind: u8| -> Vec<usize> {
        let mut v: Vec<usize> = thin.iter().filter(|t| t.1 == kind).map(|t| t.2).collect();
        v.sort_unstable();
        v
    };
    Spec {
        dirs,
        links,
        forced_off: pick(0),
        forced_on: pick(1),
        forced_cut: pick(2),
        capped,
    }
}

/// Runs `words` words. `entries` may be empty (no link effects); `blast` lists the entities
/// whose blast radius is sampled.
#[allow(clippy::too_many_arguments)]
pub fn run(
    g: &Graph,
    net: &Net,
    targets: &Targets,
    entries: &Entries,
    blast: &[usize],
    words: u64,
    rng: &mut Stream,
    ticker: &mut Ticker,
) -> Result<FullPass, Cancelled> {
    let alias = Alias::new(&entries.weights);
    let spec = if alias.is_some() {
        spec_for(g, (words * 64) as f64)
    } else {
        Spec::default()
    };
    let mut out = FullPass {
        acc: Acc::new(&spec),
        spec,
        blast: vec![
            BlastSums {
                records: vec![0.0; BATCHES],
                loss: vec![0.0; BATCHES],
                lanes: vec![0; BATCHES],
            };
            blast.len()
        ],
    };
    let probs: Vec<Prob> = g.dirs.iter().map(|d| Prob::new(d.p)).collect();
    let coins = Coins::new(&probs);
    let all: Vec<usize> = (0..g.n).collect();
    let sets = targets.local(g.n, &net.nodes);
    let back = if blast.is_empty() {
        None
    } else {
        Some(Net::reversed(
            g.n,
            &all,
            g.dirs.iter().enumerate().map(|(i, d)| (d.from, d.to, i)),
        ))
    };
    let weights = Weights::Uniform {
        w: 1.0,
        valid: u64::MAX,
    };
    let mut table = vec![0u64; g.dirs.len()];
    let mut scratch = Scratch::default();
    let mut reached = vec![0u64; g.n];
    let mut can = vec![0u64; targets.len() * g.n];
    let mut x = Vec::new();
    let mut seeds: Vec<(u32, u64)> = Vec::new();
    for word in 0..words {
        if word % 16 == 15 {
            ticker.tick(word, words)?;
        }
        for (dir, t) in table.iter_mut().enumerate() {
            *t = coins.bits(rng, dir, u64::MAX);
        }
        if let Some(alias) = &alias {
            seeds.clear();
            reached.iter_mut().for_each(|m| *m = 0);
            for lane in 0..64 {
                let e = entries.ids[alias.draw(rng)];
                reached[net.local[e] as usize] |= 1 << lane;
            }
            seeds.extend(
                reached
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| **m != 0)
                    .map(|(v, &m)| (v as u32, m)),
            );
            net.sweep(&mut reached, &mut Table(&table), &mut scratch.cycle);
            exposure(&sets, &reached, &mut x);
            let (mut r, mut l) = ([0.0; 64], [0.0; 64]);
            targets.lane_values(&x, &mut r, &mut l);
            let ctx = Word {
                graph: g,
                targets,
                net,
                local: &net.local,
                sets: &sets,
                weights: &weights,
            };
            spread::add_word(
                &ctx,
                &out.spec,
                &mut out.acc,
                &reached,
                &seeds,
                &table,
                &r,
                &l,
                &mut scratch,
            );
        }
        if let Some(back) = &back {
            let batch = (word as usize * BATCHES) / words.max(1) as usize;
            reverse(back, targets, &table, &mut can, &mut scratch.cycle);
            for (k, &v) in blast.iter().enumerate() {
                add_blast(
                    targets,
                    &can,
                    g.n,
                    back.local[v] as usize,
                    batch,
                    &mut out.blast[k],
                );
            }
        }
    }
    Ok(out)
}

/// For each target set `t`, fills `can[t·n + v]` with the lanes in which `v` reaches `t`.
#[inline(never)]
fn reverse(
    back: &Net,
    targets: &Targets,
    table: &[u64],
    can: &mut [u64],
    cycle: &mut super::net::Work,
) {
    let n = back.len();
    for (t, set) in targets.sets.iter().enumerate() {
        let slice = &mut can[t * n..(t + 1) * n];
        slice.iter_mut().for_each(|m| *m = 0);
        for &v in set {
            slice[back.local[v] as usize] = u64::MAX;
        }
        back.sweep(slice, &mut Table(table), cycle);
    }
}

#[inline(never)]
fn add_blast(
    targets: &Targets,
    can: &[u64],
    n: usize,
    v: usize,
    batch: usize,
    sums: &mut BlastSums,
) {
    sums.lanes[batch] += 64;
    if targets.dbir {
        let mut r = [0.0; 64];
        for t in 0..targets.len() {
            let mut b = can[t * n + v];
            while b != 0 {
                r[b.trailing_zeros() as usize] += targets.records[t];
                b &= b - 1;
            }
        }
        sums.records[batch] += r.iter().sum::<f64>();
        sums.loss[batch] += r.iter().map(|&x| targets.event_loss(x, 0.0)).sum::<f64>();
    } else {
        for t in 0..targets.len() {
            let hits = f64::from(can[t * n + v].count_ones());
            sums.records[batch] += hits * targets.records[t];
            sums.loss[batch] += hits * targets.loss[t];
        }
    }
}

/// Mean and batch-means standard error of a blast sum.
pub fn batch_estimate(sums: &[f64], lanes: &[u64]) -> (f64, f64) {
    let total: u64 = lanes.iter().sum();
    if total == 0 {
        return (0.0, 0.0);
    }
    let mean = sums.iter().sum::<f64>() / total as f64;
    let used: Vec<f64> = sums
        .iter()
        .zip(lanes)
        .filter(|(_, n)| **n > 0)
        .map(|(s, &n)| s / n as f64)
        .collect();
    if used.len() < 2 {
        return (mean, 0.0);
    }
    let m = used.iter().sum::<f64>() / used.len() as f64;
    let var = used.iter().map(|x| (x - m) * (x - m)).sum::<f64>() / (used.len() - 1) as f64;
    (mean, (var / used.len() as f64).sqrt())
}
