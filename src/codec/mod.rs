//! Codecs: the scenario in and out of share links, JSON files, CSV and BODS. Pure; every decoder
//! is bounded and returns problems instead of panicking.
//!
//! Entry points that take untrusted input (and that fuzzing drives): [`link::decode`],
//! [`csv::import_entities`], [`csv::import_holdings`], [`csv::import_links`],
//! [`csv::import_data`], [`bods::import`] and [`crate::model::parse_scenario`].

pub mod bods;
pub mod csv;
pub mod file;
pub mod json;
pub mod link;
pub mod text;
