//! The report `exposure report --json` prints: the spec's report fields, filled in as the
//! engine grows: the version, the validated summary, the control side (`control.rs`) and
//! `breach` ([`breach`]).

pub mod breach;
pub mod control;

use serde::Serialize;

use super::summary::{Summary, summarize};
use crate::model::problem::grouped;
use crate::model::{Problem, Scenario};

/// The report of one valid scenario.
#[derive(Clone, Debug, Serialize)]
pub struct Report {
    pub version: u32,
    pub title: String,
    pub currency: String,
    pub summary: Summary,
    /// `ownership`, `control`, `power`, `network_power`, `flags` and their extras.
    #[serde(flatten)]
    pub control: control::ControlSection,
    /// The spec's `breach` fields and more (see [`crate::engine::breach::BreachResults`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub breach: Option<crate::engine::breach::BreachResults>,
    /// Warnings found while reading (unknown fields and the like).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Problem>,
    /// The engine's results behind the control section (for the text table).
    #[serde(skip)]
    pub results: crate::engine::results::ControlResults,
}

/// Builds the report of a scenario that passed validation.
pub fn build(s: &Scenario, mut warnings: Vec<Problem>) -> Report {
    let results = crate::engine::results::control_report(s);
    warnings.extend(
        results
            .warnings
            .iter()
            .map(|w| Problem::warning("", w.clone())),
    );
    Report {
        version: 1,
        title: s.title.clone(),
        currency: s.currency.clone(),
        summary: summarize(s),
        control: control::section(&results),
        results,
        breach: breach::build(s),
        warnings,
    }
}

/// The report as a readable table for a terminal.
pub fn text(r: &Report) -> String {
    use std::fmt::Write;
    let s = &r.summary;
    let mut out = String::new();
    let title = if r.title.is_empty() {
        "Untitled scenario"
    } else {
        &r.title
    };
    let _ = writeln!(out, "{title}  (money in {})", r.currency);
    let _ = writeln!(
        out,
        "{} entities, {} holdings, {} control rights, {} vendor links, {} data categories, {} threats",
        s.entities, s.holdings, s.control_rights, s.links, s.data, s.threats
    );
    let _ = writeln!(out, "\nRecords: {}", grouped(s.records.0));
    for (class, n) in &s.records_by_class {
        let _ = writeln!(out, "  {class:<22} {:>14}", grouped(n.0));
    }
    let _ = writeln!(out, "By country:");
    for (country, n) in &s.records_by_country {
        let _ = writeln!(out, "  {country:<22} {:>14}", grouped(n.0));
    }
    let _ = writeln!(
        out,
        "\nRoots (held by nobody recorded): {}",
        s.roots.join(", ")
    );
    let _ = writeln!(out, "Unrecorded shares (float):");
    for (t, p) in &s.unrecorded {
        let _ = writeln!(out, "  {t:<22} {:>8} %", crate::model::problem::show(p.0));
    }
    let _ = writeln!(
        out,
        "\nThreats: {} breach events a year expected",
        crate::model::problem::show(s.threat_rate.0)
    );
    control::text(&r.results, &mut out);
    if let Some(b) = &r.breach {
        breach::text(b, &mut out);
    }
    for w in &r.warnings {
        let _ = writeln!(out, "warning: {w}");
    }
    out
}
