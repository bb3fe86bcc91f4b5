//! The first steps of each Monte Carlo trial, walked alone before any bit-parallel sweep.
//!
//! A sweep costs as much for a lane that stops at its entry as for one that spreads through the
//! whole component, and on a vendor web most breaches stop early: on the 1,000 × 5,000 web,
//! 62 % of trials reach at most 38 companies (46 % only their entry) while the others spread to
//! 600–670. So each trial first walks breadth-first on its own, drawing a node's edges when it
//! leaves the node. A trial that ends within the [`LIMIT`] is finished; one that grows past it
//! is handed to the sweep ([`super::net::Net::sweep_words`]) with the nodes it reached and the
//! nodes whose edges it drew, packed into words with other trials that spread.
//!
//! The law of a trial is unchanged: whether it stops early depends only on the edges it drew;
//! the sweep draws every other edge afresh, independently of those, and does not cross a drawn
//! edge again (each one kept has already brought its target in).

use super::net::Net;
use super::rng::{Prob, Stream};

/// How far a trial may walk alone before it is handed to a sweep.
#[derive(Clone, Copy, Debug)]
pub struct Limit {
    /// Nodes reached: the walk stops once it has more.
    pub nodes: usize,
    /// Edges drawn: the walk does not leave a node whose edges would take it past this.
    pub edges: usize,
}

/// On the 1,000 × 5,000 web the reach sizes leave a gap from 39 to 600 nodes, so any node
/// limit in it sorts trials alike; a small one wastes less walking on the trials that spread
/// (8 against 2, 4, 16 and 32: 83 against 85–105 ms). A walk spends a random word per edge
/// where a sweep spends about two per 64 trials, so the edge limit keeps an entry with
/// thousands of unlikely edges from costing more alone than in a sweep (a hub of 3,000 edges
/// at p = 0.002 on that web: 212 ms before walks existed, 845 ms without the edge limit).
pub const LIMIT: Limit = Limit {
    nodes: 8,
    edges: 256,
};

/// The graph as lists of outgoing edges, and the walk's scratch space.
#[derive(Clone, Debug)]
pub struct Scout {
    at: Vec<u32>,
    to: Vec<u32>,
    p: Vec<Prob>,
    /// Per node, the number of the last walk that reached it.
    seen: Vec<u32>,
    walk: u32,
    /// The current walk's nodes in the order reached.
    queue: Vec<u32>,
}

impl Scout {
    /// The edges of `net`, with `probs` per link-direction.
    pub fn new(net: &Net, probs: &[Prob]) -> Scout {
        let (at, to, dirs) = net.out_edges();
        Scout {
            at,
            to,
            p: dirs.iter().map(|&d| probs[d as usize]).collect(),
            seen: vec![0; net.len()],
            walk: 0,
            queue: Vec::new(),
        }
    }

    /// Walks one trial from local node `entry`, appending the nodes it reaches to `out` (the
    /// entry first, then breadth-first). Returns how many of them had their edges drawn: all
    /// when the trial has ended, fewer when it reached more than `limit.nodes` or the next
    /// node's edges would pass `limit.edges` (a node's edges are drawn all together, so both
    /// are checked between nodes, and only on what has been drawn: the stop leaves the edges
    /// not drawn independent of it).
    pub fn walk(
        &mut self,
        entry: u32,
        rng: &mut Stream,
        limit: Limit,
        out: &mut Vec<u32>,
    ) -> usize {
        if self.walk == u32::MAX {
            self.seen.fill(0);
            self.walk = 0;
        }
        self.walk += 1;
        let walk = self.walk;
        // The walk's nodes go to `queue` (one per edge drawn at most, plus the entry), written
        // without a branch: each edge's slot is written and kept only when it brings a new node
        // (a kept edge is a coin toss the branch predictor cannot learn).
        if self.queue.len() < limit.edges + 2 {
            self.queue.resize(limit.edges + 2, 0);
        }
        let queue = &mut self.queue;
        queue[0] = entry;
        self.seen[entry as usize] = walk;
        let (mut head, mut len, mut edges) = (0, 1, 0);
        while head < len && len <= limit.nodes {
            let v = queue[head] as usize;
            let (a, z) = (self.at[v] as usize, self.at[v + 1] as usize);
            edges += z - a;
            if edges > limit.edges {
                break;
            }
            head += 1;
            for k in a..z {
                let t = self.to[k];
                let hit = self.p[k].hit(rng.word());
                let seen = &mut self.seen[t as usize];
                let new = hit & (*seen != walk);
                *seen = std::hint::select_unpredictable(hit, walk, *seen);
                queue[len] = t;
                len += usize::from(new);
            }
        }
        out.extend_from_slice(&queue[..len]);
        head
    }
}

/// Trials waiting to be counted or swept: per trial its entry, and the nodes it reached, the
/// first `drawn` of them with their edges drawn.
#[derive(Clone, Debug, Default)]
pub struct Batch {
    /// Per trial, its entry (an index into the pass's entries).
    pub entry: Vec<usize>,
    at: Vec<u32>,
    drawn: Vec<u32>,
    nodes: Vec<u32>,
}

impl Batch {
    /// Number of trials.
    pub fn len(&self) -> usize {
        self.entry.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.entry.is_empty()
    }

    /// Adds a trial.
    pub fn push(&mut self, entry: usize, nodes: &[u32], drawn: usize) {
        if self.at.is_empty() {
            self.at.push(0);
        }
        self.entry.push(entry);
        self.nodes.extend_from_slice(nodes);
        self.at.push(self.nodes.len() as u32);
        self.drawn.push(drawn as u32);
    }

