//! Ultimate and integrated ownership of every entity, with `[low, high]` intervals when holdings
//! carry `range` bands, and the main paths behind each figure so the UI can say why.

use serde::Serialize;
use std::collections::{HashMap, HashSet};

use super::{Column, Condensed, Workspace, column, paths};
use crate::engine::explain::{pct, round9};
use crate::engine::graph::{Band, Net};
use crate::model::Scenario;

/// One path behind an ownership figure: ids from the top holder down to the target, and its
/// product in percent (times the unrecorded share for a `float:E` holder).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct OwnershipPath {
    pub ids: Vec<String>,
    pub percent: f64,
}

/// One ultimate holder of a target.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct UltimateEntry {
    /// A root entity's id or `float:E`.
    pub holder: String,
    /// The entity behind the key (itself for a root, E for `float:E`).
    pub entity: String,
    pub percent: f64,
    /// `[low, high]` when some holding has a `range` band.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<[f64; 2]>,
    /// The largest paths (at most three), largest first.
    pub paths: Vec<OwnershipPath>,
    pub sentence: String,
}

/// One integrated holder of a target: `W[holder][target]`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct IntegratedEntry {
    pub holder: String,
    pub percent: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub interval: Option<[f64; 2]>,
}

/// The economic lens of one target.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Ultimate {
    pub target: String,
    /// Ultimate holders, largest first; their percents add up to 100.
    pub ultimate: Vec<UltimateEntry>,
    /// Integrated holders (including the target's own indirect self-ownership), largest first.
    pub integrated: Vec<IntegratedEntry>,
    /// False when a very large ownership loop did not converge.
    pub converged: bool,
    /// Holders left off the two lists (each keeps the largest [`MAX_OWNERS`]).
    #[serde(skip_serializing_if = "is_zero")]
    pub left_off: usize,
    /// Percent of the target held ultimately by the holders left off `ultimate`.
    #[serde(skip_serializing_if = "is_zero_f")]
    pub rest_percent: f64,
}

fn is_zero(v: &usize) -> bool {
    *v == 0
}

fn is_zero_f(v: &f64) -> bool {
    *v == 0.0
}

/// The columns of one target under the point values and, with bands, under both band ends.
struct Columns {
    point: Column,
    bands: Option<(Column, Column)>,
}

/// The economic lens for every entity of a (valid) scenario, in entity order.
pub fn ownership_tables(s: &Scenario) -> Vec<Ultimate> {
    let net = Net::new(s, Band::Point);
    let cond = Condensed::new(&net);
    let bands = net
        .has_bands
        .then(|| (Net::new(s, Band::Low), Net::new(s, Band::High)));
    let mut ws = Workspace::new(net.len());
    (0..net.len())
        .map(|t| {
            let cols = Columns {
                point: column(&net, &cond, &mut ws, t),
                bands: bands
                    .as_ref()
                    .map(|(lo, hi)| (column(lo, &cond, &mut ws, t), column(hi, &cond, &mut ws, t))),
            };
            target_table(&net, bands.as_ref(), &cols, t)
        })
        .collect()
}

/// Most ultimate or integrated holders listed per target (the largest; the rest is summed up).
pub const MAX_OWNERS: usize = 200;

/// The largest `MAX_OWNERS` of `(entity, share)`, largest first (ties in entity order).
fn largest(mut v: Vec<(usize, f64)>) -> (Vec<(usize, f64)>, usize, f64) {
    v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    let rest: Vec<(usize, f64)> = v.split_off(v.len().min(MAX_OWNERS));
    (v, rest.len(), rest.iter().map(|r| r.1).sum())
}

