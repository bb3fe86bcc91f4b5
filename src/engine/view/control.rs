//! The control side of the view: one target's controller, chain, joint control, vetoes and
//! blockers with their votes, the wedge between cash flow and control rights per ultimate
//! holder, the power indices of its direct holders and the lens comparison; and every
//! inverted-supervision flag with the entities its sentence names.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;

use super::MAX_ROWS;
use crate::engine::control::params::Params;
use crate::engine::control::{BlockWhy, ControlEntry};
use crate::engine::lenses::COMPARED;
use crate::engine::results::{ControlResults, EntityResults};
use crate::model::Scenario;

/// The control panel's figures for one target. Percents are of all votes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub target: String,
    /// Whether anyone holds shares of the target or a control right over it.
    pub held: bool,
    /// The ultimate controller and the chain from it down to the target.
    pub controller: Option<String>,
    pub chain: Vec<String>,
    /// Why the nearest controller controls.
    pub link: Option<Link>,
    /// Votes that pass an ordinary resolution (quota × turnout), in percent.
    pub threshold: f64,
    /// Joint controllers of the chain's top (`joint_top`; the target itself without a controller).
    pub joint_top: Option<String>,
    pub joint: Vec<String>,
    /// Who can block ordinary and special resolutions.
    pub vetoes: Vec<Block>,
    pub blockers: Vec<Block>,
    /// Who passes a special resolution alone, and up to which turnout.
    pub special: Option<Special>,
    pub contested: Option<Contest>,
    /// Ultimate holders: economic interest beside weakest-link control rights.
    pub wedge: Vec<Wedge>,
    /// The weakest-link threshold in percent (chains with a weaker link do not count).
    pub weakest: f64,
    /// Power indices of the direct holders (the unrecorded votes last, as `float:T`).
    pub power: Vec<Power>,
    /// The voting game is improper (two disjoint groups can both win).
    pub improper: bool,
    /// The lens comparison: its columns, then one line per holder.
    pub lenses: Vec<Lens>,
    pub lens_rows: Vec<LensLine>,
}

/// The link to the nearest controller: its votes with what it controls, or the right it holds
/// (`rule`: `votes`, `board-majority`, `agreement`).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Link {
    pub holder: String,
    pub votes: f64,
    pub rule: String,
}

/// One veto or blocker: its side's votes, whether it holds a veto right, and the entities its
/// side votes through (other than itself).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Block {
    pub holder: String,
    pub votes: f64,
    pub right: bool,
    pub through: Vec<String>,
}

/// Who passes a special resolution alone: up to which turnout (percent), and whether it does at
/// the scenario's turnout.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Special {
    pub holder: String,
    pub votes: f64,
    pub up_to: f64,
    pub passes: bool,
}

/// Control without an ultimate controller: a cycle (these ids control each other) or several
/// controllers that are not one chain (`count` of them).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Contest {
    pub cycle: bool,
    pub ids: Vec<String>,
    pub count: usize,
}

/// One ultimate holder (an id, or `float:E` for E's unrecorded shares): its share of the cash
/// flow and its weakest-link control rights, in percent (`None` for dispersed holders and for
/// holders none of whose chains meets the weakest-link threshold).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Wedge {
    pub holder: String,
    pub interest: f64,
    pub control: Option<f64>,
}

/// One direct holder's power indices (0–1); `atoms` > 0 for the unrecorded votes as holders of
/// `votes / atoms` percent each.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Power {
    pub holder: String,
    pub votes: f64,
    pub banzhaf: f64,
    pub shapley: f64,
    pub atoms: u64,
}

/// A column of the lens comparison: the lens's word and whether its verdict answers "does the
/// holder count as a controller or owner?" (pairs where these disagree are marked).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Lens {
    pub name: String,
    pub compared: bool,
}

/// One holder under every lens: figure (percent, or 0–1 for power indices) and verdict.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct LensLine {
    pub holder: String,
    pub figures: Vec<Option<f64>>,
    pub verdicts: Vec<Option<bool>>,
    pub disagree: bool,
}

/// An inverted-supervision flag: `via` (the vendor itself, or who has power over it:
/// `via_vendor` is `is-vendor`, `controls`, `joint-control` or `veto`) has power over the
/// client (`relation`: `controls`, `joint-control`, `veto`), through `through`.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct FlagView {
    pub vendor: String,
    pub client: String,
    pub via: String,
    pub relation: String,
    pub via_vendor: String,
    /// The link's service, as entered.
    pub service: String,
    pub through: Vec<String>,
}

