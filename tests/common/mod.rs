//! Helpers shared by the integration tests: a proptest strategy for valid scenarios, and small
//! breach scenarios built from numbers.
#![allow(dead_code)]

pub mod scenario_parts;
pub mod scenario_strategy;
pub mod webs;
