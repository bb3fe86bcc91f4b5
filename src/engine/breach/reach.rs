//! The Monte Carlo reach pass: bit-parallel trials (64 per word) over the condensed graph, each
//! lane starting at an entry drawn in proportion to its weight. An edge's bits are drawn (from
//! the byte tables of [`super::coins`]) only when some lane has reached its source, so words
//! whose trials die early cost little.
//!
//! It keeps, per word, the exposure bits of every target set (the joint pattern the loss
//! distribution samples from) and counts reach and exposure over the lanes whose entry has no
//! exact method (entries on a tree are exact for reach but still sampled for the joint).

use super::coins::Coins;
use super::graph::Graph;
use super::net::{Bits, Net};
use super::rng::{Alias, Prob, Stream};
use super::targets::{Targets, exposure};
use super::{Cancelled, Ticker};

/// Draws an edge's bits when the sweep asks for them.
struct Lazy<'a> {
    rng: &'a mut Stream,
    coins: &'a Coins,
}

impl Bits for Lazy<'_> {
    #[inline]
    fn bits(&mut self, dir: usize, care: u64) -> u64 {
        self.coins.bits(self.rng, dir, care)
    }
}

/// The entries a pass samples, with their weights.
#[derive(Clone, Debug, Default)]
pub struct Entries {
    /// Entity indices.
    pub ids: Vec<usize>,
    /// Weights (any positive scale).
    pub weights: Vec<f64>,
    /// Whether reach and exposure of the entry are counted here (no exact method).
    pub counted: Vec<bool>,
}

/// Everything a reach pass needs for a scenario whose threat entries are all sampled: what the
/// benchmarks (native and in the browser) time.
pub struct Setup {
    pub graph: Graph,
    pub net: Net,
    pub targets: Targets,
    pub entries: Entries,
}

impl Setup {
    /// The graph, its condensation, target sets and the threat entries weighted by rate.
    pub fn new(s: &crate::model::Scenario) -> Setup {
        let graph = Graph::new(s);
        let targets = Targets::new(s);
        let mut entries = Entries::default();
        for t in &s.threats {
            if let Some(i) = s.entities.iter().position(|e| e.id == t.entry) {
                entries.ids.push(i);
                entries.weights.push(t.rate);
                entries.counted.push(true);
            }
        }
        let all: Vec<usize> = (0..graph.n).collect();
        let net = Net::from_sources(
            graph.n,
            &all,
            graph
                .dirs
                .iter()
                .enumerate()
                .map(|(i, d)| (d.from, d.to, i)),
            &entries.ids,
        );
        Setup {
            graph,
            net,
            targets,
            entries,
        }
    }

    /// One pass of `trials` trials (rounded up to a multiple of 64) with `seed`.
    pub fn run(&self, trials: u64, seed: u64) -> ReachPass {
        let mut rng = Stream::new(seed, super::rng::streams::REACH);
        let mut go = |_| true;
        let mut ticker = Ticker::new(&mut go);
        run(
            &self.graph,
            &self.net,
            &self.targets,
            &self.entries,
            trials.div_ceil(64),
            &mut rng,
            &mut ticker,
        )
        .unwrap_or_default()
    }
}

/// What the pass found.
#[derive(Clone, Debug, Default)]
pub struct ReachPass {
    /// Lanes run (a multiple of 64).
    pub lanes: u64,
    /// Lanes whose entry is counted.
    pub counted_lanes: u64,
    /// Per entity: counted lanes that reached it.
    pub hits: Vec<u64>,
    /// Per target set: counted lanes that exposed it.
    pub exposed_hits: Vec<u64>,
    /// Exposure bits, `targets` words per word of lanes.
    pub patterns: Vec<u64>,
    /// Per entry (as in [`Entries`]): lanes, and sums of records and loss per event.
    pub entry_lanes: Vec<u64>,
    pub entry_records: Vec<f64>,
    pub entry_loss: Vec<f64>,
}

/// Words swept together ([`Net::sweep_words`]): the edge indices of a pull round are read once
/// for all of them (a stand-alone pull loop over 4 words took 0.60× the time of 4 single-word
/// loops on baseline x86-64), while the group runs as many rounds as its slowest word needs.
/// The whole pass on the 1,000 × 5,000 web: 187 → 163 ms natively (bench profile).
const GROUP: usize = 4;

/// Runs `words` words of 64 trials.
pub fn run(
    g: &Graph,
    net: &Net,
    targets: &Targets,
    entries: &Entries,
    words: u64,
    rng: &mut Stream,
    ticker: &mut Ticker,
) -> Result<ReachPass, Cancelled> {
    let t_count = targets.len();
    let mut out = ReachPass {
        hits: vec![0; g.n],
        exposed_hits: vec![0; t_count],
        patterns: Vec::with_capacity(words as usize * t_count),
        entry_lanes: vec![0; entries.ids.len()],
        entry_records: vec![0.0; entries.ids.len()],
        entry_loss: vec![0.0; entries.ids.len()],
        ..ReachPass::default()
    };
    let Some(alias) = Alias::new(&entries.weights) else {
        return Ok(out);
    };
    let probs: Vec<Prob> = g.dirs.iter().map(|d| Prob::new(d.p)).collect();
    let coins = Coins::new(&probs);
    let sets = targets.local(g.n, &net.nodes);
    let mut reached = vec![[0u64; GROUP]; net.len()];
    let mut cycle = super::net::Work::<GROUP>::default();
    let mut column = vec![0u64; net.len()];
    let mut x = Vec::with_capacity(t_count);
    let mut lane_entry = [[0usize; 64]; GROUP];
    let (mut r, mut l) = ([0.0; 64], [0.0; 64]);
    for first in (0..words).step_by(GROUP) {
        let size = (words - first).min(GROUP as u64) as usize;
        if first % 16 + size as u64 > 15 {
            ticker.tick(first, words)?;
        }
        reached.iter_mut().for_each(|m| *m = [0; GROUP]);
        let mut counted = [0u64; GROUP];
        for j in 0..size {
            for (lane, slot) in lane_entry[j].iter_mut().enumerate() {
                let e = alias.draw(rng);
                *slot = e;
                reached[net.local[entries.ids[e]] as usize][j] |= 1 << lane;
                if entries.counted[e] {
                    counted[j] |= 1 << lane;
                }
            }
        }
        net.sweep_words(&mut reached, &mut Lazy { rng, coins: &coins }, &mut cycle);
        for j in 0..size {
            for (c, m) in column.iter_mut().zip(&reached) {
                *c = m[j];
            }
            let counted = counted[j];
            if counted != 0 {
                for (&v, &m) in net.nodes.iter().zip(&column) {
                    out.hits[v] += u64::from((m & counted).count_ones());
                }
            }
            exposure(&sets, &column, &mut x);
            for (h, &m) in out.exposed_hits.iter_mut().zip(&x) {
                *h += u64::from((m & counted).count_ones());
            }
            out.patterns.extend_from_slice(&x);
            targets.lane_values(&x, &mut r, &mut l);
            for (lane, &e) in lane_entry[j].iter().enumerate() {
                out.entry_lanes[e] += 1;
                out.entry_records[e] += r[lane];
                out.entry_loss[e] += l[lane];
            }
            out.counted_lanes += u64::from(counted.count_ones());
        }
    }
    out.lanes = words * 64;
    Ok(out)
}
