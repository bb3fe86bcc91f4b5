//! Codecs: the scenario in and out of share links, JSON files, CSV and BODS. Pure; every decoder
//! is bounded and returns problems instead of panicking.

pub mod json;
