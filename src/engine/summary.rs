//! A validated scenario's summary: counts, record totals by class and country, roots and
//! unrecorded shares. The first lines of every report and the app's overview.

use serde::Serialize;
use std::collections::BTreeMap;

use crate::model::{Named, Num, Scenario};

/// Counts and totals of one scenario.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    pub entities: usize,
    pub holdings: usize,
    pub control_rights: usize,
    pub links: usize,
    pub data: usize,
    pub threats: usize,
    /// Records over all categories, as entered.
    pub records: Num,
    /// Records per data class (spec spelling).
    pub records_by_class: BTreeMap<&'static str, Num>,
    /// Records per country; records not assigned to any country under `"unspecified"`.
    pub records_by_country: BTreeMap<String, Num>,
    /// Expected breach events a year over all threats.
    pub threat_rate: Num,
    /// Entities that nobody in the scenario holds shares of.
    pub roots: Vec<String>,
    /// Percent of each held entity that no recorded holder or treasury accounts for.
    pub unrecorded: BTreeMap<String, Num>,
}

/// Summarises a scenario (meant for valid ones; invalid numbers simply add up as they are).
pub fn summarize(s: &Scenario) -> Summary {
    let mut by_class: BTreeMap<&'static str, f64> = BTreeMap::new();
    let mut by_country: BTreeMap<String, f64> = BTreeMap::new();
    for d in &s.data {
        *by_class.entry(d.class.word()).or_default() += d.records;
        let mut assigned = 0.0;
        for (c, n) in &d.by_country {
            *by_country.entry(c.clone()).or_default() += n;
            assigned += n;
        }
        if d.records > assigned {
            *by_country.entry("unspecified".into()).or_default() += d.records - assigned;
        }
    }
    let mut held: BTreeMap<&str, f64> = BTreeMap::new();
    for h in &s.holdings {
        *held.entry(h.target.as_str()).or_default() += h.percent;
    }
    let roots = s
        .entities
        .iter()
        .filter(|e| !held.contains_key(e.id.as_str()))
        .map(|e| e.id.clone())
        .collect();
    let unrecorded = held
        .iter()
        .map(|(t, sum)| {
            let treasury = s.entity(t).and_then(|e| e.treasury_percent).unwrap_or(0.0);
            // Rounded to 1e-9 so 100 - 64.5 prints as 35.5, not 35.500000000000004.
            let rest = ((100.0 - sum - treasury) * 1e9).round() / 1e9;
            (t.to_string(), Num(rest.max(0.0)))
        })
        .collect();
    Summary {
        entities: s.entities.len(),
        holdings: s.holdings.len(),
        control_rights: s.control_rights.len(),
        links: s.links.len(),
        data: s.data.len(),
        threats: s.threats.len(),
        records: Num(s.total_records()),
        records_by_class: by_class.into_iter().map(|(k, v)| (k, Num(v))).collect(),
        records_by_country: by_country.into_iter().map(|(k, v)| (k, Num(v))).collect(),
        threat_rate: Num(s.threats.iter().map(|t| t.rate).sum()),
        roots,
        unrecorded,
    }
}