/// The control figures of `focus` (an empty target when it is not an entity).
pub fn target(s: &Scenario, r: &ControlResults, focus: &str) -> Target {
    let Some(e) = r.entities.iter().find(|e| e.id == focus) else {
        return Target::default();
    };
    let c = &e.control;
    let held = s.holdings.iter().any(|h| h.target == focus)
        || s.control_rights.iter().any(|h| h.target == focus);
    let wedge = e
        .ownership
        .ultimate
        .iter()
        .filter(|u| u.holder != focus)
        .take(MAX_ROWS)
        .map(|u| Wedge {
            holder: u.holder.clone(),
            interest: u.percent,
            control: e
                .weakest_link
                .iter()
                .find(|w| w.holder == u.holder)
                .map(|w| w.control),
        })
        .collect();
    let (lenses, lens_rows) = lens_table(e);
    Target {
        target: e.id.clone(),
        held,
        controller: c.controller.clone(),
        chain: c.chain.clone(),
        link: c.why.link.as_ref().map(|l| Link {
            holder: l.holder.clone(),
            votes: l.votes,
            rule: l.rule.to_string(),
        }),
        threshold: Params::new(&s.settings).control_threshold() * 100.0,
        joint_top: c.why.joint.as_ref().map(|j| j.top.clone()),
        joint: c.joint.clone().unwrap_or_default(),
        vetoes: blocks(&c.why.vetoes),
        blockers: blocks(&c.why.special_blockers),
        special: c.why.special_majority.as_ref().map(|m| Special {
            holder: m.holder.clone(),
            votes: m.votes,
            up_to: m.up_to_turnout,
            passes: m.passes,
        }),
        contested: c.why.contested.as_ref().map(|k| Contest {
            cycle: k.kind == "cycle",
            ids: k.ids.clone(),
            count: k.controllers,
        }),
        wedge,
        weakest: Params::new(&s.settings).weakest_link * 100.0,
        power: power(e),
        improper: e.power.as_ref().is_some_and(|p| p.improper),
        lenses,
        lens_rows,
    }
}

fn blocks(list: &[BlockWhy]) -> Vec<Block> {
    list.iter()
        .take(MAX_ROWS)
        .map(|b| Block {
            holder: b.holder.clone(),
            votes: b.votes,
            right: b.veto_right,
            through: b
                .via
                .iter()
                .filter(|v| v.id != b.holder)
                .map(|v| v.id.clone())
                .collect(),
        })
        .collect()
}

fn power(e: &EntityResults) -> Vec<Power> {
    let Some(p) = &e.power else {
        return Vec::new();
    };
    let mut out: Vec<Power> = p
        .players
        .iter()
        .take(MAX_ROWS)
        .map(|x| Power {
            holder: x.holder.clone(),
            votes: x.votes,
            banzhaf: x.banzhaf,
            shapley: x.shapley_shubik,
            atoms: 0,
        })
        .collect();
    if let Some(f) = &p.float {
        out.push(Power {
            holder: f.holder.clone(),
            votes: f.votes,
            banzhaf: f.banzhaf,
            shapley: f.shapley_shubik,
            atoms: f.atoms,
        });
    }
    out
}

fn lens_table(e: &EntityResults) -> (Vec<Lens>, Vec<LensLine>) {
    let Some(first) = e.lenses.first() else {
        return (Vec::new(), Vec::new());
    };
    let lenses = first
        .cells
        .iter()
        .map(|c| Lens {
            name: c.lens.to_string(),
            compared: COMPARED.contains(&c.lens),
        })
        .collect();
    let rows = e
        .lenses
        .iter()
        .take(MAX_ROWS)
        .map(|l| LensLine {
            holder: l.holder.clone(),
            figures: l.cells.iter().map(|c| c.figure).collect(),
            verdicts: l.cells.iter().map(|c| c.verdict).collect(),
            disagree: l.disagree,
        })
        .collect();
    (lenses, rows)
}

/// Every inverted-supervision flag (at most [`MAX_ROWS`]) with the entities between `via` and
/// the client.
pub fn flags(s: &Scenario, r: &ControlResults) -> Vec<FlagView> {
    let index: HashMap<&str, usize> = r
        .entities
        .iter()
        .enumerate()
        .map(|(i, e)| (e.id.as_str(), i))
        .collect();
    r.flags
        .iter()
        .take(MAX_ROWS)
        .map(|f| {
            let client = index
                .get(f.client.as_str())
                .map(|&i| &r.entities[i].control);
            FlagView {
                vendor: f.vendor.clone(),
                client: f.client.clone(),
                via: f.via.clone(),
                relation: f.relation.to_string(),
                via_vendor: f.via_vendor.to_string(),
                service: s
                    .links
                    .get(f.link)
                    .map(|l| l.service.clone())
                    .unwrap_or_default(),
                through: client
                    .map(|c| through(c, &f.via, f.relation))
                    .unwrap_or_default(),
            }
        })
        .collect()
}

/// The entities between `via` and the client `c` that its power runs through: the chain below
/// it, the jointly controlled top and the chain below that, or its blocking side's voters.
fn through(c: &ControlEntry, via: &str, relation: &str) -> Vec<String> {
    let below = |from: &str| -> Vec<String> {
        let n = c.chain.len();
        match c.chain.iter().position(|k| k == from) {
            Some(i) if n > 0 => c.chain[i + 1..n - 1].to_vec(),
            _ => Vec::new(),
        }
    };
    match relation {
        "controls" => below(via),
        "joint-control" => match &c.why.joint {
            Some(j) if j.top != c.target => {
                let mut out = vec![j.top.clone()];
                out.extend(below(&j.top));
                out
            }
            _ => Vec::new(),
        },
        _ => c
            .why
            .vetoes
            .iter()
            .find(|b| b.holder == via)
            .map(|b| {
                b.via
                    .iter()
                    .filter(|v| v.id != via)
                    .map(|v| v.id.clone())
                    .collect()
            })
            .unwrap_or_default(),
    }
}
