//! The weakest-link lens (La Porta et al. 1999; Claessens, Djankov & Lang 2000; Faccio & Lang
//! 2002): along a chain, control is its weakest link and cash flow the product of its links; a
//! holder's control of a target adds up the chains whose every link meets the threshold
//! (`settings.weakest_link`, 20 or 10 %).

use serde::Serialize;
use std::collections::HashMap;

use crate::engine::explain::{at_least, round9};
use crate::engine::graph::Net;
use crate::engine::ownership::paths;

/// One holder of a target under the weakest-link lens.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct WeakestLink {
    pub holder: String,
    /// Sum over qualifying chains of their weakest link, in percent.
    pub control: f64,
    /// Sum over the same chains of their products, in percent.
    pub cash_flow: f64,
    /// Whether `control` meets the threshold.
    pub meets: bool,
    pub chains: usize,
    /// The chain with the strongest weakest link (ids, holder first).
    pub best: Vec<String>,
}

/// Weakest-link figures of every holder of `t`, largest control first; also whether every chain
/// was walked within `budget` path steps (false when it ran out) and the steps spent.
pub fn weakest_links(
    net: &Net,
    t: usize,
    threshold: f64,
    budget: usize,
) -> (Vec<WeakestLink>, bool, usize) {
    let mut acc: Vec<(usize, f64, f64, usize, f64, Vec<String>)> = Vec::new();
    let mut row_of: HashMap<usize, usize> = HashMap::new();
    let (complete, spent) = paths::upward(
        net,
        t,
        budget,
        |e, _| e.votes > 0.0 && at_least(e.votes, threshold),
        |p| {
            let Some(top) = p.last().map(|e| e.other) else {
                return;
            };
            let (w, c) = (paths::weakest(p), paths::product(p));
            let i = *row_of.entry(top).or_insert_with(|| {
                acc.push((top, 0.0, 0.0, 0, -1.0, Vec::new()));
                acc.len() - 1
            });
            let row = &mut acc[i];
            row.1 += w;
            row.2 += c;
            row.3 += 1;
            if w > row.4 {
                row.4 = w;
                row.5 = paths::ids(net, t, p);
            }
        },
    );
    let mut out: Vec<WeakestLink> = acc
        .into_iter()
        .map(|(h, w, c, k, _, best)| WeakestLink {
            holder: net.ids[h].clone(),
            control: round9((w * 100.0).min(100.0)),
            cash_flow: round9(c * 100.0),
            meets: at_least(w, threshold),
            chains: k,
            best,
        })
        .collect();
    out.sort_by(|a, b| {
        b.control
            .total_cmp(&a.control)
            .then_with(|| a.holder.cmp(&b.holder))
    });
    (out, complete, spent)
}
