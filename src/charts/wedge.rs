//! The wedge chart: for each holder of a target, its economic interest (ultimate share of cash
//! flow) beside its control power, as paired horizontal bars. The gap between the two bars is
//! the "wedge between cash flow and control" the ownership literature measures.

use super::hbars::{self, Bar, Key, Panel, Spec};
use super::{DataTable, Frame, NumberFormat, Theme, label_or};

/// One holder of the target.
#[derive(Clone, Debug, PartialEq)]
pub struct WedgeRow {
    /// Display name (user text; escaped by the chart).
    pub name: String,
    /// Economic interest as a fraction (0.3225 for 32.25 %).
    pub interest: f64,
    /// Control power as a fraction: a power index, or 1/0 for "controls / does not".
    pub control: f64,
    /// Pre-formatted labels; `None` uses `format`.
    pub interest_text: Option<String>,
    /// Pre-formatted control power; `None` uses `format`.
    pub control_text: Option<String>,
}

/// Everything the wedge chart shows, with its texts already translated.
#[derive(Clone, Debug, PartialEq)]
pub struct WedgeInput {
    /// Id, title, description, "no data" text and layout width.
    pub frame: Frame,
    /// Header of the holder column in the data table.
    pub holder_header: String,
    /// Legend and table header for economic interest.
    pub interest_label: String,
    /// Legend and table header for control power.
    pub control_label: String,
    /// Table header for the difference control − interest.
    pub gap_label: String,
    /// Title under the value axis.
    pub axis_title: String,
    /// Formats fractions (default: percent).
    pub format: NumberFormat,
    /// One bar row each, drawn top to bottom in this order.
    pub rows: Vec<WedgeRow>,
}

impl Default for WedgeInput {
    fn default() -> Self {
        WedgeInput {
            frame: Frame::default(),
            holder_header: String::new(),
            interest_label: String::new(),
            control_label: String::new(),
            gap_label: String::new(),
            axis_title: String::new(),
            format: NumberFormat::percent(),
            rows: Vec::new(),
        }
    }
}

/// The chart as one `<svg>` element.
pub fn render(input: &WedgeInput, theme: &Theme) -> String {
    let mut bars = Vec::with_capacity(input.rows.len() * 2);
    let mut top = 1.0f64;
    for (i, r) in input.rows.iter().enumerate() {
        let it = label_or(&r.interest_text, r.interest, &input.format);
        let ct = label_or(&r.control_text, r.control, &input.format);
        bars.push(Bar::new(i, 0, r.interest, 0).label(it));
        bars.push(Bar::new(i, 1, r.control, 1).label(ct));
        for v in [r.interest, r.control] {
            if v.is_finite() {
                top = top.max(v);
            }
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
            fixed: Some((0.0, top)),
            reference: None,
            slots: 2,
            bars,
        }],
        legend: vec![
            Key::Bar(0, input.interest_label.clone()),
            Key::Bar(1, input.control_label.clone()),
        ],
    };
    hbars::render(&spec, theme)
}

/// The same numbers as a table: holder, interest, control, and the wedge (control − interest).
pub fn table(input: &WedgeInput) -> DataTable {
    let rows = input
        .rows
        .iter()
        .map(|r| {
            let gap = r.control - r.interest;
            let mut gap_text = input.format.format(gap);
            if gap > 0.0 && gap.is_finite() {
                gap_text.insert(0, '+');
            }
            vec![
                r.name.clone(),
                label_or(&r.interest_text, r.interest, &input.format),
                label_or(&r.control_text, r.control, &input.format),
                gap_text,
            ]
        })
        .collect();
    DataTable {
        caption: input.frame.title.clone(),
        headers: vec![
            input.holder_header.clone(),
            input.interest_label.clone(),
            input.control_label.clone(),
            input.gap_label.clone(),
        ],
        rows,
    }
}
