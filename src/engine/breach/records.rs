//! Records exposed per event: per category (its holder or a processor reached, times
//! `exposed_fraction`), per category and country, and in total. A category leaks all or nothing
//! in one event, so its 95th percentile is either 0 or all its exposed records; totals mix
//! categories and take their percentile from the event distribution.

use std::collections::BTreeMap;

use super::combine::Combined;
use super::events::{Events, has};
use super::results::{Records, Stat};
use super::targets::Targets;
use crate::model::Scenario;

/// The key of records assigned to no country.
pub const UNSPECIFIED: &str = "unspecified";

/// Records of each category by country (after `exposed_fraction`), "unspecified" last.
pub fn by_country(s: &Scenario, targets: &Targets) -> Vec<Vec<(String, f64)>> {
    s.data
        .iter()
        .enumerate()
        .map(|(c, d)| {
            let frac = if d.records > 0.0 {
                targets.amount[c] / d.records
            } else {
                0.0
            };
            let mut out: Vec<(String, f64)> = d
                .by_country
                .iter()
                .filter(|(_, n)| n.is_finite() && **n > 0.0)
                .map(|(k, n)| (k.clone(), n * frac))
                .collect();
            let assigned: f64 = out.iter().map(|o| o.1).sum();
            let rest = targets.amount[c] - assigned;
            if rest > 0.0 {
                out.push((UNSPECIFIED.to_string(), rest));
            }
            out
        })
        .collect()
}

/// A category-sized quantity that leaks whole with probability `p`.
fn all_or_nothing(amount: f64, p: f64, se: f64) -> Stat {
    Stat {
        mean: p * amount,
        p95: if p > 0.05 { amount } else { 0.0 },
        stderr: se * amount,
    }
}

/// Per category, in total, and in total by country.
pub fn records(
    s: &Scenario,
    targets: &Targets,
    comb: &Combined,
    events: &Events,
) -> (BTreeMap<String, Records>, Stat, BTreeMap<String, Stat>) {
    let countries = by_country(s, targets);
    let mut per = BTreeMap::new();
    let mut country_means: BTreeMap<String, f64> = BTreeMap::new();
    let mut total_mean = 0.0;
    for (c, d) in s.data.iter().enumerate() {
        let q = comb.exposed[targets.of_category[c]];
        let whole = all_or_nothing(targets.amount[c], q.p, q.se);
        total_mean += whole.mean;
        let mut split = BTreeMap::new();
        for (k, n) in &countries[c] {
            split.insert(k.clone(), all_or_nothing(*n, q.p, q.se));
            *country_means.entry(k.clone()).or_default() += q.p * n;
        }
        per.insert(
            d.id.clone(),
            Records {
                mean: whole.mean,
                p95: whole.p95,
                stderr: whole.stderr,
                p: q.p,
                by_country: split,
            },
        );
    }
    let total_values = events.values(|key| {
        (0..targets.len())
            .filter(|&t| has(key, t))
            .map(|t| targets.records[t])
            .sum()
    });
    let t = events.summary(&total_values);
    let total = Stat {
        mean: total_mean,
        p95: t.p95,
        stderr: t.stderr,
    };
    let mut by = BTreeMap::new();
    for (k, mean) in country_means {
        // Records of this country per target set, then per pattern.
        let mut per_set = vec![0.0; targets.len()];
        for (c, list) in countries.iter().enumerate() {
            for (kk, n) in list {
                if *kk == k {
                    per_set[targets.of_category[c]] += n;
                }
            }
        }
        let values = events.values(|key| {
            per_set
                .iter()
                .enumerate()
                .filter(|(t, _)| has(key, *t))
                .map(|(_, n)| n)
                .sum()
        });
        let st = events.summary(&values);
        by.insert(
            k,
            Stat {
                mean,
                p95: st.p95,
                stderr: st.stderr,
            },
        );
    }
    (per, total, by)
}
