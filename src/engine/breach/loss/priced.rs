//! The loss of one event given its pattern: per record, one lognormal cost draw per exposed
//! category (the records of one category in one breach share one cost), or DBIR 2015's
//! expected loss for the event's records. Exact mean and second moment per pattern, and the
//! exact distribution function where it has a closed form.

use std::f64::consts::LOG2_E;

use super::super::cost::LogNormal;
use super::super::events::{Events, has};
use super::super::targets::Targets;

/// How to draw each pattern's loss.
#[derive(Clone, Debug, Default)]
pub struct Priced {
    /// Per pattern: range of `amount`/`cost` (per-record model).
    start: Vec<u32>,
    amount: Vec<f64>,
    cost: Vec<LogNormal>,
    /// `(μ, σ) · log₂ e` of each cost: a draw is `2^(μ' + σ'·Z)` ([`super::exp2`]).
    log2: Vec<(f64, f64)>,
    /// Per pattern: the loss when it has no spread (DBIR 2015, or nothing exposed).
    fixed: Vec<f64>,
    /// Per pattern: `E[L]` and `E[L²]`.
    pub mean: Vec<f64>,
    pub second: Vec<f64>,
    /// Per pattern: the one category that carries its loss, when there is at most one.
    single: Vec<Option<usize>>,
    dbir: bool,
}

impl Priced {
    /// Prices every pattern of `events`.
    pub fn new(events: &Events, targets: &Targets) -> Priced {
        let mut p = Priced {
            dbir: targets.dbir,
            ..Priced::default()
        };
        for k in 0..events.pattern_count() as u32 {
            let key = events.pattern(k);
            p.start.push(p.amount.len() as u32);
            let (mut records, mut mean, mut var) = (0.0, 0.0, 0.0);
            let mut carriers = Vec::new();
            for t in (0..targets.len()).filter(|&t| has(key, t)) {
                for &c in &targets.cats[t] {
                    let (a, d) = (targets.amount[c], targets.cost[c]);
                    if a > 0.0 {
                        records += a;
                        p.amount.push(a);
                        p.cost.push(d);
                        p.log2.push((d.mu * LOG2_E, d.sigma * LOG2_E));
                        mean += a * d.mean();
                        var += a * a * (d.second_moment() - d.mean() * d.mean()).max(0.0);
                        carriers.push(c);
                    }
                }
            }
            if p.dbir {
                let l = targets.event_loss(records, 0.0);
                p.fixed.push(l);
                p.mean.push(l);
                p.second.push(l * l);
                p.single.push(None);
            } else {
                p.fixed.push(0.0);
                p.mean.push(mean);
                p.second.push(var + mean * mean);
                p.single.push(if carriers.len() == 1 {
                    Some(carriers[0])
                } else {
                    None
                });
            }
        }
        p.start.push(p.amount.len() as u32);
        p
    }

    /// `(μ, σ) · log₂ e` of each cost draw of pattern `k` (none under DBIR): a draw is
    /// `2^(μ' + σ'·Z)`, all of a block's raised at once ([`super::exp2::lognormal_all`]).
    #[inline]
    pub fn params(&self, k: usize) -> &[(f64, f64)] {
        if self.dbir {
            return &[];
        }
        &self.log2[self.start[k] as usize..self.start[k + 1] as usize]
    }

    /// The number of cost draws of pattern `k` (the length of [`Priced::params`]).
    #[inline]
    pub fn draws(&self, k: usize) -> usize {
        if self.dbir {
            0
        } else {
            (self.start[k + 1] - self.start[k]) as usize
        }
    }

    /// Pattern `k`'s loss given its cost draws per record (`2^x` of its exponents, in order).
    #[inline]
    pub fn total(&self, k: usize, costs: &[f64]) -> f64 {
        if self.dbir {
            return self.fixed[k];
        }
        let a = self.start[k] as usize;
        let amounts = &self.amount[a..a + costs.len()];
        amounts.iter().zip(costs).fold(0.0, |s, (a, c)| s + a * c)
    }

    /// `P(L ≤ x)` for every group of `events` together, when it has a closed form: DBIR's fixed
    /// losses, or per-record patterns exposing at most one priced category.
    pub fn exact_cdf(&self, events: &Events) -> Option<impl Fn(f64) -> f64 + '_> {
        if !self.dbir {
            for g in &events.groups {
                let k = g.pattern as usize;
                if self.start[k + 1] - self.start[k] > 1 {
                    return None;
                }
            }
        }
        // Aggregate: weight at fixed losses, and weight per carrying category (all its patterns
        // share one amount and one cost distribution).
        let mut fixed: Vec<(f64, f64)> = Vec::new();
        let mut carriers: Vec<(usize, usize, f64)> = Vec::new();
        for g in &events.groups {
            let k = g.pattern as usize;
            match (self.dbir, self.single[k]) {
                (false, Some(c)) => carriers.push((c, self.start[k] as usize, g.weight)),
                _ => fixed.push((self.fixed[k], g.weight)),
            }
        }
        carriers.sort_by_key(|c| c.0);
        let mut merged: Vec<(usize, usize, f64)> = Vec::new();
        for (c, i, w) in carriers {
            match merged.last_mut() {
                Some(last) if last.0 == c => last.2 += w,
                _ => merged.push((c, i, w)),
            }
        }
        let total: f64 = events.groups.iter().map(|g| g.weight).sum();
        Some(move |x: f64| {
            let mut f = 0.0;
            for &(v, w) in &fixed {
                if v <= x {
                    f += w;
                }
            }
            for &(_, i, w) in &merged {
                f += w * self.cost[i].cdf(x / self.amount[i]);
            }
            if total > 0.0 {
                (f / total).min(1.0)
            } else {
                1.0
            }
        })
    }
}
