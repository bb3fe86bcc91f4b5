//! Reading one BODS statement, 0.4 (`recordType`, `recordId`, `recordDetails`) or 0.2/0.3
//! (`statementType` with the details at the top), into one shape the importer works from.

use serde_json::Value;

use crate::model::EntityKind;
use crate::model::problem::quote;

/// Who a relationship names: a record, or a party the publisher did not specify.
#[derive(Debug, PartialEq)]
pub enum Party {
    Record(String),
    Unspecified,
}

/// What a statement says.
pub enum Record<'a> {
    /// An entity or a person: its kind, name and country code (as given).
    Party {
        kind: EntityKind,
        name: Option<String>,
        country: Option<String>,
    },
    /// Interests of `party` in `subject`.
    Relationship {
        subject: Party,
        party: Party,
        interests: &'a [Value],
    },
}

/// One statement: where it sits, which record it is about, whether it closes that record.
pub struct Statement<'a> {
    pub path: String,
    pub record_id: String,
    pub closed: bool,
    pub record: Record<'a>,
}

fn text<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

/// Reads a statement; `Err` is the reason it is skipped.
pub fn statement<'a>(v: &'a Value, path: &str) -> Result<Statement<'a>, String> {
    if !v.is_object() {
        return Err("not a statement object".into());
    }
    let (kind, id, details) = match (text(v, "recordType"), text(v, "statementType")) {
        (Some(t), _) => (
            t,
            text(v, "recordId"),
            v.get("recordDetails").unwrap_or(&Value::Null),
        ),
        (None, Some(t)) => {
            let id = text(v, "statementId").or_else(|| text(v, "statementID"));
            (t, id, v)
        }
        (None, None) => return Err("neither recordType nor statementType; skipped".into()),
    };
    let Some(record_id) = id.filter(|s| !s.is_empty()) else {
        return Err("no recordId; skipped".into());
    };
    let record = match kind {
        "entity" | "entityStatement" => Record::Party {
            kind: entity_kind(details.get("entityType")),
            name: text(details, "name").map(str::to_string),
            country: details
                .get("jurisdiction")
                .or_else(|| details.get("incorporatedInJurisdiction"))
                .and_then(|j| text(j, "code"))
                .map(str::to_string),
        },
        "person" | "personStatement" => Record::Party {
            kind: EntityKind::Person,
            name: person_name(details),
            country: details
                .get("nationalities")
                .and_then(|n| n.get(0))
                .and_then(|n| text(n, "code"))
                .map(str::to_string),
        },
        "relationship" | "ownershipOrControlStatement" => Record::Relationship {
            subject: party(details.get("subject")),
            party: party(details.get("interestedParty")),
            interests: details
                .get("interests")
                .and_then(Value::as_array)
                .map_or(&[], Vec::as_slice),
        },
        other => {
            return Err(format!(
                "a statement of type {} is not read by Exposure; skipped",
                quote(other)
            ));
        }
    };
    Ok(Statement {
        path: path.to_string(),
        record_id: record_id.to_string(),
        closed: text(v, "recordStatus") == Some("closed"),
        record,
    })
}

fn entity_kind(t: Option<&Value>) -> EntityKind {
    let word = match t {
        Some(Value::String(s)) => s.as_str(),
        Some(o) => text(o, "type").unwrap_or(""),
        None => "",
    };
    match word {
        "state" | "stateBody" => EntityKind::State,
        "arrangement" => EntityKind::Fund,
        "legalEntity" | "anonymousEntity" | "unknownEntity" => EntityKind::Other,
        _ => EntityKind::Company,
    }
}

fn person_name(d: &Value) -> Option<String> {
    let names = d.get("names")?.as_array()?;
    names.iter().find_map(|n| {
        let full = text(n, "fullName").map(str::to_string);
        full.or_else(|| {
            let parts: Vec<&str> = ["givenName", "familyName"]
                .iter()
                .filter_map(|k| text(n, k))
                .collect();
            (!parts.is_empty()).then(|| parts.join(" "))
        })
    })
}

/// A party: a record id (0.4), a `describedBy…Statement` reference (0.2/0.3), or unspecified.
fn party(v: Option<&Value>) -> Party {
    match v {
        Some(Value::String(s)) if !s.is_empty() => Party::Record(s.clone()),
        Some(o @ Value::Object(_)) => ["describedByEntityStatement", "describedByPersonStatement"]
            .iter()
            .find_map(|k| text(o, k))
            .map_or(Party::Unspecified, |s| Party::Record(s.to_string())),
        _ => Party::Unspecified,
    }
}

/// What Exposure makes of an interest type (0.4 camelCase or 0.2/0.3 kebab-case).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Meaning {
    Equity,
    Votes,
    Board,
    /// Other influence: a veto when the details say so, else an agreement.
    Influence,
    Agreement,
}

/// The meaning of an interest type, if Exposure models it.
pub fn meaning(kind: &str) -> Option<Meaning> {
    Some(match kind {
        "shareholding" => Meaning::Equity,
        "votingRights" | "voting-rights" => Meaning::Votes,
        "appointmentOfBoard" | "appointment-of-board" => Meaning::Board,
        "otherInfluenceOrControl" | "other-influence-or-control" => Meaning::Influence,
        "rightsGrantedByContract"
        | "rights-granted-by-contract"
        | "conditionalRightsGrantedByContract"
        | "conditional-rights-granted-by-contract"
        | "controlViaCompanyRulesOrArticles" => Meaning::Agreement,
        _ => return None,
    })
}
