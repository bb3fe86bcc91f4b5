//! The voting parameters of a scenario as fractions, and the consolidation rules built from them.
//! Turnout τ is the share of all votes present; quotas are shares of the votes present, so a
//! group passes an ordinary resolution with more than `quota · τ` of all votes.

use super::blocking::BlockRule;
use super::rule::{Rule, Weight};
use crate::model::Settings;

/// Voting parameters, all as fractions 0–1.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Params {
    pub quota: f64,
    pub strict: bool,
    pub special_quota: f64,
    pub turnout: f64,
    pub weakest_link: f64,
}

impl Params {
    /// The parameters a scenario's settings give. The spec's default special quota 66.667 is
    /// two thirds written out, so it is read as exactly 2/3 (64.5 % then passes a special
    /// resolution at a turnout of exactly 96.75 %).
    pub fn new(s: &Settings) -> Params {
        let special = if (s.special_quota - 200.0 / 3.0).abs() < 1e-3 {
            2.0 / 3.0
        } else {
            s.special_quota / 100.0
        };
        let frac = |v: f64, d: f64| {
            if v.is_finite() {
                (v / 100.0).clamp(0.0, 1.0)
            } else {
                d
            }
        };
        Params {
            quota: frac(s.quota, 0.5),
            strict: s.strict,
            special_quota: special.clamp(0.0, 1.0),
            turnout: frac(s.turnout, 1.0),
            weakest_link: frac(s.weakest_link, 0.2),
        }
    }

    /// Share of all votes that passes an ordinary resolution.
    pub fn control_threshold(&self) -> f64 {
        self.quota * self.turnout
    }

    /// The majority-chain rule: votes plus `board-majority` and `agreement` rights.
    pub fn control_rule(&self) -> Rule {
        Rule {
            weight: Weight::Votes,
            threshold: self.control_threshold(),
            strict: self.strict,
            control_rights: true,
            veto_rights: false,
            with_board: None,
        }
    }

    /// The blocking rules: a coalition voting no stops an ordinary resolution when the votes
    /// present without it cannot reach the quota (`τ - b ≤ qτ` when the quota must be exceeded).
    pub fn block_rule(&self) -> BlockRule {
        let t = self.turnout;
        BlockRule {
            ordinary: Rule {
                weight: Weight::Votes,
                threshold: (1.0 - self.quota) * t,
                strict: !self.strict,
                control_rights: false,
                veto_rights: true,
                with_board: None,
            },
            special: (1.0 - self.special_quota) * t,
        }
    }

    /// Whether `votes` (fraction of all votes) pass a special resolution alone.
    pub fn passes_special(&self, votes: f64) -> bool {
        crate::engine::explain::at_least(votes, self.special_quota * self.turnout)
    }

    /// The highest turnout (percent) at which `votes` still pass a special resolution alone.
    pub fn special_turnout_limit(&self, votes: f64) -> f64 {
        if self.special_quota <= 0.0 {
            100.0
        } else {
            (votes / self.special_quota * 100.0).min(100.0)
        }
    }
}
