//! Scenario → BODS 0.4 statements: one entity or person statement per entity, one relationship
//! statement per holder–target pair carrying its shareholding, votes and control rights.

use serde_json::{Map, Value, json};

use super::ids::{is_date, statement_id};
use crate::model::Num;
use crate::model::{ControlKind, EntityKind, Problem, Scenario};

/// BODS statements as pretty JSON, and what was left out.
#[derive(Clone, Debug, PartialEq)]
pub struct Exported {
    pub json: String,
    pub warnings: Vec<Problem>,
}

/// The scenario's entities, holdings and control rights as BODS 0.4 statements dated `date`
/// (YYYY-MM-DD; the caller supplies today's date, so the codec stays pure). Statement ids are
/// derived from the content, so the same scenario and date give the same file.
pub fn export(s: &Scenario, date: &str) -> Result<Exported, Problem> {
    if !is_date(date) {
        return Err(Problem::error(
            "date",
            format!(
                "{} is not a date written YYYY-MM-DD",
                crate::model::problem::quote(date)
            ),
        ));
    }
    let mut out = Vec::new();
    for e in &s.entities {
        out.push(statement(
            e.id.clone(),
            &e.id,
            party(e.kind, &e.name, e.country.as_deref()),
            date,
        ));
    }
    // Pairs in order of first appearance: holdings first, then control-only pairs.
    let mut pairs: Vec<(&str, &str)> = Vec::new();
    let mut index = std::collections::HashMap::new();
    let holding_pairs = s
        .holdings
        .iter()
        .map(|h| (h.holder.as_str(), h.target.as_str()));
    let right_pairs = s
        .control_rights
        .iter()
        .map(|c| (c.holder.as_str(), c.target.as_str()));
    for p in holding_pairs.chain(right_pairs) {
        index.entry(p).or_insert_with(|| {
            pairs.push(p);
            pairs.len() - 1
        });
    }
    let mut interests: Vec<Vec<Value>> = vec![Vec::new(); pairs.len()];
    for h in &s.holdings {
        let Some(list) = index
            .get(&(h.holder.as_str(), h.target.as_str()))
            .and_then(|i| interests.get_mut(*i))
        else {
            continue;
        };
        let mut share = Map::new();
        share.insert("exact".into(), json!(Num(h.percent)));
        if let Some([lo, hi]) = h.range {
            share.insert("minimum".into(), json!(Num(lo)));
            share.insert("maximum".into(), json!(Num(hi)));
        }
        list.push(interest("shareholding", Some(Value::Object(share)), None));
        if let Some(v) = h.votes_percent {
            list.push(interest(
                "votingRights",
                Some(json!({"exact": Num(v)})),
                None,
            ));
        }
    }
    for c in &s.control_rights {
        let Some(list) = index
            .get(&(c.holder.as_str(), c.target.as_str()))
            .and_then(|i| interests.get_mut(*i))
        else {
            continue;
        };
        list.push(match c.kind {
            ControlKind::BoardMajority => interest("appointmentOfBoard", None, None),
            ControlKind::Veto => interest("otherInfluenceOrControl", None, Some("veto")),
            ControlKind::Agreement => interest("otherInfluenceOrControl", None, Some("agreement")),
        });
    }
    for ((holder, target), list) in pairs.iter().zip(interests) {
        let details = json!({
            "isComponent": false,
            "subject": target,
            "interestedParty": holder,
            "interests": list,
        });
        out.push(statement(
            format!("relationship:{holder}:{target}"),
            target,
            ("relationship", details),
            date,
        ));
    }
    let mut warnings = Vec::new();
    let dropped: Vec<&str> = [
        ("links", !s.links.is_empty()),
        ("data", !s.data.is_empty()),
        ("threats", !s.threats.is_empty()),
        ("settings", !s.settings.is_default()),
    ]
    .iter()
    .filter(|(_, present)| *present)
    .map(|(name, _)| *name)
    .collect();
    if !dropped.is_empty() {
        warnings.push(Problem::warning(
            "",
            format!(
                "{} have no place in BODS and are left out",
                dropped.join(", ")
            ),
        ));
    }
    let json = serde_json::to_string_pretty(&Value::Array(out)).unwrap_or_default();
    Ok(Exported { json, warnings })
}

fn party(kind: EntityKind, name: &str, country: Option<&str>) -> (&'static str, Value) {
    let code = |c: &str| json!({"name": c, "code": c});
    if kind == EntityKind::Person {
        let mut d = json!({
            "isComponent": false,
            "personType": "knownPerson",
            "names": [{"type": "individual", "fullName": name}],
        });
        if let (Some(c), Some(m)) = (country, d.as_object_mut()) {
            m.insert("nationalities".into(), json!([code(c)]));
        }
        return ("person", d);
    }
    let t = match kind {
        EntityKind::State => "state",
        EntityKind::Fund => "arrangement",
        EntityKind::Other => "legalEntity",
        EntityKind::Company | EntityKind::Person => "registeredEntity",
    };
    let mut d = json!({"isComponent": false, "entityType": {"type": t}, "name": name});
    if let (Some(c), Some(m)) = (country, d.as_object_mut()) {
        m.insert("jurisdiction".into(), code(c));
    }
    ("entity", d)
}

fn interest(kind: &str, share: Option<Value>, details: Option<&str>) -> Value {
    let mut m = Map::new();
    m.insert("type".into(), json!(kind));
    m.insert("directOrIndirect".into(), json!("direct"));
    m.insert("beneficialOwnershipOrControl".into(), json!(false));
    if let Some(d) = details {
        m.insert("details".into(), json!(d));
    }
    if let Some(s) = share {
        m.insert("share".into(), s);
    }
    Value::Object(m)
}

fn statement(
    record_id: String,
    subject: &str,
    (kind, details): (&str, Value),
    date: &str,
) -> Value {
    let content = format!("{record_id}\n{date}\n{details}");
    json!({
        "statementId": statement_id(&content),
        "declarationSubject": subject,
        "statementDate": date,
        "publicationDetails": {
            "publicationDate": date,
            "bodsVersion": "0.4",
            "publisher": {"name": "Exposure"}
        },
        "recordId": record_id,
        "recordStatus": "new",
        "recordType": kind,
        "recordDetails": details
    })
}
