//! The economic lens: ultimate ownership `U = F (I - A)^-1` (each target's outside holders add up
//! to 100 %) and integrated ownership `W = (I - A)^-1 A` (with indirect self-ownership).
//!
//! One column of `(I - A)^-1` per target: `x = e_T + A x`, so `x_k` (how much of T entity k holds
//! directly and indirectly, plus 1 for T itself) depends only on the entities k holds. We walk the
//! strongly connected components of T's ancestors from T upward, solving inside each component
//! only ([`solve`]); an acyclic group costs one pass over the holdings of T's ancestors.

pub mod paths;
pub mod solve;
mod table;

pub use table::{IntegratedEntry, OwnershipPath, Ultimate, UltimateEntry, ownership_tables};

use petgraph::algo::kosaraju_scc;
use petgraph::graph::{DiGraph, NodeIndex};

use super::graph::{EPS, Net};

/// The condensation of the ownership graph, computed once per network and shared by all queries.
#[derive(Clone, Debug)]
pub struct Condensed {
    /// Per entity: its component's rank; a holder's rank is never below its target's.
    pub rank: Vec<usize>,
    /// Per component: its size.
    pub size: Vec<usize>,
    /// Entities by rank, downstream first.
    pub order: Vec<usize>,
    /// Per rank: where its entities start in `order`.
    pub start: Vec<usize>,
    /// Per edge of `net.held`: the rank of its target (read in line with the edges).
    pub held_rank: Vec<usize>,
}

impl Condensed {
    /// Condenses the network's strongly connected components (petgraph's Kosaraju, which is
    /// iterative: a 100,000-long chain does not overflow the stack, in wasm either).
    pub fn new(net: &Net) -> Condensed {
        let n = net.len();
        let edges = net.held.edges.len();
        let mut g = DiGraph::<(), ()>::with_capacity(n, edges);
        for _ in 0..n {
            g.add_node(());
        }
        for (a, es) in net.held.iter().enumerate() {
            for e in es {
                g.add_edge(NodeIndex::new(a), NodeIndex::new(e.other), ());
            }
        }
        // Kosaraju lists components in reverse topological order: targets before holders.
        let sccs = kosaraju_scc(&g);
        let mut rank = vec![0; n];
        let mut size = Vec::with_capacity(sccs.len());
        let mut order = Vec::with_capacity(n);
        let mut start = Vec::with_capacity(sccs.len());
        for (r, c) in sccs.iter().enumerate() {
            size.push(c.len());
            start.push(order.len());
            for v in c {
                rank[v.index()] = r;
                order.push(v.index());
            }
        }
        let held_rank = net.held.edges.iter().map(|e| rank[e.other]).collect();
        Condensed {
            rank,
            size,
            order,
            start,
            held_rank,
        }
    }
}

/// Scratch space reused across queries: marks by generation, so nothing is cleared per query.
#[derive(Clone, Debug, Default)]
pub struct Workspace {
    stamp: Vec<u32>,
    generation: u32,
    x: Vec<f64>,
    local: Vec<usize>,
}

impl Workspace {
    /// A workspace for a network of `n` entities.
    pub fn new(n: usize) -> Workspace {
        Workspace {
            stamp: vec![0; n],
            generation: 0,
            x: vec![0.0; n],
            local: vec![0; n],
        }
    }

    fn next(&mut self, n: usize) {
        if self.stamp.len() != n {
            *self = Workspace::new(n);
        }
        self.generation = self.generation.wrapping_add(1);
        if self.generation == 0 {
            self.stamp.iter_mut().for_each(|s| *s = 0);
            self.generation = 1;
        }
    }

    fn marked(&self, i: usize) -> bool {
        self.stamp[i] == self.generation
    }
}

/// One column of `(I - A)^-1`: every ancestor `k` of the target (and the target) with `x_k`.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    pub target: usize,
    /// `(k, x_k)`, target first, then upward.
    pub x: Vec<(usize, f64)>,
    /// False when a large component did not converge (reported as a warning).
    pub converged: bool,
}

impl Column {
    /// Ultimate shares: `(k, f_k x_k)` for every ancestor with an outside share; they add up to 1.
    pub fn ultimate<'a>(&'a self, net: &'a Net) -> impl Iterator<Item = (usize, f64)> + 'a {
        self.x
            .iter()
            .map(|&(k, x)| (k, net.float[k] * x))
            .filter(|&(_, u)| u > EPS)
    }