fn target_table(net: &Net, nets: Option<&(Net, Net)>, c: &Columns, t: usize) -> Ultimate {
    let (kept, left_off, rest) = largest(c.point.ultimate(net).collect());
    let mut best = best_paths(net, t, &kept.iter().map(|k| k.0).collect());
    // Intervals look x up by entity; one map per band end instead of a scan per holder.
    let band_x = c.bands.as_ref().map(|(cl, ch)| {
        let m = |c: &Column| c.x.iter().copied().collect::<HashMap<usize, f64>>();
        (m(cl), m(ch))
    });
    let x_of = |m: &HashMap<usize, f64>, k: usize| m.get(&k).copied().unwrap_or(0.0);
    let ultimate: Vec<UltimateEntry> = kept
        .into_iter()
        .map(|(k, u)| {
            // Roots keep f = 1, so only x moves; a float share shrinks as its holders grow.
            let interval = nets.zip(band_x.as_ref()).map(|((lo, hi), (cl, ch))| {
                let low = hi.float[k] * x_of(cl, k);
                let high = (lo.float[k] * x_of(ch, k)).min(1.0);
                [round9(low * 100.0), round9(high * 100.0)]
            });
            let paths = best.remove(&k).unwrap_or_default();
            let sentence = sentence(net, t, k, u, &paths);
            UltimateEntry {
                holder: net.outside_key(k),
                entity: net.ids[k].clone(),
                percent: round9(u * 100.0),
                interval,
                paths,
                sentence,
            }
        })
        .collect();
    let (kept_w, w_left, _) = largest(c.point.integrated().collect());
    let integrated: Vec<IntegratedEntry> = kept_w
        .into_iter()
        .map(|(k, w)| {
            let self_part = if k == t { 1.0 } else { 0.0 };
            let interval = band_x.as_ref().map(|(cl, ch)| {
                let low = x_of(cl, k) - self_part;
                let high = x_of(ch, k) - self_part;
                [round9(low.max(0.0) * 100.0), round9(high * 100.0)]
            });
            IntegratedEntry {
                holder: net.ids[k].clone(),
                percent: round9(w * 100.0),
                interval,
            }
        })
        .collect();
    Ultimate {
        target: net.ids[t].clone(),
        ultimate,
        integrated,
        converged: c.point.converged,
        left_off: left_off + w_left,
        rest_percent: round9(rest * 100.0),
    }
}

/// Path steps spent per target on explanations.
const EXPLAIN_BUDGET: usize = 5_000;

/// The three largest paths from each ancestor to `t`, weighted by the ancestor's float.
fn best_paths(net: &Net, t: usize, wanted: &HashSet<usize>) -> HashMap<usize, Vec<OwnershipPath>> {
    let mut best: HashMap<usize, Vec<OwnershipPath>> = HashMap::new();
    if net.float[t] > 0.0 {
        best.entry(t).or_default().push(OwnershipPath {
            ids: vec![net.ids[t].clone()],
            percent: round9(net.float[t] * 100.0),
        });
    }
    // Paths under 0.01 % are not worth showing and would make dense groups explode.
    let keep = |e: &crate::engine::graph::Edge, p: &[crate::engine::graph::Edge]| {
        paths::product(p) * e.equity >= 1e-4
    };
    // Huge scenarios get shorter explanations, so the report stays linear in practice.
    let budget = if net.len() > 2_000 {
        EXPLAIN_BUDGET / 25
    } else {
        EXPLAIN_BUDGET
    };
    paths::upward(net, t, budget, keep, |p| {
        let Some(top) = p.last().map(|e| e.other).filter(|k| wanted.contains(k)) else {
            return;
        };
        let v = paths::product(p) * net.float[top];
        if v <= 1e-6 {
            return;
        }
        let list = best.entry(top).or_default();
        list.push(OwnershipPath {
            ids: paths::ids(net, t, p),
            percent: round9(v * 100.0),
        });
        list.sort_by(|a, b| b.percent.total_cmp(&a.percent));
        list.truncate(3);
    });
    best
}

fn sentence(net: &Net, t: usize, k: usize, u: f64, paths: &[OwnershipPath]) -> String {
    let target = &net.ids[t];
    if k == t && net.is_root(t) {
        return format!("{target} has no recorded holders: it is its own ultimate owner");
    }
    let who = if net.is_root(k) {
        net.ids[k].clone()
    } else {
        format!("the unrecorded holders of {}", net.ids[k])
    };
    let via = match paths.first() {
        Some(p) if p.ids.len() > 1 => format!(
            ", mainly through {} ({} %)",
            p.ids.join(" → "),
            pct(p.percent)
        ),
        _ => String::new(),
    };
    format!(
        "{who} ultimately own{} {} % of {target}{via}",
        if net.is_root(k) { "s" } else { "" },
        pct(u * 100.0)
    )
}
