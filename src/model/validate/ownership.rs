//! Rules that look at the ownership graph as a whole: what each target's holders add up to, and
//! closed loops (entities that own each other entirely, which have no ultimate owner).

use petgraph::algo::kosaraju_scc;
use petgraph::graph::DiGraph;
use std::collections::HashMap;

use crate::model::problem::{Problem, quote, show};
use crate::model::types::Scenario;

/// Sums within this of 100 count as 100 (decimal percents do not add up exactly in binary).
const EPS: f64 = 1e-9;

pub fn totals(s: &Scenario, out: &mut Vec<Problem>) {
    // target -> (equity sum, votes sum, index of its last holding)
    let mut sums: HashMap<&str, (f64, f64, usize)> = HashMap::new();
    for (i, h) in s.holdings.iter().enumerate() {
        if !h.percent.is_finite() || h.target.is_empty() {
            continue;
        }
        let e = sums.entry(h.target.as_str()).or_insert((0.0, 0.0, i));
        e.0 += h.percent;
        e.1 += if h.votes().is_finite() {
            h.votes()
        } else {
            0.0
        };
        e.2 = i;
    }
    let treasury_of: HashMap<&str, Option<f64>> = s
        .entities
        .iter()
        .map(|e| (e.id.as_str(), e.treasury_percent))
        .collect();
    let mut targets: Vec<_> = sums.into_iter().collect();
    targets.sort_by_key(|(_, (_, _, i))| *i);
    for (target, (equity, votes, last)) in targets {
        let treasury = treasury_of
            .get(target)
            .copied()
            .flatten()
            .filter(|t| t.is_finite())
            .unwrap_or(0.0);
        let with = if treasury > 0.0 {
            format!(" plus {} % treasury shares", show(treasury))
        } else {
            String::new()
        };
        if equity + treasury > 100.0 + EPS {
            out.push(Problem::error(
                format!("holdings[{last}].percent"),
                format!(
                    "the holders of {} add up to {} %{with}, above 100 %",
                    quote(target),
                    show(equity)
                ),
            ));
        } else if votes + treasury > 100.0 + EPS {
            out.push(Problem::error(
                format!("holdings[{last}].votes_percent"),
                format!(
                    "the votes in {} add up to {} %{with}, above 100 %",
                    quote(target),
                    show(votes)
                ),
            ));
        }
    }
}

pub fn closed_loops(s: &Scenario, out: &mut Vec<Problem>) {
    let index: HashMap<&str, usize> = s
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let mut g = DiGraph::<usize, usize>::with_capacity(s.entities.len(), s.holdings.len());
    let nodes: Vec<_> = (0..s.entities.len()).map(|i| g.add_node(i)).collect();
    for (k, h) in s.holdings.iter().enumerate() {
        if let (Some(&a), Some(&b)) = (index.get(h.holder.as_str()), index.get(h.target.as_str()))
            && a != b
            && h.percent.is_finite()
        {
            g.add_edge(nodes[a], nodes[b], k);
        }
    }
    // Holdings by target, so checking a loop costs its own holdings, not all of them.
    let mut held: HashMap<&str, Vec<usize>> = HashMap::new();
    for (k, h) in s.holdings.iter().enumerate() {
        held.entry(h.target.as_str()).or_default().push(k);
    }
    // Kosaraju's algorithm as petgraph writes it is iterative: a 100,000-long ownership chain
    // must not overflow the stack (Tarjan's is recursive there).
    let mut sccs = kosaraju_scc(&g);
    // Report loops in document order whatever order the algorithm finds them in.
    sccs.iter_mut().for_each(|c| c.sort_unstable());
    sccs.sort_unstable();
    for scc in sccs {
        if scc.len() < 2 {
            continue;
        }
        let members: Vec<usize> = scc.iter().map(|n| g[*n]).collect();
        let set: std::collections::HashSet<usize> = members.iter().copied().collect();
        let inside = |i: usize| set.contains(&i);
        // Closed when every member's economic shares are all held by other members.
        let closed = members.iter().all(|&m| {
            let e = &s.entities[m];
            let base = 100.0 - e.treasury_percent.filter(|t| t.is_finite()).unwrap_or(0.0);
            let held_inside: f64 = held
                .get(e.id.as_str())
                .into_iter()
                .flatten()
                .filter_map(|&k| s.holdings.get(k))
                .filter(|h| index.get(h.holder.as_str()).is_some_and(|&i| inside(i)))
                .map(|h| h.percent)
                .sum();
            held_inside >= base - EPS
        });
        if !closed {
            continue;
        }
        let mut sorted = members.clone();
        sorted.sort_unstable();
        let names: Vec<String> = sorted.iter().map(|&m| quote(&s.entities[m].id)).collect();
        let first = members
            .iter()
            .filter_map(|&m| held.get(s.entities[m].id.as_str()))
            .flatten()
            .copied()
            .filter(|&k| {
                s.holdings
                    .get(k)
                    .and_then(|h| index.get(h.holder.as_str()))
                    .is_some_and(|&i| inside(i))
            })
            .min()
            .unwrap_or(0);
        out.push(Problem::error(
            format!("holdings[{first}]"),
            format!(
                "closed ownership loop {}: every share of each is held inside the loop, so none has an \
                 ultimate owner; record who outside holds part of one of them",
                names.join(" ↔ ")
            ),
        ));
    }
}
