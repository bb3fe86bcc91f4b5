//! Putting the parts together: per-event reach and exposure are weighted sums over entries,
//! exact for enumerated and tree entries and estimated over the Monte Carlo lanes of the
//! sampled ones (lanes draw entries in proportion to weight, so the sampled part is their total
//! weight times a plain proportion, with standard error `W·sqrt(p(1−p)/n)`).

use super::entries::Entry;
use super::exact::Exact;
use super::plan::{Plan, tree_probabilities};
use super::reach::ReachPass;
use super::targets::Targets;

/// Exact results of a tree entry.
#[derive(Clone, Debug, Default)]
pub struct TreeExact {
    pub reach: Vec<(usize, f64)>,
    pub exposed: Vec<f64>,
}

/// Computes a tree entry's reach and exposure.
pub fn tree_exact(plan: &Plan, targets: &Targets, n: usize) -> Option<TreeExact> {
    let Plan::Tree { nodes, parent, p } = plan else {
        return None;
    };
    let (reach, exposed) = tree_probabilities(nodes, parent, p, &targets.sets, n);
    Some(TreeExact {
        reach: nodes.iter().copied().zip(reach).collect(),
        exposed,
    })
}

/// A probability with its standard error, and whether it is exact.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Estimate {
    pub p: f64,
    pub se: f64,
    pub exact: bool,
}

/// Per-event reach of every entity and exposure of every target set.
#[derive(Clone, Debug, Default)]
pub struct Combined {
    pub reach: Vec<Estimate>,
    pub exposed: Vec<Estimate>,
    /// Total weight of the entries without an exact method.
    pub sampled_weight: f64,
}

/// Weights the exact parts and the counted Monte Carlo lanes together.
pub fn combine(
    entries: &[Entry],
    exact: &[Option<Exact>],
    trees: &[Option<TreeExact>],
    pass: Option<&ReachPass>,
    n: usize,
    targets: usize,
) -> Combined {
    let mut reach = vec![0.0; n];
    let mut exposed = vec![0.0; targets];
    let mut sampled_weight = 0.0;
    for (k, e) in entries.iter().enumerate() {
        let (r, x) = match (&exact[k], &trees[k]) {
            (Some(ex), _) => (&ex.reach, &ex.exposed),
            (None, Some(t)) => (&t.reach, &t.exposed),
            _ => {
                sampled_weight += e.weight;
                continue;
            }
        };
        for &(v, p) in r {
            reach[v] += e.weight * p;
        }
        for (t, p) in x.iter().enumerate() {
            exposed[t] += e.weight * p;
        }
    }
    let sampled = |exact_part: f64, hits: u64| -> Estimate {
        match pass {
            Some(ps) if ps.counted_lanes > 0 && sampled_weight > 0.0 => {
                let n = ps.counted_lanes as f64;
                let q = hits as f64 / n;
                Estimate {
                    p: (exact_part + sampled_weight * q).min(1.0),
                    se: sampled_weight * (q * (1.0 - q) / n).sqrt(),
                    exact: false,
                }
            }
            _ => Estimate {
                p: exact_part.min(1.0),
                se: 0.0,
                exact: sampled_weight == 0.0,
            },
        }
    };
    Combined {
        reach: (0..n)
            .map(|v| sampled(reach[v], pass.map_or(0, |ps| ps.hits[v])))
            .collect(),
        exposed: (0..targets)
            .map(|t| sampled(exposed[t], pass.map_or(0, |ps| ps.exposed_hits[t])))
            .collect(),
        sampled_weight,
    }
}
