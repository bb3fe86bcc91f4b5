//! The control lens: for every entity its ultimate controller and chain (majority-chain fixed
//! point with `quota`, `strict`, `turnout` and `control_rights`), joint controllers, vetoes and
//! special-resolution blockers with blocking carried down chains, each with what produced it.

pub mod blocking;
pub mod chain;
pub mod params;
pub mod regimes;
pub mod rule;
pub mod weakest;
mod why;

pub use why::{BlockWhy, ContestWhy, ControlWhy, JointWhy, LinkWhy, Share, SpecialWhy};

use serde::Serialize;

use blocking::Blocking;
use chain::ControlMap;
use params::Params;
use rule::Closure;

use crate::engine::graph::Net;

/// The spec's `control[T]` for one entity, with explanations.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ControlEntry {
    pub target: String,
    /// The ultimate controller: the top of the majority chain above the target.
    pub controller: Option<String>,
    /// Ids from the ultimate controller down to the target (empty without one).
    pub chain: Vec<String>,
    /// Joint controllers of the chain's top (the target itself without a controller).
    pub joint: Option<Vec<String>>,
    pub vetoes: Vec<String>,
    pub special_blockers: Vec<String>,
    pub why: ControlWhy,
}

/// Everything the control lens found, as index structures (for the other lenses and flags).
#[derive(Clone, Debug)]
pub struct ControlState {
    pub params: Params,
    pub map: ControlMap,
    pub blocking: Blocking,
    /// Per entity: joint controllers of the top of its chain (indices).
    pub joint: Vec<Option<Vec<usize>>>,
}

impl ControlState {
    /// Runs the control and blocking lenses on a network.
    pub fn new(net: &Net, params: Params) -> ControlState {
        let rule = params.control_rule();
        let map = ControlMap::new(net, &rule);
        let blocking = Blocking::new(net, &rule, &params.block_rule());
        let mut memo: Vec<Option<Option<Vec<usize>>>> = vec![None; net.len()];
        let mut scratch = Closure::new(net.len());
        let joint = (0..net.len())
            .map(|t| {
                if map.contest[t].is_some() {
                    return None;
                }
                let x = map.top[t].unwrap_or(t);
                memo[x]
                    .get_or_insert_with(|| joint_of(net, &map, &blocking, &rule, &mut scratch, x))
                    .clone()
            })
            .collect();
        ControlState {
            params,
            map,
            blocking,
            joint,
        }
    }

    /// Whether `i` controls, jointly controls or can veto `t`, and which (strongest first).
    pub fn relation(&self, i: usize, t: usize) -> Option<&'static str> {
        if self.map.controls(i, t) {
            Some("controls")
        } else if self.joint[t].as_ref().is_some_and(|j| j.contains(&i)) {
            Some("joint-control")
        } else if self.blocking.vetoes[t].iter().any(|b| b.holder == i) {
            Some("veto")
        } else {
            None
        }
    }

    /// The spec's entries for every entity, in entity order.
    pub fn entries(&self, net: &Net) -> Vec<ControlEntry> {
        (0..net.len()).map(|t| why::entry(net, self, t)).collect()
    }
}

/// Joint control of `x`: its vetoes, less those another of them controls, when there are at
/// least two and together they pass resolutions of `x`.
fn joint_of(
    net: &Net,
    map: &ControlMap,
    blocking: &Blocking,
    rule: &rule::Rule,
    scratch: &mut Closure,
    x: usize,
) -> Option<Vec<usize>> {
    let vetoes: Vec<usize> = blocking.vetoes[x].iter().map(|b| b.holder).collect();
    let mut members: Vec<usize> = vetoes
        .iter()
        .copied()
        .filter(|&v| !vetoes.iter().any(|&o| o != v && map.controls(o, v)))
        .collect();
    if members.len() < 2 {
        return None;
    }
    scratch.run(net, rule, &members);
    if !scratch.inside[x] {
        return None;
    }
    members.sort_unstable();
    Some(members)
}
