//! Scenario JSON files: reading with every problem listed, writing pretty JSON without defaults.

pub use crate::model::{parse_scenario as read, to_json_pretty as write};
