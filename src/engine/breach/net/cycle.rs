//! Spreading lanes inside one strongly connected component, where edges point both ways and
//! one pass in node order is not enough.
//!
//! The component's edge bits are drawn first, all at once, for the lanes present (no lane can
//! enter later: edges from earlier components have been crossed already); a tight loop of
//! independent draws runs much faster than drawing inside the propagation. Then:
//! - **pull rounds**: each node, in order, takes `OR(reached[from] & kept)` over its incoming
//!   edges. A round streams over all the edges with no branch; paths along the order finish in
//!   one round, each edge against the order costs one more. Rounds go on while many nodes
//!   change;
//! - **push worklist** for the few lanes still travelling: a node holding lanes it has not
//!   passed on is dirty (a bitset, so clean nodes cost nothing); passes in node order hand
//!   them on until no node is dirty. Each pass costs only what moves, so a long thin tail
//!   (or a graph built against the order) cannot make the rounds quadratic.

use super::{Bits, Net};

/// Pull rounds stop once fewer than 1/`FEW` of the component's nodes changed in a round (and
/// fewer than in the round before): pushing the rest is then cheaper.
const FEW: usize = 8;

/// Scratch space of [`Net::sweep_words`] for `K` words, reused from word to word.
#[derive(Clone, Debug)]
pub struct Work<const K: usize = 1> {
    kept: Vec<[u64; K]>,
    /// Per node, the lanes already passed on along every edge.
    sent: Vec<[u64; K]>,
    dirty: Vec<u64>,
}

impl<const K: usize> Default for Work<K> {
    fn default() -> Self {
        Work {
            kept: Vec::new(),
            sent: Vec::new(),
            dirty: Vec::new(),
        }
    }
}

impl Net {
    /// Spreads the lanes of `reached[start..end]` (one component) through it.
    #[inline(never)]
    pub(super) fn spread_cycle<const K: usize>(
        &self,
        start: usize,
        end: usize,
        reached: &mut [[u64; K]],
        done: Option<&[[u64; K]]>,
        src: &mut impl Bits,
        w: &mut Work<K>,
    ) {
        let (e0, e1) = (self.in_at[start] as usize, self.in_at[end] as usize);
        let mut present = [0u64; K];
        for m in &reached[start..end] {
            for j in 0..K {
                present[j] |= m[j];
            }
        }
        draw(&self.in_dir[e0..e1], present, src, &mut w.kept);
        if let Some(done) = done {
            // Edges already drawn for a lane are dropped from it (see `sweep_words`).
            for (k, &from) in w.kept.iter_mut().zip(&self.in_from[e0..e1]) {
                for j in 0..K {
                    k[j] &= !done[from as usize][j];
                }
            }
        }
        let n = end - start;
        w.sent.clear();
        w.sent.extend_from_slice(&reached[start..end]);
        let mut before = usize::MAX;
        loop {
            let changed = self.pull(start, end, reached, &w.kept, &mut w.sent);
            if changed == 0 {
                return;
            }
            if changed * FEW < n && changed < before {
                break;
            }
            before = changed;
        }
        self.push(start, end, reached, w);
    }

    /// One pull round. `sent` is set to the state at its start (every lane held then has been
    /// pulled along every edge by the round's end). Returns the number of nodes that changed
    /// in any word.
    ///
    /// The edges are streamed in target order with no branch: a target's edges are
    /// consecutive, so its new value is carried in `acc` and restarts (by a select or a mask,
    /// not a jump) from the target's value at the round's start when the target changes.
    #[inline]
    fn pull<const K: usize>(
        &self,
        start: usize,
        end: usize,
        reached: &mut [[u64; K]],
        kept: &[[u64; K]],
        sent: &mut [[u64; K]],
    ) -> usize {
        let (e0, e1) = (self.in_at[start] as usize, self.in_at[end] as usize);
        sent.copy_from_slice(&reached[start..end]);
        let (mut acc, mut last) = ([0u64; K], u32::MAX);
        let edges = self.in_to[e0..e1].iter().zip(&self.in_from[e0..e1]);
        for ((&to, &from), k) in edges.zip(kept) {
            let same = u64::from(to == last).wrapping_neg();
            let (s, r) = (sent[to as usize - start], reached[from as usize]);
            acc = step(acc, same, s, r, *k);
            reached[to as usize] = acc;
            last = to;
        }
        reached[start..end]
            .iter()
            .zip(sent.iter())
            .filter(|(a, b)| a != b)
            .count()
    }