    /// Trial `i`: the nodes it reached, and how many of them (from the first) had their edges
    /// drawn.
    pub fn trial(&self, i: usize) -> (&[u32], usize) {
        let (a, z) = (self.at[i] as usize, self.at[i + 1] as usize);
        (&self.nodes[a..z], self.drawn[i] as usize)
    }

    /// Removes every trial.
    pub fn clear(&mut self) {
        self.entry.clear();
        self.at.clear();
        self.drawn.clear();
        self.nodes.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const EIGHT: Limit = Limit {
        nodes: 8,
        edges: 256,
    };

    /// A net over `n` nodes with `edges` (from, to, p), link-direction = position.
    fn net(n: usize, edges: &[(usize, usize, f64)]) -> (Net, Vec<Prob>) {
        let nodes: Vec<usize> = (0..n).collect();
        let dirs = edges.iter().enumerate().map(|(d, &(a, b, _))| (a, b, d));
        let probs = edges.iter().map(|e| Prob::new(e.2)).collect();
        (Net::new(n, &nodes, dirs), probs)
    }

    /// A chain 0 → 1 → … → 19 of certain edges, and an impossible edge 0 → 19.
    fn chain() -> (Net, Vec<Prob>) {
        let mut edges: Vec<(usize, usize, f64)> = (0..19).map(|i| (i, i + 1, 1.0)).collect();
        edges.push((0, 19, 0.0));
        net(20, &edges)
    }

    #[test]
    fn a_walk_stops_between_nodes_once_past_the_limit() {
        let (net, probs) = chain();
        let mut scout = Scout::new(&net, &probs);
        let mut rng = Stream::new(1, 0);
        let mut out = vec![99];
        // Each node left brings in the next: after leaving 7, nine nodes are reached.
        let drawn = scout.walk(net.local[0], &mut rng, EIGHT, &mut out);
        let globals: Vec<usize> = out[1..].iter().map(|&v| net.nodes[v as usize]).collect();
        assert_eq!(globals, (0..=8).collect::<Vec<_>>());
        assert_eq!(drawn, 8);
        // From 15 the chain ends within the limit: every node reached is left.
        out.clear();
        let drawn = scout.walk(net.local[15], &mut rng, EIGHT, &mut out);
        assert_eq!((out.len(), drawn), (5, 5));
    }

    #[test]
    fn the_node_limit_counts_nodes_reached_not_nodes_left() {
        // A star: leaving the centre reaches nine leaves at once, and the walk stops there.
        let (net, probs) = net(10, &(1..10).map(|i| (0, i, 1.0)).collect::<Vec<_>>());
        let mut scout = Scout::new(&net, &probs);
        let mut out = Vec::new();
        let drawn = scout.walk(net.local[0], &mut Stream::new(3, 0), EIGHT, &mut out);
        assert_eq!((out.len(), drawn), (10, 1));
    }

    #[test]
    fn a_node_whose_edges_would_pass_the_edge_limit_is_not_left() {
        // Node 0 has 300 unlikely edges, node 1 leads to it; the limit is 256 edges.
        let mut edges: Vec<(usize, usize, f64)> = (2..302).map(|i| (0, i, 0.001)).collect();
        edges.push((1, 0, 1.0));
        let (net, probs) = net(302, &edges);
        let mut scout = Scout::new(&net, &probs);
        let (mut rng, mut out) = (Stream::new(4, 0), Vec::new());
        assert_eq!(scout.walk(net.local[0], &mut rng, EIGHT, &mut out), 0);
        assert_eq!(out, vec![net.local[0]]);
        out.clear();
        // From 1: its one edge is drawn, then node 0 is reached but not left.
        assert_eq!(scout.walk(net.local[1], &mut rng, EIGHT, &mut out), 1);
        assert_eq!(out.len(), 2);
        // With room for 301 edges, node 0 is left too (and the few leaves it reaches).
        let roomy = Limit {
            nodes: 8,
            edges: 301,
        };
        out.clear();
        let drawn = scout.walk(net.local[1], &mut rng, roomy, &mut out);
        assert!(drawn >= 2 && drawn == out.len(), "{drawn} of {out:?}");
    }

    #[test]
    fn walks_do_not_see_each_others_nodes_even_when_their_count_wraps() {
        let (net, probs) = chain();
        let mut scout = Scout::new(&net, &probs);
        let mut rng = Stream::new(2, 0);
        let mut out = Vec::new();
        let far = Limit {
            nodes: 100,
            edges: 1000,
        };
        scout.walk(net.local[12], &mut rng, far, &mut out);
        scout.walk = u32::MAX;
        out.clear();
        // Nodes 12… were seen by the walk before; this one must reach them again.
        assert_eq!(scout.walk(net.local[10], &mut rng, far, &mut out), 10);
    }

    #[test]
    fn a_batch_gives_back_its_trials() {
        let mut b = Batch::default();
        b.push(3, &[5, 6, 7], 1);
        b.push(0, &[2], 1);
        assert_eq!(
            (b.len(), b.trial(0), b.trial(1)),
            (2, (&[5, 6, 7][..], 1), (&[2][..], 1))
        );
        assert_eq!(b.entry, vec![3, 0]);
        b.clear();
        assert!(b.is_empty());
        b.push(1, &[4], 1);
        assert_eq!(b.trial(0), (&[4][..], 1));
    }
}
