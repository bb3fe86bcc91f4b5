//! The Monte Carlo reach pass: trials starting at entries drawn in proportion to their weights.
//! Each trial first walks alone ([`super::scout`]); most breaches stop there, within a few
//! nodes. Those that spread are packed 64 to a word and swept bit-parallel over the condensed
//! graph from where their walks stopped, an edge's bits drawn (from the byte tables of
//! [`super::coins`]) only when some lane has reached its source. On the 1,000 × 5,000 web, 38 %
//! of trials spread, and the pass fell from 164 to 83 ms natively (bench profile).
//!
//! It keeps, per word, the exposure bits of every target set (the joint pattern the loss
//! distribution samples from) and counts reach and exposure over the lanes whose entry has no
//! exact method (entries on a tree are exact for reach but still sampled for the joint).

use crate::engine::breach::coins::Coins;
use crate::engine::breach::graph::Graph;
use crate::engine::breach::net::{Bits, Net};
use crate::engine::breach::rng::{Alias, Prob, Stream};
use crate::engine::breach::scout::{Batch, LIMIT, Scout};
use crate::engine::breach::targets::Targets;
use crate::engine::breach::{Cancelled, Ticker};
use tally::Tally;

mod tally;

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
/// The whole pass on the 1,000 × 5,000 web, natively (bench profile): 187 → 163 ms before
/// trials walked alone first, 97 → 83 ms since.
const GROUP: usize = 4;

/// Runs `words` words of 64 trials. Each trial is walked alone first ([`super::scout`]); those
/// that end there are counted 64 at a time, the others swept `GROUP` words at a time. The
/// words counted are thus in a different order from the trials drawn, which changes no total.
pub fn run(
    g: &Graph,
    net: &Net,
    targets: &Targets,
    entries: &Entries,
    words: u64,
    rng: &mut Stream,
    ticker: &mut Ticker,
) -> Result<ReachPass, Cancelled> {
    let mut tally = Tally::new(g, net, targets, entries, words);
    let Some(alias) = Alias::new(&entries.weights) else {
        return Ok(tally.out);
    };
    let probs: Vec<Prob> = g.dirs.iter().map(|d| Prob::new(d.p)).collect();
    let coins = Coins::new(&probs);
    let mut scout = Scout::new(net, &probs);
    let mut sweep = Sweep {
        reached: vec![[0; GROUP]; net.len()],
        done: vec![[0; GROUP]; net.len()],
        work: super::net::Work::default(),
    };
    let (mut ended, mut going) = (Batch::default(), Batch::default());
    let mut walked = Vec::new();
    for trial in 0..words * 64 {
        if trial % 1024 == 0 {
            ticker.tick(trial / 64, words)?;
        }
        let e = alias.draw(rng);
        walked.clear();
        let drawn = scout.walk(net.local[entries.ids[e]], rng, LIMIT, &mut walked);
        if drawn == walked.len() {
            ended.push(e, &walked, drawn);
            if ended.len() == 64 {
                tally.ended(&ended);
                ended.clear();
            }
        } else {
            going.push(e, &walked, drawn);
            if going.len() == 64 * GROUP {
                sweep.run(net, &going, &mut Lazy { rng, coins: &coins }, &mut tally);
                going.clear();
            }
        }
    }
    // The trials left make whole words (64 divide their sum, and fewer than 64 have ended):
    // the ended ones fill the last swept word, where nothing is left to draw for them.
    for i in 0..ended.len() {
        let (nodes, drawn) = ended.trial(i);
        going.push(ended.entry[i], nodes, drawn);
    }
    if !going.is_empty() {
        sweep.run(net, &going, &mut Lazy { rng, coins: &coins }, &mut tally);
    }
    tally.out.lanes = words * 64;
    Ok(tally.out)
}

/// Scratch space of the sweeps.
struct Sweep {
    reached: Vec<[u64; GROUP]>,
    done: Vec<[u64; GROUP]>,
    work: super::net::Work<GROUP>,
}

impl Sweep {
    /// Sweeps the trials of `batch` (whole words, at most [`GROUP`]) from where their walks
    /// stopped, and counts them.
    fn run(&mut self, net: &Net, batch: &Batch, src: &mut Lazy, tally: &mut Tally) {
        self.reached.iter_mut().for_each(|m| *m = [0; GROUP]);
        self.done.iter_mut().for_each(|m| *m = [0; GROUP]);
        for i in 0..batch.len() {
            let (nodes, drawn) = batch.trial(i);
            let (j, bit) = (i / 64, 1u64 << (i % 64));
            for (k, &v) in nodes.iter().enumerate() {
                self.reached[v as usize][j] |= bit;
                self.done[v as usize][j] |= u64::from(k < drawn).wrapping_neg() & bit;
            }
        }
        net.sweep_words(&mut self.reached, Some(&self.done), src, &mut self.work);
        for j in 0..batch.len() / 64 {
            for (c, m) in tally.column.iter_mut().zip(&self.reached) {
                *c = m[j];
            }
            tally.word(&batch.entry[64 * j..64 * (j + 1)]);
        }
    }
}
