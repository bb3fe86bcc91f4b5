//! Explanations of the control lens: for each entity the link to its nearest controller (votes,
//! threshold, contributors or the right used), the joint controllers, each veto and special
//! blocker with its coalition's votes, who passes a special resolution alone and up to which
//! turnout, and one short English sentence per finding. Ids and numbers are kept as data so the
//! UI can say the same in any language.

use serde::Serialize;

use super::chain::Contest;
use super::rule::Join;
use super::{ControlEntry, ControlState};
use crate::engine::explain::{pct, round9};
use crate::engine::graph::Net;
use crate::model::Named;

/// An id with a percent.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Share {
    pub id: String,
    pub percent: f64,
}

/// Why the nearest controller controls the entity.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LinkWhy {
    pub holder: String,
    /// Votes of everything the holder controls, in percent of all votes.
    pub votes: f64,
    /// Votes needed (quota × turnout), in percent.
    pub threshold: f64,
    /// `votes`, `board-majority`, `agreement`.
    pub rule: &'static str,
    /// The holder's group members voting directly, largest first.
    pub contributors: Vec<Share>,
}

/// Joint control of the chain's top.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct JointWhy {
    pub top: String,
    pub members: Vec<String>,
}

/// One veto or special blocker.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct BlockWhy {
    pub holder: String,
    /// Votes of the holder's side (itself and what it controls or blocks), in percent.
    pub votes: f64,
    /// Votes at which blocking starts, in percent.
    pub threshold: f64,
    pub veto_right: bool,
    /// Members of the holder's side voting directly, largest first.
    pub via: Vec<Share>,
}

/// Who passes a special resolution alone.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SpecialWhy {
    pub holder: String,
    pub votes: f64,
    /// Highest turnout (percent) at which the holder's votes meet the special quota.
    pub up_to_turnout: f64,
    /// Whether it does at the scenario's turnout.
    pub passes: bool,
}

/// Why an entity someone controls has no ultimate controller.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ContestWhy {
    /// `cycle` (these control each other) or `not-nested` (several controllers, not one chain).
    pub kind: &'static str,
    pub ids: Vec<String>,
    pub controllers: usize,
}

/// What produced one entity's control figures.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ControlWhy {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub link: Option<LinkWhy>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub joint: Option<JointWhy>,
    pub vetoes: Vec<BlockWhy>,
    pub special_blockers: Vec<BlockWhy>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub special_majority: Option<SpecialWhy>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub contested: Option<ContestWhy>,
    /// Vetoes and blockers left off the lists (more than a thousand).
    #[serde(skip_serializing_if = "is_zero")]
    pub left_off: usize,
    pub sentences: Vec<String>,
}

fn is_zero(v: &usize) -> bool {
    *v == 0
}

fn shares(net: &Net, list: &[(usize, f64)]) -> Vec<Share> {
    list.iter()
        .map(|&(i, v)| Share {
            id: net.ids[i].clone(),
            percent: round9(v * 100.0),
        })
        .collect()
}

pub(super) fn entry(net: &Net, st: &ControlState, t: usize) -> ControlEntry {
    let p = &st.params;
    let id = |i: usize| net.ids[i].clone();
    let target = id(t);
    let mut sentences = Vec::new();
    let cap = super::blocking::list_cap(net.len());
    let chain: Vec<String> = st.map.chain(t, cap).into_iter().map(id).collect();
    let controller = st.map.top[t].map(id);
    let link = st.map.link[t].as_ref().map(|l| LinkWhy {
        holder: id(l.parent),
        votes: round9(l.weight * 100.0),
        threshold: round9(p.control_threshold() * 100.0),
        rule: match l.how {
            Join::Right(k) => k.word(),
            _ => "votes",
        },
        contributors: shares(net, &l.contributors),
    });
    if let (Some(c), Some(l)) = (&controller, &link) {
        let how = if l.rule == "votes" {
            format!(
                "{} holds {} % of its votes with what it controls (more than {} % needed)",
                l.holder,
                pct(l.votes),
                pct(l.threshold)
            )
        } else {
            format!("{} has a {} right over it", l.holder, l.rule)
        };
        sentences.push(format!(
            "{c} controls {target} through {}: {how}",
            chain.join(" → ")
        ));
    }
    let contested = st.map.contest[t].as_ref().map(|c| match c {
        Contest::Cycle(ids) => ContestWhy {
            kind: "cycle",
            ids: ids.iter().map(|&i| id(i)).collect(),
            controllers: st.map.controllers[t],
        },
        Contest::NotNested(n) => ContestWhy {
            kind: "not-nested",
            ids: Vec::new(),
            controllers: *n,
        },
    });
    if let Some(c) = &contested {
        sentences.push(match c.kind {
            "cycle" => format!("Control of {target} is circular: {} control each other, so it has no ultimate controller", c.ids.join(" and ")),
            _ => format!("Control of {target} is contested: {} parties each control it without one controlling the others", c.controllers),
        });
    }
    let top = st.map.top[t].unwrap_or(t);
    let joint_ids = st.joint[t]
        .as_ref()
        .map(|m| m.iter().map(|&i| id(i)).collect::<Vec<_>>());
    let joint = joint_ids.as_ref().map(|m| JointWhy {
        top: id(top),
        members: m.clone(),
    });
    if let Some(j) = &joint {
        sentences.push(format!(
            "{} jointly control {}: each can block its resolutions and together they pass them",
            j.members.join(" and "),
            j.top
        ));
    }
    let block = |list: &[super::blocking::Block], threshold: f64| -> Vec<BlockWhy> {
        list.iter()
            .map(|b| BlockWhy {
                holder: id(b.holder),
                votes: round9(b.votes * 100.0),
                threshold: round9(threshold * 100.0),
                veto_right: b.right,
                via: shares(net, &b.via),
            })
            .collect()
    };
    let rule = p.block_rule();
    let vetoes = block(&st.blocking.vetoes[t], rule.ordinary.threshold);
    let special_blockers = block(&st.blocking.special[t], rule.special);
    for v in &vetoes {
        let how = if v.veto_right {
            "it holds a veto right".to_string()
        } else {
            format!(
                "its side holds {} % of the votes, so the rest cannot reach the quota",
                pct(v.votes)
            )
        };
        sentences.push(format!(
            "{} can block ordinary resolutions of {target}: {how}",
            v.holder
        ));
    }
    let special_majority = st.map.link[t]
        .as_ref()
        .filter(|l| l.how == Join::Weight)
        .map(|l| SpecialWhy {
            holder: id(l.parent),
            votes: round9(l.weight * 100.0),
            up_to_turnout: round9(p.special_turnout_limit(l.weight)),
            passes: p.passes_special(l.weight),
        });
    if let Some(s) = &special_majority {
        sentences.push(format!(
            "{} alone passes a special resolution of {target} when turnout is at most {} %",
            s.holder,
            pct(s.up_to_turnout)
        ));
    }
    ControlEntry {
        target,
        controller,
        chain,
        joint: joint_ids,
        vetoes: vetoes.iter().map(|b| b.holder.clone()).collect(),
        special_blockers: special_blockers.iter().map(|b| b.holder.clone()).collect(),
        why: ControlWhy {
            link,
            joint,
            vetoes,
            special_blockers,
            special_majority,
            contested,
            left_off: st.blocking.left_off[t],
            sentences,
        },
    }
}
