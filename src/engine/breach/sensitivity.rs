//! The tornado: how ALE (`λ·E[L]`, no simulation noise) and expected records per event move
//! when one input moves −50 % and +50 %, everything else as entered.
//!
//! - A link-direction's probability: results are linear in it, so the move is the slope from
//!   [`super::spread`] times the change (probabilities stop at 1).
//! - A threat's rate: entries are re-weighted; each entry's own expected records and loss do
//!   not change.
//! - A category's cost range (both ends scaled, so its mean cost scales): only its share of
//!   ALE moves. Under DBIR 2015 cost ranges are not used and get no row.

use super::effect::Effect;
use super::entries::Entry;
use super::graph::Graph;
use super::results::{Input, SensitivityRow};
use super::targets::Targets;
use crate::model::Scenario;

/// What the rows are measured from.
pub struct Base {
    pub ale: Option<f64>,
    pub records: f64,
    pub lambda: f64,
}

/// Rows for every link-direction, given its slope `dE/dp` and whether that is exact.
pub fn link_rows(g: &Graph, base: &Base, slopes: &[(Effect, bool)]) -> Vec<SensitivityRow> {
    g.dirs
        .iter()
        .zip(slopes)
        .map(|(d, &(slope, exact))| {
            let (lo, hi) = (d.p * 0.5, (d.p * 1.5).min(1.0));
            let widest = (d.p - lo).max(hi - d.p);
            row(
                if d.back {
                    Input::LinkPBack
                } else {
                    Input::LinkP
                },
                d.link,
                (d.p, lo, hi),
                base,
                (slope.scaled(lo - d.p), slope.scaled(hi - d.p)),
                slope.scaled(widest),
                exact,
            )
        })
        .collect()
}

/// Rows for every threat with a rate above 0; `values[k]` are entry `k`'s expected records
/// and loss per event.
pub fn threat_rows(
    s: &Scenario,
    entries: &[Entry],
    values: &[(f64, f64)],
    base: &Base,
    exact: bool,
) -> Vec<SensitivityRow> {
    let at = |f: &dyn Fn(usize) -> f64| -> (f64, f64) {
        let mut lambda = 0.0;
        let (mut r, mut l) = (0.0, 0.0);
        for (k, v) in values.iter().enumerate().take(entries.len()) {
            let rate = f(k);
            lambda += rate;
            r += rate * v.0;
            l += rate * v.1;
        }
        (if lambda > 0.0 { r / lambda } else { 0.0 }, l)
    };
    let now = at(&|k| entries[k].rate);
    s.threats
        .iter()
        .enumerate()
        .filter(|(_, t)| t.rate > 0.0 && t.rate.is_finite())
        .filter_map(|(i, t)| {
            let k = entries
                .iter()
                .position(|e| s.entities[e.id].id == t.entry)?;
            let moved =
                |f: f64| at(&|j| entries[j].rate + if j == k { (f - 1.0) * t.rate } else { 0.0 });
            let (lo, hi) = (moved(0.5), moved(1.5));
            let effect = |m: (f64, f64)| Effect {
                records: m.0 - now.0,
                loss: (m.1 - now.1) / base.lambda.max(f64::MIN_POSITIVE),
                ..Effect::default()
            };
            Some(row(
                Input::ThreatRate,
                i,
                (t.rate, t.rate * 0.5, t.rate * 1.5),
                base,
                (effect(lo), effect(hi)),
                Effect::default(),
                exact,
            ))
        })
        .collect()
}

/// Rows for every category's cost range (per-record model only); `exposed[c]` is the
/// probability category `c` is exposed and whether that is exact.
pub fn cost_rows(
    targets: &Targets,
    base: &Base,
    exposed: &[(f64, f64, bool)],
) -> Vec<SensitivityRow> {
    if targets.dbir {
        return Vec::new();
    }
    (0..targets.amount.len())
        .filter(|&c| targets.amount[c] > 0.0)
        .map(|c| {
            let mean = targets.cost[c].mean();
            let (p, se, exact) = exposed[c];
            let per = |f: f64| Effect {
                loss: (f - 1.0) * targets.amount[c] * mean * p,
                loss_se: 0.5 * targets.amount[c] * mean * se,
                ..Effect::default()
            };
            row(
                Input::CostRange,
                c,
                (mean, mean * 0.5, mean * 1.5),
                base,
                (per(0.5), per(1.5)),
                per(1.5),
                exact,
            )
        })
        .collect()
}

/// One row: `moves` are the changes of records and per-event loss at the low and high value.
fn row(
    input: Input,
    index: usize,
    values: (f64, f64, f64),
    base: &Base,
    moves: (Effect, Effect),
    error: Effect,
    exact: bool,
) -> SensitivityRow {
    let ale = |m: &Effect| base.ale.map(|a| a + base.lambda * m.loss);
    SensitivityRow {
        input,
        index,
        value: values.0,
        low_value: values.1,
        high_value: values.2,
        ale_low: ale(&moves.0),
        ale_high: ale(&moves.1),
        records_low: base.records + moves.0.records,
        records_high: base.records + moves.1.records,
        ale_stderr: if base.ale.is_some() {
            base.lambda * error.loss_se
        } else {
            0.0
        },
        records_stderr: error.records_se,
        exact,
    }
}

/// Widest swing first (ALE when there is one, else records), then input order.
pub fn sort(rows: &mut [SensitivityRow]) {
    let swing = |r: &SensitivityRow| match (r.ale_low, r.ale_high) {
        (Some(a), Some(b)) => (b - a).abs(),
        _ => (r.records_high - r.records_low).abs(),
    };
    rows.sort_by(|a, b| {
        swing(b)
            .total_cmp(&swing(a))
            .then((a.input as u8).cmp(&(b.input as u8)))
            .then(a.index.cmp(&b.index))
    });
}
