//! The control side of the report: the spec's `ownership`, `control`, `power`, `network_power`
//! and `flags`, keyed by ids, plus optional extras (explanations, intervals, weakest link,
//! regimes, lens comparison), and its part of the readable table.
//!
//! `power[T]` lists T's direct holders and, when some votes are unrecorded, one key `float:T`
//! for all the float atoms together (their indices added up).

mod text;

pub use text::text;

use serde::Serialize;
use std::collections::BTreeMap;

use crate::engine::control::ControlEntry;
use crate::engine::control::regimes::RegimeVerdict;
use crate::engine::control::weakest::WeakestLink;
use crate::engine::flags::Flag;
use crate::engine::lenses::LensRow;
use crate::engine::ownership::OwnershipPath;
use crate::engine::results::ControlResults;
use crate::model::Num;

type ById<T> = BTreeMap<String, T>;

/// Why one ultimate share is what it is.
#[derive(Clone, Debug, Serialize)]
pub struct OwnershipWhy {
    pub paths: Vec<OwnershipPath>,
    pub sentence: String,
}

/// `ownership`: the spec's `ultimate` and `integrated`, intervals when bands exist, explanations.
#[derive(Clone, Debug, Serialize)]
pub struct OwnershipSection {
    pub ultimate: ById<ById<Num>>,
    pub integrated: ById<ById<Num>>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub ultimate_intervals: ById<ById<[Num; 2]>>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub integrated_intervals: ById<ById<[Num; 2]>>,
    pub explanations: ById<ById<OwnershipWhy>>,
}

/// `power[T][H]`.
#[derive(Clone, Debug, Serialize)]
pub struct PowerCell {
    pub banzhaf: Num,
    pub shapley_shubik: Num,
    pub banzhaf_absolute: Num,
    pub votes: Num,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub atoms: Option<u64>,
}

/// `network_power[E]`.
#[derive(Clone, Debug, Serialize)]
pub struct NetworkCell {
    pub value: Num,
    pub stderr: Num,
}

/// The control side of the report.
#[derive(Clone, Debug, Serialize)]
pub struct ControlSection {
    pub ownership: OwnershipSection,
    pub control: ById<ControlEntry>,
    pub power: ById<ById<PowerCell>>,
    pub network_power: ById<NetworkCell>,
    pub network_trials: u64,
    pub flags: Vec<Flag>,
    pub weakest_link: ById<Vec<WeakestLink>>,
    pub regimes: ById<Vec<RegimeVerdict>>,
    pub lenses: Vec<LensRow>,
}

/// Rearranges the engine's results into the report's shape.
pub fn section(r: &ControlResults) -> ControlSection {
    let mut o = OwnershipSection {
        ultimate: BTreeMap::new(),
        integrated: BTreeMap::new(),
        ultimate_intervals: BTreeMap::new(),
        integrated_intervals: BTreeMap::new(),
        explanations: BTreeMap::new(),
    };
    let mut power = BTreeMap::new();
    for e in &r.entities {
        let t = &e.id;
        for u in &e.ownership.ultimate {
            o.ultimate
                .entry(t.clone())
                .or_default()
                .insert(u.holder.clone(), Num(u.percent));
            if let Some([lo, hi]) = u.interval {
                o.ultimate_intervals
                    .entry(t.clone())
                    .or_default()
                    .insert(u.holder.clone(), [Num(lo), Num(hi)]);
            }
            let why = OwnershipWhy {
                paths: u.paths.clone(),
                sentence: u.sentence.clone(),
            };
            o.explanations
                .entry(t.clone())
                .or_default()
                .insert(u.holder.clone(), why);
        }
        for w in &e.ownership.integrated {
            o.integrated
                .entry(w.holder.clone())
                .or_default()
                .insert(t.clone(), Num(w.percent));
            if let Some([lo, hi]) = w.interval {
                o.integrated_intervals
                    .entry(w.holder.clone())
                    .or_default()
                    .insert(t.clone(), [Num(lo), Num(hi)]);
            }
        }
        if let Some(p) = &e.power {
            let mut cells: ById<PowerCell> = p
                .players
                .iter()
                .map(|x| {
                    let cell = PowerCell {
                        banzhaf: Num(x.banzhaf),
                        shapley_shubik: Num(x.shapley_shubik),
                        banzhaf_absolute: Num(x.banzhaf_absolute),
                        votes: Num(x.votes),
                        atoms: None,
                    };
                    (x.holder.clone(), cell)
                })
                .collect();
            if let Some(f) = &p.float {
                let cell = PowerCell {
                    banzhaf: Num(f.banzhaf),
                    shapley_shubik: Num(f.shapley_shubik),
                    banzhaf_absolute: Num(f.banzhaf_absolute),
                    votes: Num(f.votes),
                    atoms: Some(f.atoms),
                };
                cells.insert(f.holder.clone(), cell);
            }
            power.insert(t.clone(), cells);
        }
    }
    ControlSection {
        ownership: o,
        control: r
            .entities
            .iter()
            .map(|e| (e.id.clone(), e.control.clone()))
            .collect(),
        power,
        network_power: r
            .network_power
            .iter()
            .map(|n| {
                (
                    n.id.clone(),
                    NetworkCell {
                        value: Num(n.value),
                        stderr: Num(n.stderr),
                    },
                )
            })
            .collect(),
        network_trials: r.network_trials,
        flags: r.flags.clone(),
        weakest_link: r
            .entities
            .iter()
            .filter(|e| !e.weakest_link.is_empty())
            .map(|e| (e.id.clone(), e.weakest_link.clone()))
            .collect(),
        regimes: r
            .entities
            .iter()
            .map(|e| {
                (
                    e.id.clone(),
                    e.regimes
                        .iter()
                        .filter(|v| !v.counted.is_empty() || v.target == Some(true))
                        .cloned()
                        .collect(),
                )
            })
            .collect(),
        lenses: r
            .entities
            .iter()
            .flat_map(|e| e.lenses.iter().cloned())
            .collect(),
    }
}
