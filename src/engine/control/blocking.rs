//! Vetoes and special-resolution blockers, with blocking carried down chains: H's coalition K(H)
//! starts with everything H controls, then takes in every entity whose resolutions K(H), voting
//! no, makes impossible (or where a member holds a `veto` right). H is a veto at T when T is
//! blocked that way, and a special blocker at T when K(H)'s votes in T leave the rest below the
//! special quota. How an intermediate entity votes is an ordinary decision, so special blocking
//! propagates through ordinary blocking.

use super::rule::{Closure, Join, Rule};
use crate::engine::graph::Net;

/// How many vetoes, blockers or chain ids are kept per entity in a network of `n` entities (the
/// rest are counted): 1,000 in small groups, down to 20 in huge ones, so that a 10,000-long
/// chain (where everyone above blocks everyone below) stays a few hundred thousand entries.
pub fn list_cap(n: usize) -> usize {
    (200_000 / n.max(1)).clamp(20, 1000)
}

/// One blocker of one entity.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub holder: usize,
    /// Votes of the holder's coalition in the entity (fraction of all votes).
    pub votes: f64,
    /// The holder's coalition holds a `veto` right here.
    pub right: bool,
    /// Coalition members voting directly in the entity, largest first (at most 8).
    pub via: Vec<(usize, f64)>,
}

/// Per entity: its vetoes and special blockers, and how many were left off the lists.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Blocking {
    pub vetoes: Vec<Vec<Block>>,
    pub special: Vec<Vec<Block>>,
    pub left_off: Vec<usize>,
}

/// Thresholds of the blocking lens, as fractions of all votes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BlockRule {
    /// The ordinary blocking closure (weight, threshold, strictness, veto rights).
    pub ordinary: Rule,
    /// Coalition votes above which a special resolution cannot pass.
    pub special: f64,
}

impl Blocking {
    /// Computes every coalition and records who blocks what.
    pub fn new(net: &Net, control_rule: &Rule, rule: &BlockRule) -> Blocking {
        let n = net.len();
        let cap = list_cap(n);
        let mut out = Blocking {
            vetoes: vec![Vec::new(); n],
            special: vec![Vec::new(); n],
            left_off: vec![0; n],
        };
        let mut s = Closure::new(n);
        let mut k = Closure::new(n);
        for h in 0..n {
            if net.held[h].is_empty() && net.rights[h].is_empty() {
                continue;
            }
            s.run(net, control_rule, &[h]);
            k.run(net, &rule.ordinary, &s.members);
            for &j in k.touched() {
                if j == h {
                    continue;
                }
                let votes = k.acc[j];
                let right = k.inside[j] && k.how[j] == Join::Right(crate::model::ControlKind::Veto);
                let veto = right || rule.ordinary.passes(votes);
                let special = right || crate::engine::explain::above(votes, rule.special);
                if !veto && !special {
                    continue;
                }
                let mut via = k.holds_in(net, j);
                via.sort_by(|a, b| b.1.total_cmp(&a.1));
                via.truncate(8);
                let b = Block {
                    holder: h,
                    votes,
                    right,
                    via,
                };
                if veto {
                    push(&mut out.vetoes[j], &mut out.left_off[j], b.clone(), cap);
                }
                if special {
                    push(&mut out.special[j], &mut out.left_off[j], b, cap);
                }
            }
        }
        out
    }
}

fn push(list: &mut Vec<Block>, left_off: &mut usize, b: Block, cap: usize) {
    if list.len() < cap {
        list.push(b);
    } else {
        *left_off += 1;
    }
}
