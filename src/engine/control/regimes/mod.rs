//! Regime presets: the same machinery with each rule's own parameters, each answering "who counts
//! for target T under this rule, and by which path". EU AMLR 2024/1624 Art. 52 (25 % ownership,
//! multiplied along chains and added over chains) and Art. 53 (control: more than 50 % at each
//! level, or a board or agreement right); OFAC's 50 % rule (aggregate, entities owned 50 % or more
//! attributed in full); UK PSC (more than 25 % of shares or votes, indirectly only through
//! majority stakes); Japan's Companies Act (ordinary > 1/2 and special ≥ 2/3 of the votes present,
//! more than 1/3 blocks a special resolution, > 50 % or ≥ 40 % plus a board right makes a
//! subsidiary); FEFTA (a company ≥ 50 % held by foreign investors is itself one; 1 % prior
//! notification in designated sectors). An entity without a country is not taken as foreign.

mod walks;

use serde::Serialize;
use std::collections::HashMap;

use super::params::Params;
use super::rule::{Closure, Join, Rule, Weight};
use crate::engine::explain::{above, at_least, round9};
use crate::engine::graph::Net;
use crate::model::ControlKind;

/// One holder that counts under a regime.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Counted {
    pub holder: String,
    /// The figure the rule looks at, in percent.
    pub percent: f64,
    /// Ids from the holder down to the target, along the largest contributions.
    pub path: Vec<String>,
}

/// One regime's answer for one target.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RegimeVerdict {
    /// `eu-amlr-52`, `eu-amlr-53`, `ofac-50`, `uk-psc`, `jp-ordinary`, `jp-special`,
    /// `jp-blocking`, `jp-subsidiary`, `fefta-foreign`, `fefta-notification`.
    pub regime: &'static str,
    pub rule: &'static str,
    /// The rule's threshold in percent.
    pub threshold: f64,
    pub counted: Vec<Counted>,
    /// For FEFTA: whether the target is itself a foreign investor.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub target: Option<bool>,
    /// Holders that also count but are not listed (lists stop at [`MAX_COUNTED`]).
    #[serde(skip_serializing_if = "is_zero")]
    pub left_off: usize,
}

fn is_zero(v: &usize) -> bool {
    *v == 0
}

/// Most holders listed per regime and target.
pub const MAX_COUNTED: usize = 100;

impl RegimeVerdict {
    /// Adds a holder, or counts it when the list is full (without building its path).
    fn add(&mut self, make: impl FnOnce() -> Counted) {
        if self.counted.len() < MAX_COUNTED {
            self.counted.push(make());
        } else {
            self.left_off += 1;
        }
    }
}

const RULES: [(&str, &str, f64); 10] = [
    (
        "eu-amlr-52",
        "EU AMLR Art. 52: 25 % or more of ownership, multiplied along chains and added over chains",
        25.0,
    ),
    (
        "eu-amlr-53",
        "EU AMLR Art. 53: control, more than 50 % of votes at each level or a board or agreement right",
        50.0,
    ),
    (
        "ofac-50",
        "OFAC 50 % rule: 50 % or more in aggregate, holdings of entities owned 50 % or more attributed in full",
        50.0,
    ),
    (
        "uk-psc",
        "UK PSC: more than 25 % of shares or votes, indirectly only through majority stakes",
        25.0,
    ),
    (
        "jp-ordinary",
        "Japan Companies Act: passes an ordinary resolution alone (more than 1/2 of votes present)",
        50.0,
    ),
    (
        "jp-special",
        "Japan Companies Act: passes a special resolution alone (2/3 or more of votes present)",
        200.0 / 3.0,
    ),
    (
        "jp-blocking",
        "Japan Companies Act: blocks a special resolution (more than 1/3 of votes present)",
        100.0 / 3.0,
    ),
    (
        "jp-subsidiary",
        "Japan Companies Act: makes it a subsidiary (more than 50 % of votes, or 40 % plus a board right)",
        50.0,
    ),
    (
        "fefta-foreign",
        "FEFTA: foreign investors holding its votes; 50 % or more makes it a foreign investor itself",
        50.0,
    ),
    (
        "fefta-notification",
        "FEFTA: foreign investors with 1 % or more (prior notification in designated sectors)",
        1.0,
    ),
];

