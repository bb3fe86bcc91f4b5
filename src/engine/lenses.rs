//! Lens comparison: for each holder–target pair, the verdict under every lens side by side
//! (economic shares, majority chain, joint control, veto, special blocking, weakest link, power
//! indices, regimes), with the pairs where the control-type lenses disagree marked.

use serde::Serialize;

use crate::engine::control::ControlEntry;
use crate::engine::control::regimes::RegimeVerdict;
use crate::engine::control::weakest::WeakestLink;
use crate::engine::ownership::Ultimate;
use crate::engine::power::PowerTable;

/// Lenses whose yes/no verdicts answer the same question ("does H count as a controller or
/// owner of T?"); a pair where some say yes and some no is marked as disagreeing.
pub const COMPARED: [&str; 7] = [
    "majority-chain",
    "weakest-link",
    "eu-amlr-52",
    "eu-amlr-53",
    "ofac-50",
    "uk-psc",
    "jp-subsidiary",
];

/// One lens's figure and verdict for a pair.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LensCell {
    pub lens: &'static str,
    /// Percent for shares and votes, 0–1 for power indices; absent when the lens has no figure.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub figure: Option<f64>,
    /// Absent for lenses that only measure (shares, power indices).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verdict: Option<bool>,
}

/// One holder–target pair under every lens.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LensRow {
    pub holder: String,
    pub target: String,
    pub cells: Vec<LensCell>,
    pub disagree: bool,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub sentence: String,
}

/// What the lenses found for one target.
pub struct TargetLenses<'a> {
    pub ownership: &'a Ultimate,
    pub control: &'a ControlEntry,
    pub power: Option<&'a PowerTable>,
    pub weakest: &'a [WeakestLink],
    pub regimes: &'a [RegimeVerdict],
}

/// The comparison rows of one target: every holder some lens mentions, in first-mention order.
pub fn rows<'a>(x: &TargetLenses<'a>) -> Vec<LensRow> {
    let t = &x.ownership.target;
    let mut holders: Vec<&'a str> = Vec::new();
    let mut add = |h: &'a str| {
        if h != t && !h.starts_with("float:") && !holders.contains(&h) {
            holders.push(h);
        }
    };
    x.ownership.integrated.iter().for_each(|e| add(&e.holder));
    x.control.chain.iter().for_each(|h| add(h));
    x.control
        .vetoes
        .iter()
        .chain(&x.control.special_blockers)
        .for_each(|h| add(h));
    x.control.joint.iter().flatten().for_each(|h| add(h));
    x.weakest.iter().for_each(|w| add(&w.holder));
    x.regimes
        .iter()
        .flat_map(|r| &r.counted)
        .for_each(|c| add(&c.holder));
    holders.into_iter().map(|h| row(x, h)).collect()
}

fn row(x: &TargetLenses, h: &str) -> LensRow {
    let c = x.control;
    let mut cells = Vec::new();
    let mut cell = |lens, figure, verdict| {
        cells.push(LensCell {
            lens,
            figure,
            verdict,
        })
    };
    let ult = x
        .ownership
        .ultimate
        .iter()
        .find(|e| e.holder == h)
        .map(|e| e.percent);
    cell("ultimate", ult, None);
    let w = x
        .ownership
        .integrated
        .iter()
        .find(|e| e.holder == h)
        .map(|e| e.percent);
    cell("integrated", w, None);
    let on_chain = c
        .chain
        .iter()
        .position(|k| k == h)
        .is_some_and(|i| i + 1 < c.chain.len());
    let link = c
        .why
        .link
        .as_ref()
        .filter(|l| l.holder == h)
        .map(|l| l.votes);
    cell("majority-chain", link, Some(on_chain));
    cell(
        "joint",
        None,
        Some(c.joint.iter().flatten().any(|k| k == h)),
    );
    let veto = c.why.vetoes.iter().find(|b| b.holder == h);
    cell("veto", veto.map(|b| b.votes), Some(veto.is_some()));
    let sp = c.why.special_blockers.iter().find(|b| b.holder == h);
    cell("special-blocker", sp.map(|b| b.votes), Some(sp.is_some()));
    let wl = x.weakest.iter().find(|v| v.holder == h);
    cell(
        "weakest-link",
        wl.map(|v| v.control),
        Some(wl.is_some_and(|v| v.meets)),
    );
    let pw = x
        .power
        .and_then(|p| p.players.iter().find(|e| e.holder == h));
    cell("banzhaf", pw.map(|e| e.banzhaf), None);
    cell("shapley-shubik", pw.map(|e| e.shapley_shubik), None);
    for r in x.regimes {
        let k = r.counted.iter().find(|k| k.holder == h);
        cell(r.regime, k.map(|k| k.percent), Some(k.is_some()));
    }
    let verdicts: Vec<(&str, bool)> = cells
        .iter()
        .filter(|c| COMPARED.contains(&c.lens))
        .filter_map(|c| c.verdict.map(|v| (c.lens, v)))
        .collect();
    let yes: Vec<&str> = verdicts.iter().filter(|v| v.1).map(|v| v.0).collect();
    let no: Vec<&str> = verdicts.iter().filter(|v| !v.1).map(|v| v.0).collect();
    let disagree = !yes.is_empty() && !no.is_empty();
    let sentence = if disagree {
        format!(
            "The lenses disagree on {h} and {}: it counts under {} but not under {}",
            x.ownership.target,
            yes.join(", "),
            no.join(", ")
        )
    } else {
        String::new()
    };
    LensRow {
        holder: h.to_string(),
        target: x.ownership.target.clone(),
        cells,
        disagree,
        sentence,
    }
}
