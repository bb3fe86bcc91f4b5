//! BODS statements → scenario: parties become entities, relationships become holdings and
//! control rights. Tolerant: what cannot be used is skipped with a warning that names the
//! statement; only unreadable input is refused.

use serde_json::Value;
use std::collections::HashMap;

use super::ids::Ids;
use super::read::{Party, Record, Statement, statement};
use super::relations::Relations;
use crate::codec::text;
use crate::model::countries::is_country;
use crate::model::{self, Entity, Parsed, Problem, Scenario};

/// Longest name the model accepts, in characters (its validation rule for names).
const MAX_TEXT: usize = 200;

/// Most statements read from one file.
pub const MAX_STATEMENTS: usize = 200_000;

/// Imports BODS JSON (an array of statements, `{"statements": […]}`, or JSON Lines) as a new,
/// validated scenario. `Err` holds every problem; a problem in the built scenario says which
/// statement it came from.
pub fn import(bytes: &[u8]) -> Result<Parsed, Vec<Problem>> {
    let (s, mut warnings, origins) = build(bytes)?;
    let value = crate::model::to_value(&s);
    match model::parse_value(&value) {
        Ok(p) => {
            warnings.extend(p.warnings);
            Ok(Parsed {
                scenario: p.scenario,
                warnings,
            })
        }
        Err(ps) => Err(ps
            .into_iter()
            .map(|p| from_statement(p, &origins))
            .collect()),
    }
}

/// Builds the scenario without validating it (the editor can open it and show its problems),
/// with the warnings of the import.
pub fn to_scenario(bytes: &[u8]) -> Result<(Scenario, Vec<Problem>), Vec<Problem>> {
    build(bytes).map(|(s, w, _)| (s, w))
}

/// The statement paths that holdings and control rights came from, by index.
#[derive(Default)]
struct Origins {
    holdings: Vec<String>,
    rights: Vec<String>,
}

fn build(bytes: &[u8]) -> Result<(Scenario, Vec<Problem>, Origins), Vec<Problem>> {
    let text = text::utf8(bytes, "the BODS file").map_err(|p| vec![p])?;
    let values = statements(text).map_err(|p| vec![p])?;
    let mut warnings = Vec::new();
    // Records in first-seen order; a later statement of the same record replaces it.
    let mut order: Vec<String> = Vec::new();
    let mut records: HashMap<String, Statement> = HashMap::new();
    for (i, v) in values.iter().enumerate() {
        let path = format!("statements[{i}]");
        match statement(v, &path) {
            Ok(st) => {
                if !records.contains_key(&st.record_id) {
                    order.push(st.record_id.clone());
                }
                records.insert(st.record_id.clone(), st);
            }
            Err(why) => warnings.push(Problem::warning(path, why)),
        }
    }
    let mut s = Scenario {
        title: "Imported from BODS".into(),
        ..Scenario::default()
    };
    let mut ids: HashMap<&str, String> = HashMap::new();
    let mut used = Ids::default();
    let live = || {
        order
            .iter()
            .filter_map(|id| records.get(id))
            .filter(|st| !st.closed)
    };
    for st in live() {
        if let Record::Party {
            kind,
            name,
            country,
        } = &st.record
        {
            let name = name_of(name.as_deref(), st, &mut warnings);
            let id = used.entity_id(&st.record_id, &name);
            let mut e = Entity::new(&id, &name);
            e.kind = *kind;
            e.country = country.as_deref().and_then(country_code);
            ids.insert(st.record_id.as_str(), id);
            s.entities.push(e);
        }
    }
    let mut rel = Relations::default();
    for st in live() {
        if let Record::Relationship {
            subject,
            party,
            interests,
        } = &st.record
        {
            let id = |p: &Party| match p {
                Party::Record(r) => ids.get(r.as_str()).cloned(),
                Party::Unspecified => None,
            };
            match (id(party), id(subject)) {
                (Some(h), Some(t)) if h != t => rel.add(&h, &t, interests, &st.path, &mut warnings),
                (Some(_), Some(_)) => warnings.push(Problem::warning(
                    &st.path,
                    "a party holding an interest in itself; skipped",
                )),
                _ => warnings.push(Problem::warning(
                    &st.path,
                    "its subject or interested party is unspecified or not among the entity \
                     and person statements; skipped",
                )),
            }
        }
    }
    s.holdings = rel.holdings;
    s.control_rights = rel.rights;
    let origins = Origins {
        holdings: rel.holding_from,
        rights: rel.right_from,
    };
    Ok((s, warnings, origins))
}

/// The statements of the file: a JSON array, an object with a `statements` array, or one
/// statement per line.
fn statements(text: &str) -> Result<Vec<Value>, Problem> {
    let too_many = || {
        Problem::error(
            "",
            format!("more than {MAX_STATEMENTS} statements; split the file"),
        )
    };
    match serde_json::from_str::<Value>(text) {
        Ok(Value::Array(items)) if items.len() > MAX_STATEMENTS => Err(too_many()),
        Ok(Value::Array(items)) => Ok(items),
        Ok(Value::Object(mut m)) => match m.remove("statements") {
            Some(Value::Array(items)) if items.len() <= MAX_STATEMENTS => Ok(items),
            Some(Value::Array(_)) => Err(too_many()),
            _ => Ok(vec![Value::Object(m)]),
        },
        Ok(_) => Err(Problem::error(
            "",
            "this is not BODS: expected a list of statements",
        )),
        Err(whole) => {
            let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
            if lines.len() < 2 {
                return Err(Problem::error(
                    "",
                    format!("this is not BODS: not valid JSON ({whole})"),
                ));
            }
            if lines.len() > MAX_STATEMENTS {
                return Err(too_many());
            }
            lines
                .iter()
                .enumerate()
                .map(|(i, l)| {
                    serde_json::from_str(l).map_err(|e| {
                        Problem::error("", format!("line {}: not valid JSON ({e})", i + 1))
                    })
                })
                .collect()
        }
    }
}

fn name_of(name: Option<&str>, st: &Statement, warnings: &mut Vec<Problem>) -> String {
    let name = name.filter(|n| !n.trim().is_empty()).unwrap_or_else(|| {
        warnings.push(Problem::warning(&st.path, "no name; the record id is used"));
        st.record_id.as_str()
    });
    if name.chars().count() > MAX_TEXT {
        warnings.push(Problem::warning(
            &st.path,
            format!("the name is longer than {MAX_TEXT} characters and was shortened"),
        ));
    }
    name.chars().take(MAX_TEXT).collect()
}

/// `JP` as it is; `GB-SCT` as `GB`; anything that is no ISO 3166-1 code is dropped.
fn country_code(code: &str) -> Option<String> {
    let c = code.split('-').next().unwrap_or("").to_ascii_uppercase();
    is_country(&c).then_some(c)
}

/// Adds the statement a problem's holding or control right came from to its message.
fn from_statement(p: Problem, origins: &Origins) -> Problem {
    let found = [
        ("holdings[", &origins.holdings),
        ("control_rights[", &origins.rights),
    ]
    .into_iter()
    .find_map(|(prefix, from)| {
        let rest = p.path.strip_prefix(prefix)?;
        let i: usize = rest.split(']').next()?.parse().ok()?;
        from.get(i)
    });
    match found {
        Some(st) => Problem {
            message: format!("{} (from {st})", p.message),
            ..p
        },
        None => p,
    }
}
