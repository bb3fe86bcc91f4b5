//! Reading a scenario from JSON text: every type problem and every rule broken is reported with
//! its path; unknown fields are ignored with a warning; nothing here can panic on any input.

mod items;
mod reader;

use serde_json::Value;
use std::collections::HashSet;

use super::problem::{Problem, quote};
use super::types::{FORMAT, Scenario, VERSION};
use super::validate::validate;
use reader::{Obj, Sink, kind_of};

/// Largest scenario text accepted (a 100,000-entity group fits; a stray video does not).
pub const MAX_BYTES: usize = 16 * 1024 * 1024;

/// A scenario that can be used, with the warnings found on the way.
#[derive(Clone, Debug, PartialEq)]
pub struct Parsed {
    pub scenario: Scenario,
    pub warnings: Vec<Problem>,
}

/// Parses and validates scenario JSON. `Err` holds every problem (errors first, then warnings).
pub fn parse_scenario(text: &str) -> Result<Parsed, Vec<Problem>> {
    if text.len() > MAX_BYTES {
        return Err(vec![Problem::error(
            "",
            format!(
                "the file is {} MB; scenarios larger than {} MB are refused",
                text.len() / (1024 * 1024),
                MAX_BYTES / (1024 * 1024)
            ),
        )]);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            return Err(vec![Problem::error(
                "",
                format!(
                    "not valid JSON (line {}, column {}): {}",
                    e.line(),
                    e.column(),
                    plain(&e)
                ),
            )]);
        }
    };
    parse_value(&value)
}

/// Parses and validates an already-decoded JSON value.
pub fn parse_value(value: &Value) -> Result<Parsed, Vec<Problem>> {
    let mut sink = Sink::default();
    let scenario = read_scenario(value, &mut sink);
    let Some(scenario) = scenario else {
        return Err(sink.problems);
    };
    // A field that failed to read already has its problem; validation would only repeat it.
    let checked: Vec<Problem> = {
        let unreadable: HashSet<&str> = sink
            .problems
            .iter()
            .filter(|p| p.is_error())
            .map(|p| p.path.as_str())
            .collect();
        validate(&scenario)
            .into_iter()
            .filter(|p| !p.is_at_any(&unreadable))
            .collect()
    };
    let mut problems = sink.problems;
    problems.extend(checked);
    if problems.iter().any(Problem::is_error) {
        problems.sort_by_key(|p| p.severity);
        Err(problems)
    } else {
        Ok(Parsed {
            scenario,
            warnings: problems,
        })
    }
}

/// serde_json's message without its own "at line … column …" suffix, which we already give.
fn plain(e: &serde_json::Error) -> String {
    let s = e.to_string();
    match s.find(" at line ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn read_scenario(value: &Value, sink: &mut Sink) -> Option<Scenario> {
    let mut top = match value {
        Value::Object(_) => Obj::new(value, "", sink)?,
        other => {
            sink.error(
                "",
                format!("expected a scenario object, found {}", kind_of(other)),
            );
            return None;
        }
    };
    match top.get("format") {
        Some(Value::String(f)) if f == FORMAT => {}
        Some(other) => {
            let shown = other.as_str().map_or_else(|| kind_of(other), quote);
            sink.error(
                "format",
                format!("{shown} is not \"{FORMAT}\"; this is not an Exposure scenario"),
            );
            return None;
        }
        None => {
            sink.error(
                "format",
                format!("missing; an Exposure scenario says \"format\": \"{FORMAT}\""),
            );
            return None;
        }
    }
    match top.get("version") {
        Some(v) if v.as_u64() == Some(u64::from(VERSION)) => {}
        Some(v) if v.as_u64().is_some_and(|n| n > u64::from(VERSION)) => {
            sink.error(
                "version",
                format!(
                    "version {v} was written by a newer Exposure; this one reads version {VERSION}"
                ),
            );
            return None;
        }
        Some(v) => {
            sink.error(
                "version",
                format!(
                    "{} is not a scenario version (expected {VERSION})",
                    kind_of(v)
                ),
            );
            return None;
        }
        None => {
            sink.error("version", format!("missing; expected {VERSION}"));
            return None;
        }
    }
    let mut s = Scenario {
        title: top.text_opt("title", sink).unwrap_or_default(),
        ..Scenario::default()
    };
    s.description = top.text_opt("description", sink).unwrap_or_default();
    if let Some(c) = top.text_opt("currency", sink) {
        s.currency = c;
    }
    s.entities = top.list("entities", sink, items::entity);
    s.holdings = top.list("holdings", sink, items::holding);
    s.control_rights = top.list("control_rights", sink, items::control_right);
    s.links = top.list("links", sink, items::link);
    s.data = top.list("data", sink, items::data);
    s.threats = top.list("threats", sink, items::threat);
    if let Some(v) = top.get("settings")
        && let Some(settings) = items::settings(v, "settings", sink)
    {
        s.settings = settings;
    }
    top.finish(sink);
    Some(s)
}
