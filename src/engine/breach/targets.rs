//! What a breach can expose: data categories grouped by *target set* (holder plus processors:
//! a category is exposed when any of them is reached), with the records and money each target
//! set carries. A trial's exposure is then a bit per target set; categories sharing a target
//! set are always exposed together.

use std::collections::HashMap;

use super::cost::{LogNormal, dbir_2015};
use crate::model::{CostModel, Scenario};

/// Categories grouped by target set, with the values the engine adds up per trial.
#[derive(Clone, Debug, PartialEq)]
pub struct Targets {
    /// Entity indices of each target set (sorted, distinct).
    pub sets: Vec<Vec<usize>>,
    /// Categories (indices into `scenario.data`) of each target set.
    pub cats: Vec<Vec<usize>>,
    /// Target set of each category.
    pub of_category: Vec<usize>,
    /// Records exposed when the category is reached: `records × exposed_fraction`.
    pub amount: Vec<f64>,
    /// Cost of one record of each category.
    pub cost: Vec<LogNormal>,
    /// Records per target set (`Σ amount`).
    pub records: Vec<f64>,
    /// Expected per-record loss per target set (`Σ amount × mean cost`).
    pub loss: Vec<f64>,
    /// Whether the DBIR 2015 model prices events (else per record).
    pub dbir: bool,
}

impl Targets {
    /// Groups the scenario's categories (holders and processors naming unknown entities, which
    /// validation rules out, are dropped).
    pub fn new(s: &Scenario) -> Targets {
        let index: HashMap<&str, usize> = s
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i))
            .collect();
        let mut t = Targets {
            sets: Vec::new(),
            cats: Vec::new(),
            of_category: Vec::new(),
            amount: Vec::new(),
            cost: Vec::new(),
            records: Vec::new(),
            loss: Vec::new(),
            dbir: s.settings.cost_model == CostModel::Dbir2015,
        };
        let mut seen: HashMap<Vec<usize>, usize> = HashMap::new();
        for (c, d) in s.data.iter().enumerate() {
            let mut set: Vec<usize> = std::iter::once(&d.holder)
                .chain(&d.processors)
                .filter_map(|id| index.get(id.as_str()).copied())
                .collect();
            set.sort_unstable();
            set.dedup();
            let k = *seen.entry(set.clone()).or_insert_with(|| {
                t.sets.push(set);
                t.cats.push(Vec::new());
                t.sets.len() - 1
            });
            t.cats[k].push(c);
            t.of_category.push(k);
            let amount = finite(d.records) * finite(d.exposed()).clamp(0.0, 1.0);
            let cost = LogNormal::from_range(
                d.cost_per_record
                    .unwrap_or_else(|| s.settings.cost_for(d.class)),
            );
            t.amount.push(amount);
            t.cost.push(cost);
        }
        t.records = t
            .cats
            .iter()
            .map(|cs| cs.iter().map(|&c| t.amount[c]).sum())
            .collect();
        t.loss = t
            .cats
            .iter()
            .map(|cs| cs.iter().map(|&c| t.amount[c] * t.cost[c].mean()).sum())
            .collect();
        t
    }

    /// Number of target sets.
    pub fn len(&self) -> usize {
        self.sets.len()
    }

    /// Whether no category can be exposed.
    pub fn is_empty(&self) -> bool {
        self.sets.is_empty()
    }

    /// Each target set's members as local nodes of a net over `nodes` (members outside it are
    /// left out).
    pub fn local(&self, n_global: usize, nodes: &[usize]) -> Vec<Vec<u32>> {
        let mut local = vec![u32::MAX; n_global];
        for (i, &g) in nodes.iter().enumerate() {
            local[g] = i as u32;
        }
        self.sets
            .iter()
            .map(|set| {
                set.iter()
                    .map(|&g| local[g])
                    .filter(|&l| l != u32::MAX)
                    .collect()
            })
            .collect()
    }

    /// The expected loss of an event exposing `records` records of target sets whose
    /// per-record expected losses add up to `per_record`, under the scenario's model.
    #[inline]
    pub fn event_loss(&self, records: f64, per_record: f64) -> f64 {
        if self.dbir {
            dbir_2015(records)
        } else {
            per_record
        }
    }

    /// Per trial (lane): records exposed and the event's expected loss, from the exposure bits
    /// `x` (one word per target set).
    pub fn lane_values(&self, x: &[u64], r: &mut [f64; 64], l: &mut [f64; 64]) {
        *r = [0.0; 64];
        *l = [0.0; 64];
        for (t, &bits) in x.iter().enumerate() {
            let (a, m) = (self.records[t], self.loss[t]);
            let mut b = bits;
            while b != 0 {
                let i = b.trailing_zeros() as usize;
                r[i] += a;
                l[i] += m;
                b &= b - 1;
            }
        }
        if self.dbir {
            for i in 0..64 {
                l[i] = dbir_2015(r[i]);
            }
        }
    }
}

/// Exposure bits per target set: a target set is exposed in the lanes where any member is.
pub fn exposure(local_sets: &[Vec<u32>], reached: &[u64], x: &mut Vec<u64>) {
    x.clear();
    x.extend(
        local_sets
            .iter()
            .map(|set| set.iter().fold(0u64, |m, &v| m | reached[v as usize])),
    );
}

fn finite(x: f64) -> f64 {
    if x.is_finite() { x.max(0.0) } else { 0.0 }
}
