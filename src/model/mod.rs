//! The scenario v1 model: types with the spec's defaults, reading JSON with every problem
//! reported by path, validation, and the examples built in. Pure: no browser code here.

pub mod countries;
pub mod date;
pub mod edit;
pub mod examples;
mod num;
pub mod parse;
mod pretty;
pub mod problem;
pub mod settings;
pub mod types;
pub mod validate;

pub use num::Num;
pub use parse::{Parsed, parse_scenario, parse_value};
pub use problem::{Problem, Severity};
pub use settings::{CostModel, Propagation, Settings, default_cost};
pub use types::*;
pub use validate::{errors, validate};

/// Writes a scenario as pretty JSON (defaults left out): the compact text laid out, so that the
/// wasm holds one JSON writer for scenarios, not two.
pub fn to_json_pretty(s: &Scenario) -> String {
    pretty::pretty(&to_json(s))
}

/// Writes a scenario as compact JSON (defaults left out).
pub fn to_json(s: &Scenario) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// A scenario as a JSON value (defaults left out), read back from [`to_json`]'s text. Going
/// through text keeps one derived serializer for scenarios in the wasm (into text) instead of
/// a second one into `Value`, about 5 KB gzipped; `float_roundtrip` reads every number back
/// exactly.
pub fn to_value(s: &Scenario) -> serde_json::Value {
    serde_json::from_str(&to_json(s)).unwrap_or_default()
}
