//! The engine: everything the calculator computes from a valid scenario. Pure and deterministic:
//! the same scenario (and seed) gives the same numbers natively and in wasm.

pub mod breach;
pub mod report;
pub mod summary;
