//! Which notification duties a breach triggers, with deadlines from the detection date.
//!
//! The rule of thumb, kept simple and stated:
//! - The duty falls on the **holder** of the data (`data[].holder`), for every category that a
//!   breach can expose (probability above 0 and at least one record after `exposed_fraction`).
//!   Processors are not given duties of their own here.
//! - **APPI** (Japan, Act on the Protection of Personal Information, Art. 26) applies to data
//!   about individuals (every class but `other`) held by a Japanese business (holder country
//!   `JP`) or about Japanese residents (`JP` in `by_country`). A breach in this calculator is a
//!   compromise, i.e. unauthorised access, which triggers the duty whatever the number; sensitive
//!   data, financial data (risk of financial damage) and more than 1,000 records (taken as
//!   persons) are listed as further reasons. Report to the PPC promptly (3–5 days) and finally
//!   within 60 days (unauthorised access), and notify the persons.
//! - **Telecommunications Business Act** (Japan) applies to `communication-secret` data held by a
//!   Japanese business or about Japanese residents: report to MIC promptly, detailed report
//!   within 30 days.
//! - **GDPR** (EU/EEA, Arts. 33, 34, 83) applies to data about individuals with records in an
//!   EU/EEA country ([`EU_EEA`]) in `by_country`: notify the supervisory authority within 72
//!   hours; notify the persons without undue delay when the risk to them is high.

use std::collections::BTreeMap;

use super::events::{Events, has};
use super::results::{Action, Duties, Duty, Reason, Rule, Within};
use super::targets::Targets;
use crate::model::date::Date;
use crate::model::{DataClass, Scenario};

/// The EU member states and the other EEA countries (Iceland, Liechtenstein, Norway), as
/// ISO 3166-1 codes (Greece is `GR`).
pub const EU_EEA: [&str; 30] = [
    "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IS",
    "IT", "LI", "LT", "LU", "LV", "MT", "NL", "NO", "PL", "PT", "RO", "SE", "SI", "SK",
];

/// For one (holder, rule): the categories, the countries concerned and the reasons.
type Found = (Vec<usize>, Vec<String>, Vec<Reason>);

/// Whether a class of data is about individuals.
fn personal(c: DataClass) -> bool {
    c != DataClass::Other
}

/// Whether records of `key` in a category's `by_country` count.
fn has_country(by: &BTreeMap<String, f64>, test: impl Fn(&str) -> bool) -> Vec<String> {
    by.iter()
        .filter(|(k, n)| test(k) && n.is_finite() && **n > 0.0)
        .map(|(k, _)| k.clone())
        .collect()
}

/// The duties of a scenario; `exposed[t]` is the probability target set `t` is exposed.
pub fn duties(s: &Scenario, targets: &Targets, exposed: &[f64], events: &Events) -> Duties {
    let detected = s
        .settings
        .detected
        .as_deref()
        .and_then(|d| Date::parse(d).ok());
    let mut found: BTreeMap<(String, Rule), Found> = BTreeMap::new();
    for (c, d) in s.data.iter().enumerate() {
        if exposed[targets.of_category[c]] <= 0.0 || targets.amount[c] < 1.0 || !personal(d.class) {
            continue;
        }
        let jp_holder = s.entity(&d.holder).and_then(|e| e.country.as_deref()) == Some("JP");
        let jp_people = !has_country(&d.by_country, |k| k == "JP").is_empty();
        let mut japan = Vec::new();
        if jp_holder {
            japan.push(Reason::JapaneseHolder);
        }
        if jp_people {
            japan.push(Reason::JapanResidents);
        }
        let mut add = |rule: Rule, countries: Vec<String>, reasons: Vec<Reason>| {
            let entry = found.entry((d.holder.clone(), rule)).or_default();
            entry.0.push(c);
            entry.1.extend(countries);
            entry.2.extend(reasons);
        };
        if !japan.is_empty() {
            let mut reasons = japan.clone();
            reasons.push(Reason::UnauthorisedAccess);
            match d.class {
                DataClass::Sensitive => reasons.push(Reason::SensitiveData),
                DataClass::Financial => reasons.push(Reason::FinancialDamageRisk),
                _ => {}
            }
            add(Rule::Appi, vec!["JP".into()], reasons);
            if d.class == DataClass::CommunicationSecret {
                let mut reasons = japan;
                reasons.push(Reason::CommunicationSecrets);
                add(Rule::Telecom, vec!["JP".into()], reasons);
            }
        }
        let eu = has_country(&d.by_country, |k| EU_EEA.contains(&k));
        if !eu.is_empty() {
            add(Rule::Gdpr, eu, vec![Reason::EuEeaResidents]);
        }
    }
    let items = found
        .into_iter()
        .map(|((holder, rule), (cats, mut countries, mut reasons))| {
            if rule == Rule::Appi && cats.iter().map(|&c| targets.amount[c]).sum::<f64>() > 1000.0 {
                reasons.push(Reason::OverThousandPersons);
            }
            countries.sort();
            countries.dedup();
            reasons.sort();
            reasons.dedup();
            let sets: Vec<usize> = cats.iter().map(|&c| targets.of_category[c]).collect();
            let any = events.values(|key| {
                if sets.iter().any(|&t| has(key, t)) {
                    1.0
                } else {
                    0.0
                }
            });
            Duty {
                rule,
                holder,
                categories: cats.iter().map(|&c| s.data[c].id.clone()).collect(),
                countries,
                reasons,
                p: events.summary(&any).mean,
                actions: actions(rule, detected),
                penalty: format!("duty.{}.penalty", word(rule)),
            }
        })
        .collect();
    Duties {
        detected: detected.map(|d| d.to_string()),
        items,
    }
}

fn word(rule: Rule) -> &'static str {
    match rule {
        Rule::Appi => "appi",
        Rule::Telecom => "telecom",
        Rule::Gdpr => "gdpr",
    }
}

/// The actions of a rule, dated from `detected` when known.
fn actions(rule: Rule, detected: Option<Date>) -> Vec<Action> {
    let list: &[(&str, Within)] = match rule {
        Rule::Appi => &[
            ("preliminary-report", Within::Days(3, 5)),
            ("final-report", Within::Days(60, 60)),
            ("notify-persons", Within::Promptly),
        ],
        Rule::Telecom => &[
            ("report", Within::Promptly),
            ("detailed-report", Within::Days(30, 30)),
        ],
        Rule::Gdpr => &[
            ("notify-authority", Within::Hours(72)),
            ("notify-persons", Within::Promptly),
        ],
    };
    list.iter()
        .map(|&(key, within)| {
            let (from, to) = match within {
                Within::Hours(h) => (None, Some(i64::from(h.div_ceil(24)))),
                Within::Days(a, b) if a != b => (Some(i64::from(a)), Some(i64::from(b))),
                Within::Days(_, b) => (None, Some(i64::from(b))),
                Within::Promptly => (None, None),
            };
            let date = |n: Option<i64>| detected.zip(n).map(|(d, n)| d.plus_days(n).to_string());
            Action {
                duty: format!("duty.{}.{key}", word(rule)),
                within,
                due: date(to),
                due_from: date(from),
            }
        })
        .collect()
}
