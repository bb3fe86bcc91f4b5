//! Simple ownership paths that end at a target, walked upward depth first with an explicit stack
//! (a 10,000-long chain must not overflow the stack) and a work budget (paths multiply in dense
//! groups). Explanations list the main paths behind a figure; the weakest-link lens adds up the
//! paths whose every link meets its threshold.

use std::collections::HashSet;

use crate::engine::graph::{Edge, Net};

/// Most path extensions one walk may make before it stops (and says so).
pub const BUDGET: usize = 20_000;

/// Calls `visit(path)` for every simple path into `t` whose every step `keep` accepts; `path[0]`
/// is the holding into `t` and `path.last().other` the path's top holder. `keep(edge, path so far)`
/// also prunes: a rejected step is not extended. Returns whether every path was walked before
/// the budget ran out, and the steps spent.
pub fn upward(
    net: &Net,
    t: usize,
    budget: usize,
    mut keep: impl FnMut(&Edge, &[Edge]) -> bool,
    mut visit: impl FnMut(&[Edge]),
) -> (bool, usize) {
    let mut on_path: HashSet<usize> = HashSet::from([t]);
    let mut path: Vec<Edge> = Vec::new();
    // Per depth: the node whose holders are being tried and the next holder to try.
    let mut stack: Vec<(usize, usize)> = vec![(t, 0)];
    let mut spent = 0;
    while let Some(top) = stack.last_mut() {
        let (node, next) = *top;
        let Some(e) = net.holders.get(node).and_then(|hs| hs.get(next)) else {
            stack.pop();
            if let Some(e) = path.pop() {
                on_path.remove(&e.other);
            }
            continue;
        };
        top.1 += 1;
        if on_path.contains(&e.other) || !keep(e, &path) {
            continue;
        }
        spent += 1;
        if spent > budget {
            return (false, budget);
        }
        path.push(*e);
        on_path.insert(e.other);
        visit(&path);
        stack.push((e.other, 0));
    }
    (true, spent)
}

/// Product of the equity fractions along a path.
pub fn product(path: &[Edge]) -> f64 {
    path.iter().map(|e| e.equity).product()
}

/// Smallest voting fraction along a path (the weakest link).
pub fn weakest(path: &[Edge]) -> f64 {
    path.iter().map(|e| e.votes).fold(f64::INFINITY, f64::min)
}

/// Ids of a path from its top holder down to the target.
pub fn ids(net: &Net, t: usize, path: &[Edge]) -> Vec<String> {
    let mut out: Vec<String> = path
        .iter()
        .rev()
        .map(|e| net.ids[e.other].clone())
        .collect();
    out.push(net.ids[t].clone());
    out
}