    /// Integrated ownership `W[k][T] = x_k - [k = T]`, including the target's own indirect share.
    pub fn integrated(&self) -> impl Iterator<Item = (usize, f64)> + '_ {
        self.x
            .iter()
            .map(|&(k, x)| (k, if k == self.target { x - 1.0 } else { x }))
            .filter(|&(_, w)| w > EPS)
    }
}

/// Solves the column of target `t`.
pub fn column(net: &Net, cond: &Condensed, ws: &mut Workspace, t: usize) -> Column {
    ws.next(net.len());
    // Ancestors of t, breadth first over holders, while they are few; when they are many, every
    // entity ranked at or above t is taken instead (non-ancestors then simply get x = 0), which
    // spares the breadth-first search and the sort on deep groups.
    let n = net.len();
    let mut anc = vec![t];
    ws.stamp[t] = ws.generation;
    let mut head = 0;
    let mut sweep = false;
    while head < anc.len() {
        if anc.len() * 8 > n {
            sweep = true;
            break;
        }
        let k = anc[head];
        head += 1;
        for e in &net.holders[k] {
            if !ws.marked(e.other) {
                ws.stamp[e.other] = ws.generation;
                anc.push(e.other);
            }
        }
    }
    if sweep {
        let from = cond.start.get(cond.rank[t]).copied().unwrap_or(0);
        anc = cond.order[from..].to_vec();
        for &k in &anc {
            ws.stamp[k] = ws.generation;
        }
    } else {
        // Downstream components first; members of one component end up next to each other.
        anc.sort_unstable_by_key(|&k| cond.rank[k]);
    }
    let mut converged = true;
    let mut start = 0;
    while start < anc.len() {
        let r = cond.rank[anc[start]];
        let mut end = start + 1;
        while end < anc.len() && cond.rank[anc[end]] == r {
            end += 1;
        }
        let group = &anc[start..end];
        if group.len() == 1 {
            let k = group[0];
            ws.x[k] = outside_part(net, ws, k, t, r, cond, sweep);
        } else {
            converged &= component(net, cond, ws, group, t, r, sweep);
        }
        start = end;
    }
    let x = anc
        .iter()
        .map(|&k| (k, ws.x[k]))
        .filter(|&(k, x)| k == t || x > 0.0)
        .collect();
    Column {
        target: t,
        x,
        converged,
    }
}

/// `[k = t] + Σ A[k][j] x_j` over the ancestors j that k holds outside its own component. In a
/// sweep every entity ranked at or above t counts (the others are not ancestors), so the rank
/// read in line with the edges decides without touching the marks.
fn outside_part(
    net: &Net,
    ws: &Workspace,
    k: usize,
    t: usize,
    r: usize,
    c: &Condensed,
    sweep: bool,
) -> f64 {
    let mut v = if k == t { 1.0 } else { 0.0 };
    let rt = c.rank[t];
    let (a, b) = (net.held.start[k], net.held.start[k + 1]);
    let ranks = &c.held_rank[a..b];
    for (e, &rj) in net.held.edges[a..b].iter().zip(ranks) {
        if rj != r && rj >= rt && (sweep || ws.marked(e.other)) {
            v += e.equity * ws.x[e.other];
        }
    }
    v
}

fn component(
    net: &Net,
    c: &Condensed,
    ws: &mut Workspace,
    g: &[usize],
    t: usize,
    r: usize,
    sweep: bool,
) -> bool {
    for (l, &k) in g.iter().enumerate() {
        ws.local[k] = l;
    }
    let b: Vec<f64> = g
        .iter()
        .map(|&k| outside_part(net, ws, k, t, r, c, sweep))
        .collect();
    let rows: solve::Rows = g
        .iter()
        .map(|&k| {
            net.held[k]
                .iter()
                .filter(|e| ws.marked(e.other) && c.rank[e.other] == r)
                .map(|e| (ws.local[e.other], e.equity))
                .collect()
        })
        .collect();
    let mut x = vec![0.0; g.len()];
    let ok = solve::solve(&rows, &b, &mut x);
    for (l, &k) in g.iter().enumerate() {
        ws.x[k] = x[l];
    }
    ok
}
