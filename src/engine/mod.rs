//! The engine: everything the calculator computes from a valid scenario. Pure and deterministic:
//! the same scenario (and seed) gives the same numbers natively and in wasm.

pub mod control;
pub mod explain;
pub mod flags;
pub mod graph;
pub mod lenses;
pub mod network;
pub mod ownership;
pub mod power;
pub mod report;
pub mod results;
pub mod summary;
pub mod synthetic;
