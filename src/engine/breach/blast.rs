//! Blast radius: every entity taken as the entry of a breach (rate 1), with the expected
//! records and loss of that one event, worst first. Entities with an exact method are
//! enumerated (or multiplied down their tree); the rest come from the reverse sweeps of the
//! second Monte Carlo pass ([`super::full`]).

use super::combine::tree_exact;
use super::entries::{Budget, budgeted};
use super::exact::{self, Exact};
use super::full::{FullPass, batch_estimate};
use super::graph::Graph;
use super::plan::Plan;
use super::results::Blast;
use super::targets::Targets;
use super::{Cancelled, Ticker};
use crate::model::Scenario;

/// Each entity's plan as an entry: the entries' own plans where known.
pub fn plans(
    g: &Graph,
    targets: &Targets,
    known: &[(usize, &Plan)],
    budget: &mut Budget,
) -> Vec<Plan> {
    let mut out: Vec<Option<Plan>> = vec![None; g.n];
    for (id, p) in known {
        out[*id] = Some((*p).clone());
    }
    out.into_iter()
        .enumerate()
        .map(|(v, p)| p.unwrap_or_else(|| budgeted(g, v, targets.len(), budget)))
        .collect()
}

/// Entities whose blast radius needs the Monte Carlo pass: sampled ones, and tree ones under
/// DBIR 2015 (whose loss depends on the joint exposure).
pub fn sampled(plans: &[Plan], targets: &Targets) -> Vec<usize> {
    (0..plans.len())
        .filter(|&v| match plans[v] {
            Plan::Sample => true,
            Plan::Tree { .. } => targets.dbir,
            Plan::Enumerate { .. } => false,
        })
        .collect()
}

/// The blast radius list, worst first. `known` gives exact results already computed for some
/// entities; `sampled` lists the entities of `full.blast` in order.
#[allow(clippy::too_many_arguments)]
pub fn blast(
    s: &Scenario,
    g: &Graph,
    targets: &Targets,
    plans: &[Plan],
    known: &[(usize, &Exact)],
    sampled: &[usize],
    full: Option<&FullPass>,
    ticker: &mut Ticker,
) -> Result<Vec<Blast>, Cancelled> {
    let mut out = Vec::with_capacity(g.n);
    let mut slot = vec![usize::MAX; g.n];
    for (k, &v) in sampled.iter().enumerate() {
        slot[v] = k;
    }
    for v in 0..g.n {
        if v % 64 == 63 {
            ticker.tick(v as u64, g.n as u64)?;
        }
        let from_pass = || {
            let sums = full?.blast.get(slot[v])?;
            Some((
                batch_estimate(&sums.records, &sums.lanes),
                batch_estimate(&sums.loss, &sums.lanes),
            ))
        };
        let mut b = Blast {
            entry: s.entities[v].id.clone(),
            ..Blast::default()
        };
        match &plans[v] {
            Plan::Enumerate {
                nodes,
                dirs,
                uncertain,
            } => {
                let mom = match known.iter().find(|(id, _)| *id == v) {
                    Some((_, e)) => e.mom,
                    None => {
                        exact::enumerate(g, targets, v, nodes, dirs, uncertain, false, ticker)?.mom
                    }
                };
                (b.records_mean, b.loss_mean) = mom.means();
                b.exact = true;
            }
            plan @ Plan::Tree { .. } => {
                let t = tree_exact(plan, targets, g.n).unwrap_or_default();
                b.records_mean = (0..targets.len())
                    .map(|i| t.exposed[i] * targets.records[i])
                    .sum();
                b.loss_mean = (0..targets.len())
                    .map(|i| t.exposed[i] * targets.loss[i])
                    .sum();
                b.exact = !targets.dbir;
                if targets.dbir {
                    let ((_, _), (l, l_se)) = from_pass().unwrap_or_default();
                    (b.loss_mean, b.loss_stderr) = (l, l_se);
                }
            }
            Plan::Sample => {
                let ((r, r_se), (l, l_se)) = from_pass().unwrap_or_default();
                (b.records_mean, b.records_stderr, b.loss_mean, b.loss_stderr) = (r, r_se, l, l_se);
            }
        }
        out.push(b);
    }
    out.sort_by(|a, b| {
        b.loss_mean
            .total_cmp(&a.loss_mean)
            .then(b.records_mean.total_cmp(&a.records_mean))
            .then(a.entry.cmp(&b.entry))
    });
    Ok(out)
}
