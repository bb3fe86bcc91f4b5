//! Where breach events start and how each start is computed. With threats, entries are the
//! threats' entities weighted by rate (several threats on one entity add up); without a threat
//! whose rate is above 0, every entity is an equally likely entry and results are conditional.
//! Each entry gets its [`Plan`]; exact work is budgeted so that thousands of entries (blast
//! radius takes every entity) cannot add up to minutes.

use std::collections::HashMap;

use super::graph::Graph;
use super::plan::{Plan, plan};
use super::results::Basis;
use crate::model::Scenario;

/// Work allowed for planning and exact enumeration in one analysis.
#[derive(Clone, Copy, Debug)]
pub struct Budget {
    /// Enumeration work (in the units of [`super::plan::MAX_EXACT_WORK`]).
    pub exact: u64,
    /// Link-directions visited while planning.
    pub visits: u64,
}

impl Default for Budget {
    fn default() -> Self {
        Budget {
            exact: 200_000_000,
            visits: 50_000_000,
        }
    }
}

/// One entry and how it is computed.
#[derive(Clone, Debug)]
pub struct Entry {
    /// Entity index.
    pub id: usize,
    /// Probability that an event starts here (weights add up to 1).
    pub weight: f64,
    /// Expected initial compromises a year here (0 on the every-entity basis).
    pub rate: f64,
    pub plan: Plan,
}

/// The entries of a scenario, its basis and its events per year.
pub fn entries(
    s: &Scenario,
    g: &Graph,
    targets: usize,
    budget: &mut Budget,
) -> (Basis, Vec<Entry>, f64) {
    let index: HashMap<&str, usize> = s
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    let mut rates: Vec<(usize, f64)> = Vec::new();
    for t in &s.threats {
        let Some(&i) = index.get(t.entry.as_str()) else {
            continue;
        };
        if t.rate > 0.0 && t.rate.is_finite() {
            match rates.iter_mut().find(|r| r.0 == i) {
                Some(r) => r.1 += t.rate,
                None => rates.push((i, t.rate)),
            }
        }
    }
    let lambda: f64 = rates.iter().map(|r| r.1).sum();
    let (basis, list) = if lambda > 0.0 {
        (Basis::Threats, rates)
    } else {
        (Basis::EveryEntity, (0..g.n).map(|i| (i, 0.0)).collect())
    };
    let n = list.len() as f64;
    let out = list
        .into_iter()
        .map(|(id, rate)| Entry {
            id,
            weight: if lambda > 0.0 { rate / lambda } else { 1.0 / n },
            rate,
            plan: budgeted(g, id, targets, budget),
        })
        .collect();
    (basis, out, lambda)
}

/// The plan for `entry`, falling back to Monte Carlo once the exact budget is spent.
pub fn budgeted(g: &Graph, entry: usize, targets: usize, budget: &mut Budget) -> Plan {
    let limit = usize::try_from(budget.visits).unwrap_or(usize::MAX);
    let (p, visited) = plan(g, entry, targets, limit);
    budget.visits = budget.visits.saturating_sub(visited as u64 + 1);
    if let Plan::Enumerate {
        uncertain,
        dirs,
        nodes,
    } = &p
    {
        let words = 1u64 << uncertain.len().saturating_sub(6);
        let work = words * (dirs.len() + nodes.len() + targets + 1) as u64;
        if work > budget.exact {
            return Plan::Sample;
        }
        budget.exact -= work;
    }
    p
}
