//! Counting the reach pass's words: per word of 64 trials, which entities each lane reached
//! (a column of bits per node) becomes hits, exposure patterns and per-entry sums.

use super::{Entries, ReachPass};
use crate::engine::breach::graph::Graph;
use crate::engine::breach::net::Net;
use crate::engine::breach::scout::Batch;
use crate::engine::breach::targets::{Targets, exposure};

/// The pass's counts, and the scratch space for counting a word.
pub(super) struct Tally<'a> {
    net: &'a Net,
    targets: &'a Targets,
    entries: &'a Entries,
    sets: Vec<Vec<u32>>,
    pub(super) out: ReachPass,
    /// Per local node, the lanes of the word being counted that reached it.
    pub(super) column: Vec<u64>,
    x: Vec<u64>,
}

impl<'a> Tally<'a> {
    pub(super) fn new(
        g: &Graph,
        net: &'a Net,
        targets: &'a Targets,
        entries: &'a Entries,
        words: u64,
    ) -> Tally<'a> {
        let t_count = targets.len();
        Tally {
            net,
            targets,
            entries,
            sets: targets.local(g.n, &net.nodes),
            out: ReachPass {
                hits: vec![0; g.n],
                exposed_hits: vec![0; t_count],
                patterns: Vec::with_capacity(words as usize * t_count),
                entry_lanes: vec![0; entries.ids.len()],
                entry_records: vec![0.0; entries.ids.len()],
                entry_loss: vec![0.0; entries.ids.len()],
                ..ReachPass::default()
            },
            column: vec![0; net.len()],
            x: Vec::with_capacity(t_count),
        }
    }

    /// Counts a word of 64 trials that all ended in their walks.
    pub(super) fn ended(&mut self, batch: &Batch) {
        self.column.fill(0);
        for i in 0..64 {
            for &v in batch.trial(i).0 {
                self.column[v as usize] |= 1 << i;
            }
        }
        self.word(&batch.entry);
    }

    /// Counts the word in `column`, whose lanes started at `lanes` (64 entries).
    pub(super) fn word(&mut self, lanes: &[usize]) {
        let out = &mut self.out;
        let counted = lanes.iter().enumerate().fold(0u64, |m, (i, &e)| {
            m | u64::from(self.entries.counted[e]) << i
        });
        if counted != 0 {
            for (&v, &m) in self.net.nodes.iter().zip(&self.column) {
                out.hits[v] += u64::from((m & counted).count_ones());
            }
        }
        exposure(&self.sets, &self.column, &mut self.x);
        for (h, &m) in out.exposed_hits.iter_mut().zip(&self.x) {
            *h += u64::from((m & counted).count_ones());
        }
        out.patterns.extend_from_slice(&self.x);
        let (mut r, mut l) = ([0.0; 64], [0.0; 64]);
        self.targets.lane_values(&self.x, &mut r, &mut l);
        for (lane, &e) in lanes.iter().enumerate() {
            out.entry_lanes[e] += 1;
            out.entry_records[e] += r[lane];
            out.entry_loss[e] += l[lane];
        }
        out.counted_lanes += u64::from(counted.count_ones());
    }
}
