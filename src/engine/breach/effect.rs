//! From gathered sums ([`super::spread::Acc`]) to effects: how fast the expected records and
//! loss per event move with one link-direction's probability, and how far they fall when a
//! link is cut, each with its standard error (0 when the sums are exact).

use serde::Serialize;

use super::lanes::Mom;
use super::spread::{Acc, Spec};

/// A change in expected records and loss per event, with standard errors.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Effect {
    pub records: f64,
    pub records_se: f64,
    pub loss: f64,
    pub loss_se: f64,
}

impl Effect {
    /// `self · k` (standard errors scale by `|k|`).
    pub fn scaled(self, k: f64) -> Effect {
        Effect {
            records: self.records * k,
            records_se: self.records_se * k.abs(),
            loss: self.loss * k,
            loss_se: self.loss_se * k.abs(),
        }
    }

    /// Sum of independent effects.
    pub fn plus(self, o: Effect) -> Effect {
        Effect {
            records: self.records + o.records,
            records_se: self.records_se.hypot(o.records_se),
            loss: self.loss + o.loss,
            loss_se: self.loss_se.hypot(o.loss_se),
        }
    }
}

/// `factor·P(T)·(m_a − m_b)`, where the lanes of `a` and `b` make up `T` and `total` is the
/// weight of all lanes. Its standard error (delta method) counts the noise of both means and
/// of `P(T)` itself.
fn contrast(a: &Mom, b: &Mom, total: f64, factor: f64, exact: bool) -> Effect {
    let reached = (a.w + b.w) / total;
    let (ar, al) = a.means();
    let (br, bl) = b.means();
    let share_var = reached * (1.0 - reached) / total;
    if a.w <= 0.0 || b.w <= 0.0 {
        // One side was never seen: no estimate; the scale of the values bounds the error.
        let both = a.plus(*b);
        let (vr, vl) = both.variances();
        let (mr, ml) = both.means();
        let bound = |v: f64, m: f64| factor.abs() * reached * (v + m * m).sqrt();
        return Effect {
            records: 0.0,
            records_se: if exact { 0.0 } else { bound(vr, mr) },
            loss: 0.0,
            loss_se: if exact { 0.0 } else { bound(vl, ml) },
        };
    }
    let (avr, avl) = a.variances();
    let (bvr, bvl) = b.variances();
    let se = |d: f64, va: f64, vb: f64| {
        if exact {
            0.0
        } else {
            factor.abs() * (d * d * share_var + reached * reached * (va / a.w + vb / b.w)).sqrt()
        }
    };
    Effect {
        records: factor * reached * (ar - br),
        records_se: se(ar - br, avr, bvr),
        loss: factor * reached * (al - bl),
        loss_se: se(al - bl, avl, bvl),
    }
}

/// Mean of a per-lane difference over all lanes, divided by `k`.
fn mean_diff(d: &Mom, total: f64, k: f64, exact: bool) -> Effect {
    if total <= 0.0 || k <= 0.0 {
        return Effect::default();
    }
    let (vr, vl) = d.variances();
    let se = |v: f64| if exact { 0.0 } else { (v / total).sqrt() / k };
    Effect {
        records: d.r / total / k,
        records_se: se(vr),
        loss: d.l / total / k,
        loss_se: se(vl),
    }
}

/// `dE[X]/dp` for link-direction `dir` (probability `p`), from one batch of sums.
pub fn slope(spec: &Spec, acc: &Acc, dir: usize, p: f64, exact: bool) -> Effect {
    let total = acc.all.w;
    if let Some(k) = spec.forced_off.iter().position(|&d| d == dir) {
        return mean_diff(&acc.forced_off[k], total, p, exact);
    }
    if let Some(k) = spec.forced_on.iter().position(|&d| d == dir) {
        return mean_diff(&acc.forced_on[k], total, 1.0 - p, exact);
    }
    match spec.dirs.iter().position(|&d| d == dir) {
        Some(k) if total > 0.0 && acc.on[k].w + acc.off[k].w > 0.0 => {
            contrast(&acc.on[k], &acc.off[k], total, 1.0, exact)
        }
        _ => Effect::default(),
    }
}

/// `E[X] − E[X | link cut]` for `link`, whose directions are all off with probability `q`.
pub fn fall(spec: &Spec, acc: &Acc, link: usize, q: f64, exact: bool) -> Effect {
    let total = acc.all.w;
    if let Some(k) = spec.forced_cut.iter().position(|&l| l == link) {
        return mean_diff(&acc.forced_cut[k], total, 1.0, exact);
    }
    match spec.links.iter().position(|&l| l == link) {
        Some(k) if total > 0.0 && acc.kept[k].w + acc.cut[k].w > 0.0 => {
            contrast(&acc.kept[k], &acc.cut[k], total, 1.0 - q, exact)
        }
        _ => Effect::default(),
    }
}