/// Every regime's verdicts for every target; `integrated[t]` is t's integrated-ownership column.
pub fn regimes(net: &Net, p: &Params, integrated: &[Vec<(usize, f64)>]) -> Vec<Vec<RegimeVerdict>> {
    let n = net.len();
    let mut out: Vec<Vec<RegimeVerdict>> = (0..n)
        .map(|_| {
            RULES
                .iter()
                .map(|&(regime, rule, threshold)| RegimeVerdict {
                    regime,
                    rule,
                    threshold: round9(threshold),
                    counted: Vec::new(),
                    target: None,
                    left_off: 0,
                })
                .collect()
        })
        .collect();
    let mut rights_on: HashMap<usize, Vec<usize>> = HashMap::new();
    for (h, rs) in net.rights.iter().enumerate() {
        for &(j, kind) in rs {
            if kind != ControlKind::Veto {
                rights_on.entry(j).or_default().push(h);
            }
        }
    }
    for (t, verdicts) in out.iter_mut().enumerate() {
        verdicts[0].counted =
            walks::amlr_52(net, t, integrated.get(t).map_or(&[][..], Vec::as_slice));
        verdicts[1].counted = walks::amlr_53(net, t, &rights_on);
    }
    let mut c = Closure::new(n);
    let rule = |weight, threshold, strict, control_rights, with_board| Rule {
        weight,
        threshold,
        strict,
        control_rights,
        veto_rights: false,
        with_board,
    };
    let ofac = rule(Weight::Equity, 0.5, false, false, None);
    let uk = rule(Weight::Votes, 0.5, true, true, None);
    let jp = rule(Weight::Votes, 0.5, true, false, Some(0.4));
    let tau = p.turnout;
    let count = |c: &Closure, j: usize, v: f64| {
        let path = if c.inside[j] {
            c.path_to(net, j)
        } else {
            let top = c
                .holds_in(net, j)
                .into_iter()
                .max_by(|a, b| a.1.total_cmp(&b.1))
                .map(|x| x.0);
            let mut path = top.map(|k| c.path_to(net, k)).unwrap_or_default();
            path.push(net.ids[j].clone());
            path
        };
        Counted {
            holder: path.first().cloned().unwrap_or_default(),
            percent: round9(v * 100.0),
            path,
        }
    };
    for h in 0..n {
        if net.held[h].is_empty() && net.rights[h].is_empty() {
            continue;
        }
        c.run(net, &ofac, &[h]);
        for &m in &c.members[1..] {
            out[m][2].add(|| count(&c, m, c.acc[m]));
        }
        c.run(net, &uk, &[h]);
        for &j in c.touched() {
            let equity: f64 = net.holders[j]
                .iter()
                .filter(|e| c.inside[e.other])
                .map(|e| e.equity)
                .sum();
            let v = c.acc[j].max(equity);
            let board = c.inside[j] && c.how[j] == Join::Right(ControlKind::BoardMajority);
            if j != h && (above(v, 0.25) || board) {
                out[j][3].add(|| count(&c, j, v));
            }
        }
        c.run(net, &jp, &[h]);
        for &j in c.touched() {
            let v = c.acc[j];
            if j == h {
                continue;
            }
            let tests = [
                above(v, 0.5 * tau),
                at_least(v, 2.0 / 3.0 * tau),
                above(v, tau / 3.0),
                c.inside[j],
            ];
            for (k, passed) in tests.into_iter().enumerate() {
                if passed {
                    out[j][4 + k].add(|| count(&c, j, v));
                }
            }
        }
    }
    walks::fefta(net, &mut out);
    out
}
