//! Charts: one module per chart, each a pure `render(&Input, &Theme) -> String` returning one
//! whole `<svg>` element, and a `table(&Input) -> DataTable` giving the same numbers as an
//! accessible table for screen readers.
//!
//! The charts:
//! - [`wedge`]: economic interest beside control power per holder of a target (paired bars);
//! - [`power`]: power indices (Banzhaf, Shapley–Shubik, …) of a target's direct holders;
//! - [`reach`]: probability each entity is reached in a breach event, with ± standard error
//!   and an "exact" marker;
//! - [`records`]: records exposed by data category, stacked by country, with totals;
//! - [`blast`]: blast radius: expected records and loss per event for each entity as entry;
//! - [`choke`]: choke points: the fall in expected records when each link is cut;
//! - [`exceedance`]: loss exceedance curves on a log money axis, with VaR markers and the
//!   cost-model band;
//! - [`tornado`]: the swing of a result when each input moves −50 % / +50 %;
//! - [`network`]: the ownership and vendor network, layered, with the breach path and the
//!   selected entity; its nodes are keyboard-focusable buttons carrying `data-entity`.
//!
//! Inputs are plain structs: numbers, already-translated labels and ids. Charts never write
//! words of their own, so the UI's catalogue decides every visible string. Everything user-typed
//! is escaped ([`escape`]). Text is drawn as SVG `<text>` by these modules, not measured by
//! plotters: plotters would measure with the DOM in wasm (impossible in a worker) and by bytes
//! natively, so layouts would differ; our estimate ([`measure::text_width`]) is the same everywhere,
//! which also makes every chart deterministic. Plotters draws the shapes.

pub mod blast;
pub mod choke;
pub mod escape;
pub mod exceedance;
pub mod format;
pub mod measure;
pub mod network;
pub mod power;
pub mod reach;
pub mod records;
pub mod svg;
pub mod theme;
pub mod tornado;
pub mod wedge;

mod axis;
mod hbars;
mod plot;

pub use format::NumberFormat;
pub use theme::{Rgb, Theme};

/// What every chart says about itself: its element id, its title and description (the
/// accessible name and description of the `<svg>`), and the texts shown when there is nothing
/// or too much to draw. All already translated.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Frame {
    /// Element id prefix, unique on the page (reduced to `[A-Za-z0-9_-]`).
    pub id: String,
    /// Chart title, drawn at the top and used as the accessible name.
    pub title: String,
    /// One or two sentences saying what the chart shows (the accessible description).
    pub description: String,
    /// Shown instead of the chart when there is no data.
    pub no_data: String,
    /// Shown under a bar chart cut to [`MAX_ROWS`] rows; `{n}` is replaced by the number left
    /// out (they are all in the data table).
    pub more_rows: String,
    /// Layout width in px; 0 means 720. The SVG scales to its container either way, but a
    /// narrow layout keeps text readable on a phone.
    pub width: f64,
}

impl Frame {
    /// A frame with an id, title, description and "no data" text.
    pub fn new(id: &str, title: &str, description: &str, no_data: &str) -> Frame {
        Frame {
            id: id.to_string(),
            title: title.to_string(),
            description: description.to_string(),
            no_data: no_data.to_string(),
            more_rows: String::new(),
            width: 0.0,
        }
    }
}

/// Bar charts draw at most this many rows; the data table always has them all.
pub const MAX_ROWS: usize = 40;

/// A chart's numbers as a table: the text equivalent screen readers use. Cells are already
/// formatted; the UI escapes them like any text.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DataTable {
    /// Table caption (the chart's title).
    pub caption: String,
    /// Column headers.
    pub headers: Vec<String>,
    /// Rows of formatted cells, one cell per header.
    pub rows: Vec<Vec<String>>,
}

/// Indices that put `keys` in ascending order: stable, NaN last. Every chart sorts through
/// this one function so the wasm carries one sort, not one per element type.
pub(crate) fn order_by(keys: &[f64]) -> Vec<usize> {
    let key = |i: usize| match keys.get(i) {
        Some(k) if !k.is_nan() => *k,
        _ => f64::INFINITY,
    };
    let mut order: Vec<usize> = (0..keys.len()).collect();
    order.sort_by(|&a, &b| key(a).total_cmp(&key(b)));
    order
}

/// A value label: the one the UI gave, else the chart's formatter applied to the value.
pub(crate) fn label_or(given: &Option<String>, value: f64, format: &NumberFormat) -> String {
    given.clone().unwrap_or_else(|| format.format(value))
}
