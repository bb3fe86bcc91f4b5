//! Helpers shared by the integration tests: a proptest strategy for valid scenarios.
#![allow(dead_code)]

pub mod scenario_parts;
pub mod scenario_strategy;
