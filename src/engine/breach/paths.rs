//! The breach path the network diagram highlights: for each entity, the most probable single
//! path from an entry, i.e. the one maximising `share of the entry × Π p` over noisy-OR pairs
//! (Dijkstra on `−ln p`). Ties go to the lower entity index, so the answer is deterministic.

use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap};

use super::graph::Graph;
use super::results::{BreachPath, Step};
use crate::model::Scenario;

#[derive(Clone, Copy, PartialEq)]
struct Cost(f64);

impl Eq for Cost {}
impl PartialOrd for Cost {
    fn partial_cmp(&self, o: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for Cost {
    fn cmp(&self, o: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&o.0)
    }
}

/// For every entity reachable from `entries` (entity index, share of events), its most probable
/// path; entries themselves get an empty path.
pub fn most_probable(
    s: &Scenario,
    g: &Graph,
    entries: &[(usize, f64)],
) -> BTreeMap<String, BreachPath> {
    let mut cost = vec![f64::INFINITY; g.n];
    let mut via: Vec<Option<usize>> = vec![None; g.n];
    let mut origin = vec![usize::MAX; g.n];
    let mut heap = BinaryHeap::new();
    for &(e, share) in entries {
        if share > 0.0 {
            let c = -libm::log(share);
            if c < cost[e] {
                cost[e] = c;
                origin[e] = e;
                heap.push(Reverse((Cost(c), e)));
            }
        }
    }
    let mut out_pairs = vec![Vec::new(); g.n];
    for (i, pair) in g.pairs.iter().enumerate() {
        out_pairs[pair.from].push(i);
    }
    while let Some(Reverse((Cost(c), u))) = heap.pop() {
        if c > cost[u] {
            continue;
        }
        for &k in &out_pairs[u] {
            let pair = &g.pairs[k];
            let next = c - libm::log(pair.p);
            if next < cost[pair.to]
                || (next == cost[pair.to] && via[pair.to].is_some_and(|v| g.pairs[v].from > u))
            {
                cost[pair.to] = next;
                via[pair.to] = Some(k);
                origin[pair.to] = origin[u];
                heap.push(Reverse((Cost(next), pair.to)));
            }
        }
    }
    let mut paths = BTreeMap::new();
    for v in 0..g.n {
        if !cost[v].is_finite() {
            continue;
        }
        let mut steps = Vec::new();
        let mut at = v;
        while let Some(k) = via[at] {
            let pair = &g.pairs[k];
            let mut links: Vec<usize> = pair.dirs.iter().map(|&d| g.dirs[d].link).collect();
            links.dedup();
            steps.push(Step {
                from: s.entities[pair.from].id.clone(),
                to: s.entities[pair.to].id.clone(),
                p: pair.p,
                links,
            });
            at = pair.from;
            if steps.len() > g.n {
                break;
            }
        }
        steps.reverse();
        let p = steps.iter().map(|st| st.p).product();
        paths.insert(
            s.entities[v].id.clone(),
            BreachPath {
                entry: s.entities[origin[v]].id.clone(),
                p,
                steps,
            },
        );
    }
    paths
}
