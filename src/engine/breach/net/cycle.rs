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

/// Scratch space of [`Net::sweep`], reused from word to word.
#[derive(Clone, Debug, Default)]
pub struct Work {
    kept: Vec<u64>,
    /// Per node, the lanes already passed on along every edge.
    sent: Vec<u64>,
    dirty: Vec<u64>,
}

impl Net {
    /// Spreads the lanes of `reached[start..end]` (one component) through it.
    #[inline(never)]
    pub(super) fn spread_cycle(
        &self,
        start: usize,
        end: usize,
        reached: &mut [u64],
        src: &mut impl Bits,
        w: &mut Work,
    ) {
        let (e0, e1) = (self.in_at[start] as usize, self.in_at[end] as usize);
        let present = reached[start..end].iter().fold(0, |a, &m| a | m);
        draw(&self.in_dir[e0..e1], present, src, &mut w.kept);
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
    /// pulled along every edge by the round's end). Returns the number of nodes that changed.
    ///
    /// The edges are streamed in target order with no branch: a target's edges are
    /// consecutive, so its new value is carried in `acc` and restarts (by a select, not a jump)
    /// from the target's value at the round's start when the target changes.
    #[inline]
    fn pull(
        &self,
        start: usize,
        end: usize,
        reached: &mut [u64],
        kept: &[u64],
        sent: &mut [u64],
    ) -> usize {
        let (e0, e1) = (self.in_at[start] as usize, self.in_at[end] as usize);
        sent.copy_from_slice(&reached[start..end]);
        let (mut acc, mut last) = (0u64, u32::MAX);
        let edges = self.in_to[e0..e1].iter().zip(&self.in_from[e0..e1]);
        for ((&to, &from), &k) in edges.zip(kept) {
            acc = std::hint::select_unpredictable(to == last, acc, sent[to as usize - start]);
            acc |= reached[from as usize] & k;
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
    fn push(&self, start: usize, end: usize, reached: &mut [u64], w: &mut Work) {
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
                    let add = reached[v] & !sent[i];
                    sent[i] = reached[v];
                    let (a, z) = (self.out_at[v] as usize, self.out_at[v + 1] as usize);
                    for (&to, &at) in self.out_to[a..z].iter().zip(&self.out_in[a..z]) {
                        let to = to as usize;
                        let new = add & kept[at as usize - e0] & !reached[to];
                        reached[to] |= new;
                        let j = to - start;
                        dirty[j / 64] |= u64::from(new != 0) << (j % 64);
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

/// The bits of the link-directions `dirs` for the lanes in `care`, into `kept`.
#[inline(never)]
fn draw(dirs: &[u32], care: u64, src: &mut impl Bits, kept: &mut Vec<u64>) {
    kept.clear();
    kept.extend(dirs.iter().map(|&d| src.bits(d as usize, care)));
}
