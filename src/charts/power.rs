//! Power indices of a target's direct holders (Banzhaf normalised, Shapley–Shubik, or any other
//! the UI passes) as grouped horizontal bars: who is pivotal, beside who holds how much.

use super::hbars::{self, Bar, Key, Panel, Spec};
use super::{DataTable, Frame, NumberFormat, Theme};

/// One holder and its value under each index (in the order of [`PowerInput::indices`]).
#[derive(Clone, Debug, PartialEq)]
pub struct PowerRow {
    /// Display name (user text; escaped by the chart).
    pub name: String,
    /// One value per index, each a fraction 0–1; a missing value is NaN.
    pub values: Vec<f64>,
}

/// Everything the power chart shows, with its texts already translated.
#[derive(Clone, Debug, PartialEq)]
pub struct PowerInput {
    /// Id, title, description, "no data" text and layout width.
    pub frame: Frame,
    /// Header of the holder column in the data table.
    pub holder_header: String,
    /// Index names, for the legend and table headers ("Banzhaf (normalised)", "Shapley–Shubik").
    pub indices: Vec<String>,
    /// Title under the value axis.
    pub axis_title: String,
    /// Formats index values (default: percent).
    pub format: NumberFormat,
    /// One bar row each, drawn top to bottom in this order.
    pub rows: Vec<PowerRow>,
}

impl Default for PowerInput {
    fn default() -> Self {
        PowerInput {
            frame: Frame::default(),
            holder_header: String::new(),
            indices: Vec::new(),
            axis_title: String::new(),
            format: NumberFormat::percent(),
            rows: Vec::new(),
        }
    }
}

/// At most this many indices are drawn side by side (the table has them all).
const MAX_INDICES: usize = 6;

/// The chart as one `<svg>` element.
pub fn render(input: &PowerInput, theme: &Theme) -> String {
    let k = input.indices.len().min(MAX_INDICES);
    let mut bars = Vec::with_capacity(input.rows.len() * k);
    for (i, r) in input.rows.iter().enumerate() {
        for j in 0..k {
            let v = r.values.get(j).copied().unwrap_or(f64::NAN);
            bars.push(Bar::new(i, j, v, j).label(input.format.format(v)));
        }
    }
    let spec = Spec {
        frame: &input.frame,
        rows: input.rows.iter().map(|r| r.name.clone()).collect(),
        full: Vec::new(),
        label_share: 0.34,
        panels: vec![Panel {
            axis_title: input.axis_title.clone(),
            format: input.format.clone(),
            fixed: Some((0.0, 1.0)),
            reference: None,
            slots: k.max(1),
            bars,
        }],
        legend: input
            .indices
            .iter()
            .take(k)
            .enumerate()
            .map(|(j, name)| Key::Bar(j, name.clone()))
            .collect(),
    };
    hbars::render(&spec, theme)
}

/// The same numbers as a table: holder, then one column per index.
pub fn table(input: &PowerInput) -> DataTable {
    let mut headers = vec![input.holder_header.clone()];
    headers.extend(input.indices.iter().cloned());
    let rows = input
        .rows
        .iter()
        .map(|r| {
            let mut row = vec![r.name.clone()];
            row.extend((0..input.indices.len()).map(|j| {
                input
                    .format
                    .format(r.values.get(j).copied().unwrap_or(f64::NAN))
            }));
            row
        })
        .collect();
    DataTable {
        caption: input.frame.title.clone(),
        headers,
        rows,
    }
}
