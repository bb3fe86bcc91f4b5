//! How each link moves the expected records and loss: the sums behind choke points and the
//! link rows of the sensitivity table, gathered from the same trials as everything else.
//!
//! The expected records `E[X]` are linear in each link-direction's probability `p_d` (the
//! trials are independent), so two conditional means say everything: `E[X | d kept]` and
//! `E[X | d not kept]`. Only trials in which the direction's source is reached can differ,
//! and whether the source is reached never depends on the direction itself (a path to it does
//! not leave it), so the split is taken over those trials alone:
//! `dE[X]/dp_d = P(T)·(mean over T kept − mean over T not kept)`, `T` = source reached. A cut
//! link works the same with `T` = either end reached. Directions whose split would be too thin
//! (a certain link, or very few trials on one side) are swept again with the direction forced
//! off or on instead, and the per-trial difference is summed (common random numbers).

use super::graph::Graph;
use super::lanes::{Mom, Weights};
use super::net::{Forced, Net};
use super::targets::{Targets, exposure};

/// What to gather, over a net (all indices global except `local`).
#[derive(Clone, Debug, Default)]
pub struct Spec {
    /// Link-directions to split (those in the net).
    pub dirs: Vec<usize>,
    /// Links to cut.
    pub links: Vec<usize>,
    /// Directions swept again forced off, forced on, and links swept again cut.
    pub forced_off: Vec<usize>,
    pub forced_on: Vec<usize>,
    pub forced_cut: Vec<usize>,
    /// Whether more splits were thin than could be swept again ([`super::full::MAX_FORCED`]).
    pub capped: bool,
}

/// The gathered sums.
#[derive(Clone, Debug, Default)]
pub struct Acc {
    /// All lanes.
    pub all: Mom,
    /// Per `Spec::dirs`: lanes with the source reached, kept / not kept.
    pub on: Vec<Mom>,
    pub off: Vec<Mom>,
    /// Per `Spec::links`: lanes with an end reached, not cut / cut.
    pub kept: Vec<Mom>,
    pub cut: Vec<Mom>,
    /// Per forced item: sums of the per-lane difference `X − X_forced` (off, cut) or
    /// `X_forced − X` (on), and of its square.
    pub forced_off: Vec<Mom>,
    pub forced_on: Vec<Mom>,
    pub forced_cut: Vec<Mom>,
}

impl Acc {
    /// Zeroed sums for `spec`.
    pub fn new(spec: &Spec) -> Acc {
        Acc {
            all: Mom::default(),
            on: vec![Mom::default(); spec.dirs.len()],
            off: vec![Mom::default(); spec.dirs.len()],
            kept: vec![Mom::default(); spec.links.len()],
            cut: vec![Mom::default(); spec.links.len()],
            forced_off: vec![Mom::default(); spec.forced_off.len()],
            forced_on: vec![Mom::default(); spec.forced_on.len()],
            forced_cut: vec![Mom::default(); spec.forced_cut.len()],
        }
    }
}

/// Everything one word needs besides its bits.
pub struct Word<'a> {
    pub graph: &'a Graph,
    pub targets: &'a Targets,
    pub net: &'a Net,
    /// Global → local node index of `net` (`u32::MAX` outside).
    pub local: &'a [u32],
    pub sets: &'a [Vec<u32>],
    pub weights: &'a Weights,
}

/// Scratch space reused from word to word.
#[derive(Default)]
pub struct Scratch {
    pub reached: Vec<u64>,
    pub x: Vec<u64>,
    pub cycle: super::net::Work,
    pub r: Vec<f64>,
    pub l: Vec<f64>,
}

/// Adds one word: `reached` is the swept state, `seeds` the entry lanes it started from and
/// `table` the kept-bits of every direction; `r`, `l` are the lanes' records and loss.
#[allow(clippy::too_many_arguments)]
#[inline(never)]
pub fn add_word(
    w: &Word,
    spec: &Spec,
    acc: &mut Acc,
    reached: &[u64],
    seeds: &[(u32, u64)],
    table: &[u64],
    r: &[f64; 64],
    l: &[f64; 64],
    scratch: &mut Scratch,
) {
    let valid = w.weights.valid();
    acc.all.add(valid, w.weights, r, l);
    let tail = |d: usize| w.local[w.graph.dirs[d].from] as usize;
    for (k, &d) in spec.dirs.iter().enumerate() {
        let t = reached[tail(d)] & valid;
        if t != 0 {
            acc.on[k].add(t & table[d], w.weights, r, l);
            acc.off[k].add(t & !table[d], w.weights, r, l);
        }
    }
    for (k, &link) in spec.links.iter().enumerate() {
        let ds = &w.graph.link_dirs[link];
        let t = ds.iter().fold(0, |m, &d| m | reached[tail(d)]) & valid;
        if t != 0 {
            let cut = ds.iter().fold(u64::MAX, |m, &d| m & !table[d]);
            acc.cut[k].add(t & cut, w.weights, r, l);
            acc.kept[k].add(t & !cut, w.weights, r, l);
        }
    }
    let groups: [(&[usize], &mut Vec<Mom>, u8); 3] = [
        (&spec.forced_off, &mut acc.forced_off, 0),
        (&spec.forced_on, &mut acc.forced_on, 1),
        (&spec.forced_cut, &mut acc.forced_cut, 2),
    ];
    for (items, sums, kind) in groups {
        for (k, &item) in items.iter().enumerate() {
            let (off, on): (&[usize], &[usize]) = match kind {
                0 => (std::slice::from_ref(&spec.forced_off[k]), &[]),
                1 => (&[], std::slice::from_ref(&spec.forced_on[k])),
                _ => (&w.graph.link_dirs[item], &[]),
            };
            let mut src = Forced { table, off, on };
            let (rf, lf) = sweep_values(w, seeds, &mut src, scratch);
            let sign = if kind == 1 { -1.0 } else { 1.0 };
            let mut b = valid;
            while b != 0 {
                let i = b.trailing_zeros() as usize;
                let wi = w.weights.of(i);
                let (dr, dl) = (sign * (r[i] - rf[i]), sign * (l[i] - lf[i]));
                let s = &mut sums[k];
                s.w += wi;
                s.r += wi * dr;
                s.r2 += wi * dr * dr;
                s.l += wi * dl;
                s.l2 += wi * dl * dl;
                b &= b - 1;
            }
        }
    }
}

/// Sweeps from `seeds` with `src` and returns the lanes' records and loss.
pub fn sweep_values(
    w: &Word,
    seeds: &[(u32, u64)],
    src: &mut impl super::net::Bits,
    scratch: &mut Scratch,
) -> ([f64; 64], [f64; 64]) {
    let reached = &mut scratch.reached;
    reached.clear();
    reached.resize(w.net.len(), 0);
    for &(v, m) in seeds {
        reached[v as usize] |= m;
    }
    w.net.sweep(reached, src, &mut scratch.cycle);
    exposure(w.sets, reached, &mut scratch.x);
    let (mut r, mut l) = ([0.0; 64], [0.0; 64]);
    w.targets.lane_values(&scratch.x, &mut r, &mut l);
    (r, l)
}
