//! The power lens: Banzhaf (absolute and normalised) and Shapley–Shubik indices of every
//! entity's direct holders, exact over basis-point weights, with the unrecorded votes entering
//! as holders of `float_atom` percent each (a finite ocean). In results the atoms are reported
//! together under the key `float:T`: their indices added up, plus one atom's absolute Banzhaf.

pub mod game;

use serde::Serialize;

use crate::engine::control::params::Params;
use crate::engine::explain::{pct, round9};
use crate::engine::graph::Net;
use game::Game;

/// Most float atoms in one game; a smaller `float_atom` is coarsened to this many (with a warning).
pub const MAX_ATOMS: u64 = 1000;

/// One direct holder's indices.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PowerEntry {
    pub holder: String,
    /// Voting weight in percent (as rounded to basis points for the game).
    pub votes: f64,
    pub banzhaf: f64,
    pub banzhaf_absolute: f64,
    pub shapley_shubik: f64,
}

/// The unrecorded votes as atoms, reported together.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FloatPower {
    /// `float:T`.
    pub holder: String,
    pub votes: f64,
    pub atoms: u64,
    pub atom_percent: f64,
    /// Sum over the atoms.
    pub banzhaf: f64,
    /// One (full-size) atom's absolute index.
    pub banzhaf_absolute: f64,
    /// Sum over the atoms.
    pub shapley_shubik: f64,
}

/// The voting game at one target.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PowerTable {
    pub target: String,
    /// Votes a coalition needs, in percent of all votes (what the basis-point game uses).
    pub need: f64,
    pub players: Vec<PowerEntry>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub float: Option<FloatPower>,
    /// Two disjoint coalitions can both win (a quota of half or less, met rather than exceeded).
    pub improper: bool,
    /// The float atoms were made larger than `float_atom` to keep the game small.
    pub coarsened: bool,
    pub sentences: Vec<String>,
}

/// Basis points a coalition needs under the parameters.
pub fn need_bp(p: &Params) -> u64 {
    let t = p.control_threshold() * 10_000.0;
    if p.strict {
        (t + 1e-6).floor() as u64 + 1
    } else {
        (t - 1e-6).ceil().max(0.0) as u64
    }
}

/// The game at target `t`, or None when nobody holds it.
pub fn power_table(net: &Net, p: &Params, float_atom: f64, t: usize) -> Option<PowerTable> {
    let hs = &net.holders[t];
    if hs.is_empty() {
        return None;
    }
    let bp: Vec<u64> = hs
        .iter()
        .map(|e| (e.votes * 10_000.0).round() as u64)
        .collect();
    let float_bp = 10_000u64.saturating_sub(bp.iter().sum());
    let mut atom = if float_atom.is_finite() {
        (float_atom * 100.0).round().max(1.0) as u64
    } else {
        100
    };
    let coarsened = float_bp / atom > MAX_ATOMS;
    if coarsened {
        atom = float_bp.div_ceil(MAX_ATOMS);
    }
    let (m, rest) = (float_bp / atom, float_bp % atom);
    let mut weights = bp.clone();
    weights.extend(std::iter::repeat_n(atom, m as usize));
    if rest > 0 {
        weights.push(rest);
    }
    let need = need_bp(p);
    let ix = Game { weights, need }.indices();
    let players: Vec<PowerEntry> = hs
        .iter()
        .enumerate()
        .map(|(i, e)| PowerEntry {
            holder: net.ids[e.other].clone(),
            votes: bp[i] as f64 / 100.0,
            banzhaf: round9(ix.banzhaf[i]),
            banzhaf_absolute: round9(ix.banzhaf_absolute[i]),
            shapley_shubik: round9(ix.shapley_shubik[i]),
        })
        .collect();
    let k = hs.len();
    let float = (float_bp > 0).then(|| FloatPower {
        holder: format!("float:{}", net.ids[t]),
        votes: float_bp as f64 / 100.0,
        atoms: m + u64::from(rest > 0),
        atom_percent: atom as f64 / 100.0,
        banzhaf: round9(ix.banzhaf[k..].iter().sum()),
        banzhaf_absolute: round9(ix.banzhaf_absolute.get(k).copied().unwrap_or(0.0)),
        shapley_shubik: round9(ix.shapley_shubik[k..].iter().sum()),
    });
    let mut sentences = Vec::new();
    for e in &players {
        sentences.push(format!(
            "{} ({} % of the votes) is pivotal in {} % of orderings (Shapley–Shubik) and {} % of swings (Banzhaf)",
            e.holder,
            pct(e.votes),
            pct(e.shapley_shubik * 100.0),
            pct(e.banzhaf * 100.0)
        ));
    }
    if ix.improper {
        sentences.push(format!(
            "At {}, the quota lets two disjoint groups both win: the game is improper, read the indices with care",
            net.ids[t]
        ));
    }
    Some(PowerTable {
        target: net.ids[t].clone(),
        need: need as f64 / 100.0,
        players,
        float,
        improper: ix.improper,
        coarsened,
        sentences,
    })
}
