//! The ownership network in index form: entities by position, every holding as an edge with its
//! equity and voting fraction of the target's base (the shares that are not treasury shares),
//! each entity's unrecorded share, and the control rights. Every lens reads this, never the
//! scenario's strings, so the engine's loops touch integers and floats only.

use std::collections::HashMap;

use crate::model::{ControlKind, Scenario};

/// One holding seen from either end: `other` is the target (in `held`) or the holder (in `holders`).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Edge {
    pub other: usize,
    /// Fraction (0–1) of the other end's cash flow.
    pub equity: f64,
    /// Fraction (0–1) of the other end's votes.
    pub votes: f64,
    /// Position of the holding in `scenario.holdings`.
    pub holding: usize,
}

/// Edges grouped by entity in one array (compressed rows): row `i` is `edges[start[i]..start[i + 1]]`.
/// One allocation instead of one per entity, so walking a 100,000-entity group streams memory.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Adj {
    pub start: Vec<usize>,
    pub edges: Vec<Edge>,
}

impl Adj {
    /// Groups `(row, edge)` pairs into `n` rows, keeping their order within each row.
    fn build(n: usize, pairs: &[(usize, Edge)]) -> Adj {
        let mut start = vec![0; n + 1];
        for (r, _) in pairs {
            start[r + 1] += 1;
        }
        for i in 0..n {
            start[i + 1] += start[i];
        }
        let mut fill = start.clone();
        let mut edges = vec![
            Edge {
                other: 0,
                equity: 0.0,
                votes: 0.0,
                holding: 0
            };
            pairs.len()
        ];
        for (r, e) in pairs {
            edges[fill[*r]] = *e;
            fill[*r] += 1;
        }
        Adj { start, edges }
    }

    /// Row `i`, if there is one.
    pub fn get(&self, i: usize) -> Option<&[Edge]> {
        Some(&self.edges[*self.start.get(i)?..*self.start.get(i + 1)?])
    }

    /// Number of rows.
    pub fn len(&self) -> usize {
        self.start.len().saturating_sub(1)
    }

    /// Whether there are no rows.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The rows in order.
    pub fn iter(&self) -> impl Iterator<Item = &[Edge]> {
        (0..self.len()).map(|i| &self[i])
    }
}

impl std::ops::Index<usize> for Adj {
    type Output = [Edge];
    fn index(&self, i: usize) -> &[Edge] {
        &self.edges[self.start[i]..self.start[i + 1]]
    }
}

/// Which end of each `range` band the equity fractions use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Band {
    /// The `percent` as entered.
    Point,
    /// The low end of each band (`percent` where there is none).
    Low,
    /// The high end of each band.
    High,
}

/// The scenario's ownership network, indexed.
#[derive(Clone, Debug)]
pub struct Net {
    pub ids: Vec<String>,
    pub index: HashMap<String, usize>,
    /// Per entity: the holdings it has in others (`other` = target).
    pub held: Adj,
    /// Per entity: its recorded holders (`other` = holder).
    pub holders: Adj,
    /// Per entity: unrecorded fraction of its cash flow (1 for roots).
    pub float: Vec<f64>,
    /// Per entity: unrecorded fraction of its votes.
    pub float_votes: Vec<f64>,
    /// Per holder: the control rights it has, as (target, kind).
    pub rights: Vec<Vec<(usize, ControlKind)>>,
    /// Per entity: weight in the network power index (default 1).
    pub value: Vec<f64>,
    /// Per entity: ISO country code, if given.
    pub country: Vec<Option<String>>,
    /// Whether any holding has a `range` band.
    pub has_bands: bool,
}

/// Fractions this close to zero are zero (decimal percents do not add up exactly in binary).
pub const EPS: f64 = 1e-12;

impl Net {
    /// Indexes a scenario (meant for valid ones: unknown ids and bad numbers are skipped, so
    /// nothing here panics on any input).
    pub fn new(s: &Scenario, band: Band) -> Net {
        let n = s.entities.len();
        let ids: Vec<String> = s.entities.iter().map(|e| e.id.clone()).collect();
        let index: HashMap<String, usize> = ids
            .iter()
            .enumerate()
            .map(|(i, id)| (id.clone(), i))
            .collect();
        // Treasury shares carry no votes and no cash flow: the base is what is left.
        let base: Vec<f64> = s
            .entities
            .iter()
            .map(|e| {
                let t = e.treasury_percent.filter(|t| t.is_finite()).unwrap_or(0.0);
                let b = 100.0 - t.clamp(0.0, 100.0);
                if b > EPS { b } else { 100.0 }
            })
            .collect();
        let mut held = Vec::with_capacity(s.holdings.len());
        let mut holders = Vec::with_capacity(s.holdings.len());
        let mut has_bands = false;
        for (k, h) in s.holdings.iter().enumerate() {
            let (Some(&a), Some(&b)) = (index.get(&h.holder), index.get(&h.target)) else {
                continue;
            };
            has_bands |= h.range.is_some();
            let pct = match (band, h.range) {
                (Band::Low, Some([lo, _])) => lo,
                (Band::High, Some([_, hi])) => hi,
                _ => h.percent,
            };
            let votes = h.votes_percent.unwrap_or(h.percent);
            if a == b || !pct.is_finite() || !votes.is_finite() {
                continue;
            }
            let equity = (pct / base[b]).clamp(0.0, 1.0);
            let votes = (votes / base[b]).clamp(0.0, 1.0);
            held.push((
                a,
                Edge {
                    other: b,
                    equity,
                    votes,
                    holding: k,
                },
            ));
            holders.push((
                b,
                Edge {
                    other: a,
                    equity,
                    votes,
                    holding: k,
                },
            ));
        }
        let held = Adj::build(n, &held);
        let holders = Adj::build(n, &holders);
        let rest = |f: &dyn Fn(&Edge) -> f64, hs: &[Edge]| {
            let r = 1.0 - hs.iter().map(f).sum::<f64>();
            if r > EPS { r.min(1.0) } else { 0.0 }
        };
        let float = holders.iter().map(|hs| rest(&|e| e.equity, hs)).collect();
        let float_votes = holders.iter().map(|hs| rest(&|e| e.votes, hs)).collect();
        let mut rights = vec![Vec::new(); n];
        for r in &s.control_rights {
            if let (Some(&a), Some(&b)) = (index.get(&r.holder), index.get(&r.target))
                && a != b
            {
                rights[a].push((b, r.kind));
            }
        }
        let value = s
            .entities
            .iter()
            .map(|e| {
                e.value
                    .filter(|v| v.is_finite() && *v >= 0.0)
                    .unwrap_or(1.0)
            })
            .collect();
        let country = s.entities.iter().map(|e| e.country.clone()).collect();
        Net {
            ids,
            index,
            held,
            holders,
            float,
            float_votes,
            rights,
            value,
            country,
            has_bands,
        }
    }

    /// Number of entities.
    pub fn len(&self) -> usize {
        self.ids.len()
    }

    /// Whether there are no entities.
    pub fn is_empty(&self) -> bool {
        self.ids.is_empty()
    }

    /// Whether nobody recorded holds shares of `i`: then `i` is its own ultimate owner.
    pub fn is_root(&self, i: usize) -> bool {
        self.holders[i].is_empty()
    }

    /// The key of `i`'s outside holders in `ownership.ultimate`: its id for a root, else `float:id`.
    pub fn outside_key(&self, i: usize) -> String {
        if self.is_root(i) {
            self.ids[i].clone()
        } else {
            format!("float:{}", self.ids[i])
        }
    }
}
