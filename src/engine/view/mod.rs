//! What the app's results panels show, as one compact value: the compute worker builds it from
//! a valid scenario and sends it to the page as JSON. Purpose-made rather than the engine's full
//! results, so the page deserialises a few small types (the engine's result types carry no
//! `Deserialize`, which would cost wasm), and large scenarios send only what is drawn. Figures
//! and ids only, never sentences: the UI words everything through the catalogue.
//!
//! - [`View::focus`] and [`View::control`]: the control panel's target (the entity the user
//!   selected, or [`default_focus`]) with its controller, chain, joint control, vetoes, the wedge
//!   between cash flow and control, power indices and the lens comparison ([`control`]);
//! - [`View::flags`]: every inverted-supervision flag with what the sentence needs;
//! - records at stake as entered and the threat rate;
//! - [`View::breach`]: the exposure and loss panels' figures ([`breach`]), when the breach
//!   engine ran.

pub mod breach;
pub mod control;

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::engine::breach::BreachResults;
use crate::engine::results::ControlResults;
use crate::model::Scenario;
pub use breach::Breach;
pub use control::{Block, Contest, FlagView, Lens, LensLine, Link, Power, Special, Target, Wedge};

/// Most rows of any list the view carries (the panels draw at most 40 and say how many more).
pub const MAX_ROWS: usize = 200;

/// Everything the results panels show.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct View {
    /// The entity the control panel is about.
    pub focus: String,
    pub control: Target,
    /// Inverted-supervision flags, in link order (at most [`MAX_ROWS`]).
    pub flags: Vec<FlagView>,
    /// Records over all data categories, as entered.
    pub records: f64,
    /// Records by class (spec word) and by country (code, or `unspecified`).
    pub by_class: Vec<(String, f64)>,
    pub by_country: Vec<(String, f64)>,
    /// Unrecorded shares (free float) per entity, in percent, where above zero.
    pub unrecorded: Vec<(String, f64)>,
    /// Expected breach events a year over all threats.
    pub threat_rate: f64,
    /// Reach, records, loss, choke points, duties and the breach path to `focus`.
    pub breach: Option<Breach>,
}

/// Most bytes a view may take on its way to the page (far above any view of [`MAX_ROWS`]-row
/// lists; a bound so a corrupt message cannot ask for unbounded memory).
const WIRE_LIMIT: u64 = 32 << 20;

fn wire() -> impl bincode::Options {
    use bincode::Options;
    bincode::DefaultOptions::new().with_limit(WIRE_LIMIT)
}

impl View {
    /// The view as the worker sends it: bincode, in base64 so it travels inside the JSON
    /// message.
    pub fn encode(&self) -> String {
        use base64::Engine;
        use bincode::Options;
        let bytes = wire().serialize(self).unwrap_or_default();
        base64::engine::general_purpose::STANDARD.encode(bytes)
    }

    /// Reads what [`View::encode`] wrote; `Err` says why it cannot.
    pub fn decode(text: &str) -> Result<View, String> {
        use base64::Engine;
        use bincode::Options;
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(text)
            .map_err(|e| e.to_string())?;
        wire().deserialize(&bytes).map_err(|e| e.to_string())
    }
}

/// The entity the control panel opens on: the one that holds the most records (the company
/// whose data is at stake, LY in the default scenario), else the first entity someone holds,
/// else the first entity.
pub fn default_focus(s: &Scenario) -> Option<&str> {
    let mut held: BTreeMap<&str, f64> = BTreeMap::new();
    for d in &s.data {
        *held.entry(d.holder.as_str()).or_default() += d.records.max(0.0);
    }
    let most = s
        .entities
        .iter()
        .filter_map(|e| held.get(e.id.as_str()).map(|n| (e, *n)))
        .fold(None::<(&str, f64)>, |best, (e, n)| match best {
            Some((_, b)) if b >= n => best,
            _ => Some((e.id.as_str(), n)),
        });
    most.map(|(id, _)| id)
        .or_else(|| {
            s.entities
                .iter()
                .find(|e| s.holdings.iter().any(|h| h.target == e.id))
                .map(|e| e.id.as_str())
        })
        .or_else(|| s.entities.first().map(|e| e.id.as_str()))
}

/// The view of a valid scenario from its control and breach results, about `focus` when it
/// names an entity (else [`default_focus`]).
pub fn build(
    s: &Scenario,
    results: &ControlResults,
    breach: Option<&BreachResults>,
    focus: Option<&str>,
) -> View {
    let focus = focus
        .filter(|f| s.entity(f).is_some())
        .or_else(|| default_focus(s))
        .unwrap_or_default()
        .to_string();
    let summary = crate::engine::summary::summarize(s);
    let pairs = |m: BTreeMap<String, crate::model::Num>| -> Vec<(String, f64)> {
        m.into_iter().map(|(k, v)| (k, v.0)).collect()
    };
    View {
        breach: breach.map(|b| breach::breach(s, b, &focus)),
        control: control::target(s, results, &focus),
        flags: control::flags(s, results),
        focus,
        records: summary.records.0,
        by_class: summary
            .records_by_class
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.0))
            .collect(),
        by_country: pairs(summary.records_by_country),
        unrecorded: pairs(summary.unrecorded)
            .into_iter()
            .filter(|(_, p)| *p > 0.0)
            .collect(),
        threat_rate: summary.threat_rate.0,
    }
}

#[cfg(test)]
mod tests;
