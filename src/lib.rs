//! Exposure: effective control and breach impact, computed in the browser.
//!
//! Crate map:
//! - [`model`]: the scenario v1 types, defaults, JSON reading and validation (pure);
//! - [`engine`]: what the calculator computes from a scenario: ownership, control, power,
//!   breach reach, loss and the report (pure);
//! - [`codec`]: share links, JSON, CSV and BODS (pure);
//! - [`charts`]: one module per chart, each rendering an SVG string with plotters (pure);
//! - [`text`]: the message catalogue; every visible string is looked up there (pure);
//! - `ui` (wasm only): the Yew app: one reducer for the scenario, components, and the
//!   platform effects (location, storage, embedding, worker) at the edge.
//!
//! "Pure" modules never touch the browser, so they build and test natively and can run in a
//! worker; `tests/tidy.rs` enforces it.

pub mod charts;
pub mod codec;
pub mod engine;
pub mod model;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod ui;
