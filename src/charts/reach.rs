//! Reach: the probability that a breach event reaches each entity, as bars from 0 to 1 with
//! ± one standard error for Monte Carlo estimates and a ring marking exact values.

use super::hbars::{self, Bar, Key, Panel, Spec};
use super::{DataTable, Frame, NumberFormat, Theme, label_or};

/// One entity's probability of being reached.
#[derive(Clone, Debug, PartialEq)]
pub struct ReachRow {
    /// Display name (user text; escaped by the chart).
    pub name: String,
    /// Probability 0–1.
    pub probability: f64,
    /// Standard error of a Monte Carlo estimate; `None` when exact.
    pub std_error: Option<f64>,
    /// Whether the value was computed exactly.
    pub exact: bool,
    /// Pre-formatted probability; `None` uses `format`.
    pub text: Option<String>,
}

/// Everything the reach chart shows, with its texts already translated.
#[derive(Clone, Debug, PartialEq)]
pub struct ReachInput {
    /// Id, title, description, "no data" text and layout width.
    pub frame: Frame,
    /// Header of the entity column in the data table.
    pub entity_header: String,
    /// Legend and table header for the probability.
    pub probability_label: String,
    /// Legend and table header for the standard error ("± standard error").
    pub std_error_label: String,
    /// Table header for how each value was computed.
    pub method_header: String,
    /// Legend and method text for exact values ("exact").
    pub exact_label: String,
    /// Method text for estimates ("Monte Carlo").
    pub estimate_label: String,
    /// Title under the value axis.
    pub axis_title: String,
    /// Formats probabilities (default: plain, 0.597).
    pub format: NumberFormat,
    /// One bar row each, drawn top to bottom in this order.
    pub rows: Vec<ReachRow>,
}

impl Default for ReachInput {
    fn default() -> Self {
        ReachInput {
            frame: Frame::default(),
            entity_header: String::new(),
            probability_label: String::new(),
            std_error_label: String::new(),
            method_header: String::new(),
            exact_label: String::new(),
            estimate_label: String::new(),
            axis_title: String::new(),
            format: NumberFormat::plain(),
            rows: Vec::new(),
        }
    }
}

/// The chart as one `<svg>` element.
pub fn render(input: &ReachInput, theme: &Theme) -> String {
    let bars: Vec<Bar> = input
        .rows
        .iter()
        .enumerate()
        .map(|(i, r)| Bar {
            err: r.std_error.filter(|_| !r.exact),
            marker: r.exact,
            ..Bar::new(i, 0, r.probability, 0).label(label_or(
                &r.text,
                r.probability,
                &input.format,
            ))
        })
        .collect();
    let mut legend = vec![Key::Bar(0, input.probability_label.clone())];
    if bars.iter().any(|b| b.err.is_some()) {
        legend.push(Key::ErrorBar(input.std_error_label.clone()));
    }
    if input.rows.iter().any(|r| r.exact) {
        legend.push(Key::Marker(input.exact_label.clone()));
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
            slots: 1,
            bars,
        }],
        legend,
    };
    hbars::render(&spec, theme)
}

/// The same numbers as a table: entity, probability, standard error, method.
pub fn table(input: &ReachInput) -> DataTable {
    let rows = input
        .rows
        .iter()
        .map(|r| {
            let se = match r.std_error {
                Some(se) if !r.exact => input.format.format(se),
                _ => String::new(),
            };
            let method = if r.exact {
                &input.exact_label
            } else {
                &input.estimate_label
            };
            vec![
                r.name.clone(),
                label_or(&r.text, r.probability, &input.format),
                se,
                method.clone(),
            ]
        })
        .collect();
    DataTable {
        caption: input.frame.title.clone(),
        headers: vec![
            input.entity_header.clone(),
            input.probability_label.clone(),
            input.std_error_label.clone(),
            input.method_header.clone(),
        ],
        rows,
    }
}