    /// Passes on, in node order, the lanes each node holds beyond `w.sent`, until none is left.
    fn push<const K: usize>(
        &self,
        start: usize,
        end: usize,
        reached: &mut [[u64; K]],
        w: &mut Work<K>,
    ) {
        let n = end - start;
        let e0 = self.in_at[start] as usize;
        let (kept, sent, dirty) = (&w.kept, &mut w.sent, &mut w.dirty);
        dirty.clear();
        dirty.resize(n.div_ceil(64), 0);
        for i in 0..n {
            dirty[i / 64] |= u64::from(reached[start + i] != sent[i]) << (i % 64);
        }
        loop {
            let mut moved = false;
            for word in 0..dirty.len() {
                let mut bits = dirty[word];
                while bits != 0 {
                    let b = bits.trailing_zeros() as usize;
                    dirty[word] &= !(1 << b);
                    moved = true;
                    let i = word * 64 + b;
                    let v = start + i;
                    let mut add = [0u64; K];
                    for j in 0..K {
                        add[j] = reached[v][j] & !sent[i][j];
                    }
                    sent[i] = reached[v];
                    let (a, z) = (self.out_at[v] as usize, self.out_at[v + 1] as usize);
                    for (&to, &at) in self.out_to[a..z].iter().zip(&self.out_in[a..z]) {
                        let to = to as usize;
                        let k = &kept[at as usize - e0];
                        let mut any = 0;
                        for j in 0..K {
                            let new = add[j] & k[j] & !reached[to][j];
                            reached[to][j] |= new;
                            any |= new;
                        }
                        let j = to - start;
                        dirty[j / 64] |= u64::from(any != 0) << (j % 64);
                    }
                    // Nodes further on that became dirty are handled in this pass.
                    bits = dirty[word] & (u64::MAX << b << 1);
                }
            }
            if !moved {
                break;
            }
        }
    }
}

/// One edge of a pull, word by word: the target's value so far (`acc`, or `s` when `same` is
/// 0: a new target), or'd with the source's lanes the edge keeps. Written out for groups of 4:
/// at opt-level z (the web build) the loop is not unrolled and its array goes through the
/// stack, stalling on store forwarding: the reach pass took 1.47× as long as with single
/// words natively at opt-level z; written out, 1.0× there and 0.86× at opt-level 3.
#[inline(always)]
fn step<const K: usize>(
    acc: [u64; K],
    same: u64,
    s: [u64; K],
    r: [u64; K],
    k: [u64; K],
) -> [u64; K] {
    let mut out = [0u64; K];
    if K == 4 {
        out[0] = (acc[0] & same | s[0] & !same) | r[0] & k[0];
        out[1] = (acc[1] & same | s[1] & !same) | r[1] & k[1];
        out[2] = (acc[2] & same | s[2] & !same) | r[2] & k[2];
        out[3] = (acc[3] & same | s[3] & !same) | r[3] & k[3];
    } else {
        // One word (every other caller): a select, as before groups existed.
        for j in 0..K {
            out[j] = std::hint::select_unpredictable(same != 0, acc[j], s[j]) | r[j] & k[j];
        }
    }
    out
}

/// The bits of the link-directions `dirs` for the lanes in `care` (per word; none are asked
/// for a word with no lane present), into `kept`.
#[inline(never)]
fn draw<const K: usize>(
    dirs: &[u32],
    care: [u64; K],
    src: &mut impl Bits,
    kept: &mut Vec<[u64; K]>,
) {
    kept.clear();
    kept.reserve(dirs.len());
    for &d in dirs {
        let mut k = [0u64; K];
        for (k, &c) in k.iter_mut().zip(&care) {
            if c != 0 {
                *k = src.bits(d as usize, c);
            }
        }
        kept.push(k);
    }
}
