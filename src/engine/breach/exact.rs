//! Exact results for one entry by enumerating every state of its k ≤ 20 uncertain
//! link-directions, 64 states per word: in state `s`, direction `j` is kept when bit `j` of `s`
//! is set, so the low six directions have fixed lane patterns and the others are constant
//! over a word. Each lane weighs the probability of its state. Everything the Monte Carlo
//! passes estimate comes out exact: reach, exposure, the joint pattern of exposed target sets
//! (for the loss distribution) and the link effects.

use std::collections::HashMap;

use super::graph::Graph;
use super::lanes::{Mom, Weights};
use super::net::{Net, Table};
use super::spread::{self, Acc, Scratch, Spec, Word};
use super::targets::{Targets, exposure};
use super::{Cancelled, Ticker};

/// Lane patterns of state bits 0–5.
const LOW: [u64; 6] = [
    0xAAAA_AAAA_AAAA_AAAA,
    0xCCCC_CCCC_CCCC_CCCC,
    0xF0F0_F0F0_F0F0_F0F0,
    0xFF00_FF00_FF00_FF00,
    0xFFFF_0000_FFFF_0000,
    0xFFFF_FFFF_0000_0000,
];

/// Exact results of one entry.
#[derive(Clone, Debug, Default)]
pub struct Exact {
    /// (entity index, probability it is reached).
    pub reach: Vec<(usize, f64)>,
    /// Probability each target set is exposed.
    pub exposed: Vec<f64>,
    /// Distinct exposure patterns (bit `t` = target set `t` exposed) and their probabilities.
    pub patterns: Vec<(Vec<u64>, f64)>,
    /// Moments of records and loss per event (weights add up to 1).
    pub mom: Mom,
    /// Link effects (when asked for).
    pub spec: Spec,
    pub acc: Acc,
}

/// Enumerates the states of `uncertain` (certain ones in `dirs` are always kept) for a breach
/// starting at `entry`. With `links` the link effects are gathered too.
#[allow(clippy::too_many_arguments)]
pub fn enumerate(
    g: &Graph,
    targets: &Targets,
    entry: usize,
    nodes: &[usize],
    dirs: &[usize],
    uncertain: &[usize],
    links: bool,
    ticker: &mut Ticker,
) -> Result<Exact, Cancelled> {
    let net = Net::new(
        g.n,
        nodes,
        dirs.iter().map(|&d| (g.dirs[d].from, g.dirs[d].to, d)),
    );
    let local = &net.local;
    let sets = targets.local(g.n, &net.nodes);
    let k = uncertain.len();
    let valid = if k >= 6 {
        u64::MAX
    } else {
        (1u64 << (1 << k)) - 1
    };
    let mut low = [0.0; 64];
    for (lane, w) in low.iter_mut().enumerate() {
        if valid >> lane & 1 == 1 {
            *w = uncertain
                .iter()
                .take(6)
                .enumerate()
                .map(|(j, &d)| {
                    if lane >> j & 1 == 1 {
                        g.dirs[d].p
                    } else {
                        1.0 - g.dirs[d].p
                    }
                })
                .product();
        }
    }
    let mut weights = Weights::product(low, 1.0);
    let mut table = vec![0u64; g.dirs.len()];
    for &d in dirs {
        table[d] = u64::MAX;
    }
    for (j, &d) in uncertain.iter().take(6).enumerate() {
        table[d] = LOW[j] & valid;
    }
    let spec = if links {
        link_spec(g, dirs)
    } else {
        Spec::default()
    };
    let mut acc = Acc::new(&spec);
    let mut out = Exact {
        exposed: vec![0.0; targets.len()],
        ..Exact::default()
    };
    let mut reach = vec![0.0; nodes.len()];
    let mut seen: HashMap<Vec<u64>, usize> = HashMap::new();
    let mut scratch = Scratch::default();
    let mut reached = vec![0u64; nodes.len()];
    let mut x = Vec::new();
    let seeds = [(local[entry], valid)];
    let words = 1u64 << k.saturating_sub(6);
    for word in 0..words {
        if word % 256 == 255 {
            ticker.tick(word, words)?;
        }
        let mut high = 1.0;
        for (j, &d) in uncertain.iter().enumerate().skip(6) {
            let on = word >> (j - 6) & 1 == 1;
            table[d] = if on { u64::MAX } else { 0 };
            high *= if on { g.dirs[d].p } else { 1.0 - g.dirs[d].p };
        }
        weights.set_high(high);
        reached.iter_mut().for_each(|m| *m = 0);
        reached[seeds[0].0 as usize] = valid;
        net.sweep(&mut reached, &mut Table(&table), &mut scratch.cycle);
        for (p, &m) in reach.iter_mut().zip(&reached) {
            *p += weights.sum(m);
        }
        exposure(&sets, &reached, &mut x);
        for (p, &m) in out.exposed.iter_mut().zip(&x) {
            *p += weights.sum(m);
        }
        add_patterns(&x, valid, &weights, &mut seen, &mut out.patterns);
        let (mut r, mut l) = ([0.0; 64], [0.0; 64]);
        targets.lane_values(&x, &mut r, &mut l);
        let word_ctx = Word {
            graph: g,
            targets,
            net: &net,
            local,
            sets: &sets,
            weights: &weights,
        };
        spread::add_word(
            &word_ctx,
            &spec,
            &mut acc,
            &reached,
            &seeds,
            &table,
            &r,
            &l,
            &mut scratch,
        );
    }
    out.reach = net.nodes.iter().copied().zip(reach).collect();
    out.mom = acc.all;
    out.spec = spec;
    out.acc = acc;
    Ok(out)
}

/// Splits every direction and cuts every link of the entry's reach; certain directions (which
/// are never off) are swept again forced off instead.
fn link_spec(g: &Graph, dirs: &[usize]) -> Spec {
    let mut links: Vec<usize> = dirs.iter().map(|&d| g.dirs[d].link).collect();
    links.sort_unstable();
    links.dedup();
    let forced_off: Vec<usize> = dirs
        .iter()
        .copied()
        .filter(|&d| g.dirs[d].p >= 1.0)
        .collect();
    let forced_cut = links
        .iter()
        .copied()
        .filter(|&l| g.link_dirs[l].iter().any(|&d| g.dirs[d].p >= 1.0))
        .collect();
    Spec {
        dirs: dirs.to_vec(),
        links,
        forced_off,
        forced_on: Vec::new(),
        forced_cut,
        capped: false,
    }
}

/// Adds the word's lanes to the pattern list, one entry per distinct pattern in the word.
fn add_patterns(
    x: &[u64],
    valid: u64,
    w: &Weights,
    seen: &mut HashMap<Vec<u64>, usize>,
    patterns: &mut Vec<(Vec<u64>, f64)>,
) {
    let mut left = valid;
    while left != 0 {
        let lane = left.trailing_zeros();
        let mut same = left;
        let mut key = vec![0u64; x.len().div_ceil(64)];
        for (t, &m) in x.iter().enumerate() {
            if m >> lane & 1 == 1 {
                same &= m;
                key[t / 64] |= 1 << (t % 64);
            } else {
                same &= !m;
            }
        }
        left &= !same;
        let weight = w.sum(same);
        if weight <= 0.0 {
            continue;
        }
        match seen.get(&key) {
            Some(&i) => patterns[i].1 += weight,
            None => {
                seen.insert(key.clone(), patterns.len());
                patterns.push((key, weight));
            }
        }
    }
}
