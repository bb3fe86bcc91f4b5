//! How each entry is computed: **exactly** when the uncertain link-directions a breach from it
//! can meet are few (≤ 20: all 2^k states are enumerated, 64 at a time) or when what it can
//! reach is a tree (each reach probability is the product along the one path), otherwise by
//! **Monte Carlo**.

use std::collections::HashMap;

use super::graph::{Graph, noisy_or};

/// Most uncertain link-directions enumerated exactly (2^20 ≈ 10^6 states). Under the fuzzer
/// (`cfg(fuzzing)`, set by cargo-fuzz) 12: the same code, but a 20-direction entry with its link
/// effects takes about 0.4 s, and the fuzzer's mutations of the vendor-chain example keep finding
/// those, which held the report target to ~430 runs a second.
pub const MAX_EXACT_EDGES: usize = if cfg!(fuzzing) { 12 } else { 20 };

/// Most work (states/64 × (edges + nodes + target sets)) spent on one exact enumeration; above
/// it even 20 edges go to Monte Carlo (a few million word operations, a few ms).
pub const MAX_EXACT_WORK: u64 = 40_000_000;

/// The method for one entry.
#[derive(Clone, Debug, PartialEq)]
pub enum Plan {
    /// Enumerate every state of `uncertain` (the others in `dirs` are certain).
    Enumerate {
        nodes: Vec<usize>,
        dirs: Vec<usize>,
        uncertain: Vec<usize>,
    },
    /// A tree: `nodes` in breadth-first order from the entry, `parent[i]` the index in
    /// `nodes` of node i's parent (`usize::MAX` for the entry) and `p[i]` the noisy-OR
    /// probability of the pair from that parent.
    Tree {
        nodes: Vec<usize>,
        parent: Vec<usize>,
        p: Vec<f64>,
    },
    /// Monte Carlo.
    Sample,
}

impl Plan {
    /// Whether reach probabilities from this entry are exact.
    pub fn is_exact(&self) -> bool {
        !matches!(self, Plan::Sample)
    }
}

/// Most link-directions looked at to plan one entry; a larger reach is sampled.
pub const MAX_PLAN_DIRS: usize = 20_000;

/// Chooses the method for `entry`, given the number of target sets, looking at no more than
/// `limit` link-directions; also says how many it looked at. The search stops as soon as the
/// reach has both more than 20 uncertain directions and a node entered twice (no tree).
pub fn plan(g: &Graph, entry: usize, targets: usize, limit: usize) -> (Plan, usize) {
    let limit = limit.min(MAX_PLAN_DIRS);
    let mut pos: HashMap<usize, usize> = HashMap::new();
    pos.insert(entry, 0);
    let mut nodes = vec![entry];
    let mut parent = vec![usize::MAX];
    let mut hit = vec![0.0];
    let mut dirs = Vec::new();
    let mut uncertain = Vec::new();
    let mut tree = true;
    let mut k = 0;
    while k < nodes.len() {
        let u = nodes[k];
        for &d in &g.out[u] {
            dirs.push(d);
            let dir = &g.dirs[d];
            if dir.p < 1.0 {
                uncertain.push(d);
            }
            let b = *pos.entry(dir.to).or_insert_with(|| {
                nodes.push(dir.to);
                parent.push(usize::MAX);
                hit.push(0.0);
                nodes.len() - 1
            });
            if b == 0 || (parent[b] != usize::MAX && parent[b] != k) {
                tree = false;
            } else {
                parent[b] = k;
                hit[b] = noisy_or([hit[b], dir.p]);
            }
            if dirs.len() > limit || (!tree && uncertain.len() > MAX_EXACT_EDGES) {
                return (Plan::Sample, dirs.len());
            }
        }
        k += 1;
    }
    let visited = dirs.len();
    if uncertain.len() <= MAX_EXACT_EDGES {
        let words = 1u64 << uncertain.len().saturating_sub(6);
        let work = words * (dirs.len() + nodes.len() + targets + 1) as u64;
        if work <= MAX_EXACT_WORK {
            let plan = Plan::Enumerate {
                nodes,
                dirs,
                uncertain,
            };
            return (plan, visited);
        }
    }
    if tree {
        // Breadth-first order puts every parent before its children.
        return (
            Plan::Tree {
                nodes,
                parent,
                p: hit,
            },
            visited,
        );
    }
    (Plan::Sample, visited)
}

/// Exact reach and exposure on a tree plan: reach is the product of pair probabilities down
/// the path; a target set is missed when no member in the subtree is reached, which multiplies
/// over children: `miss(u) = 0` for a member, else `Π (1 − p + p·miss(child))`.
pub fn tree_probabilities(
    nodes: &[usize],
    parent: &[usize],
    p: &[f64],
    sets: &[Vec<usize>],
    n_global: usize,
) -> (Vec<f64>, Vec<f64>) {
    let mut reach = vec![0.0; nodes.len()];
    for i in 0..nodes.len() {
        reach[i] = if parent[i] == usize::MAX {
            1.0
        } else {
            reach[parent[i]] * p[i]
        };
    }
    let mut member = vec![false; n_global];
    let mut exposed = Vec::with_capacity(sets.len());
    for set in sets {
        for &v in set {
            member[v] = true;
        }
        let mut miss = vec![1.0; nodes.len()];
        for i in (0..nodes.len()).rev() {
            if member[nodes[i]] {
                miss[i] = 0.0;
            }
            if parent[i] != usize::MAX {
                miss[parent[i]] *= 1.0 - p[i] + p[i] * miss[i];
            }
        }
        exposed.push(if nodes.is_empty() { 0.0 } else { 1.0 - miss[0] });
        for &v in set {
            member[v] = false;
        }
    }
    (reach, exposed)
}
