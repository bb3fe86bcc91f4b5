//! The tornado chart: for each input (a link probability, a threat rate, a cost range), the
//! result (ALE or expected records) when that input alone moves −50 % and +50 %, as bars out
//! from the base result, the widest swing on top.

use super::hbars::{self, Bar, Key, Panel, Spec, worst_first};
use super::{DataTable, Frame, NumberFormat, Theme, label_or};

/// One input and the result at its low and high settings.
#[derive(Clone, Debug, PartialEq)]
pub struct TornadoRow {
    /// What was varied (user text such as an entity name; escaped by the chart).
    pub name: String,
    /// The result with this input at −50 %.
    pub low: f64,
    /// The result with this input at +50 %.
    pub high: f64,
    /// Pre-formatted results; `None` uses `format`.
    pub low_text: Option<String>,
    /// Pre-formatted high result; `None` uses `format`.
    pub high_text: Option<String>,
}

impl TornadoRow {
    /// How far the result moves between the two settings.
    pub fn swing(&self) -> f64 {
        (self.high - self.low).abs()
    }
}

/// Everything the tornado chart shows, with its texts already translated.
#[derive(Clone, Debug, PartialEq)]
pub struct TornadoInput {
    /// Id, title, description, "no data" text and layout width.
    pub frame: Frame,
    /// Header of the input column in the data table.
    pub input_header: String,
    /// Legend and table header for the low setting ("−50 %").
    pub low_label: String,
    /// Legend and table header for the high setting ("+50 %").
    pub high_label: String,
    /// Table header for the swing.
    pub swing_label: String,
    /// The result with every input at its base value.
    pub base: f64,
    /// Legend text for the base line, value included ("Base ALE $1.2M").
    pub base_label: String,
    /// Title under the value axis.
    pub axis_title: String,
    /// Formats results (default: compact dollars).
    pub format: NumberFormat,
    /// In any order: the chart sorts by swing.
    pub rows: Vec<TornadoRow>,
}

impl Default for TornadoInput {
    fn default() -> Self {
        TornadoInput {
            frame: Frame::default(),
            input_header: String::new(),
            low_label: String::new(),
            high_label: String::new(),
            swing_label: String::new(),
            base: 0.0,
            base_label: String::new(),
            axis_title: String::new(),
            format: NumberFormat::money("$"),
            rows: Vec::new(),
        }
    }
}

fn ordered(input: &TornadoInput) -> Vec<&TornadoRow> {
    let keys: Vec<f64> = input.rows.iter().map(TornadoRow::swing).collect();
    worst_first(&keys)
        .into_iter()
        .filter_map(|i| input.rows.get(i))
        .collect()
}

/// The chart as one `<svg>` element.
pub fn render(input: &TornadoInput, theme: &Theme) -> String {
    let rows = ordered(input);
    let base = if input.base.is_finite() {
        input.base
    } else {
        0.0
    };
    let mut bars = Vec::with_capacity(rows.len() * 2);
    for (i, r) in rows.iter().enumerate() {
        let low = Bar {
            start: base,
            ..Bar::new(i, 0, r.low, 0).label(label_or(&r.low_text, r.low, &input.format))
        };
        let high = Bar {
            start: base,
            ..Bar::new(i, 0, r.high, 1).label(label_or(&r.high_text, r.high, &input.format))
        };
        // When both settings move the result the same way the longer bar goes first so the
        // shorter one stays visible on top of it.
        if (high.end - base).abs() > (low.end - base).abs() {
            bars.extend([high, low]);
        } else {
            bars.extend([low, high]);
        }
    }
    let spec = Spec {
        frame: &input.frame,
        rows: rows.iter().map(|r| r.name.clone()).collect(),
        full: Vec::new(),
        label_share: 0.34,
        panels: vec![Panel {
            axis_title: input.axis_title.clone(),
            format: input.format.clone(),
            fixed: None,
            reference: Some(base),
            slots: 1,
            bars,
        }],
        legend: vec![
            Key::Bar(0, input.low_label.clone()),
            Key::Bar(1, input.high_label.clone()),
            Key::Line(input.base_label.clone()),
        ],
    };
    hbars::render(&spec, theme)
}

/// The same numbers as a table, widest swing first: input, low result, high result, swing.
pub fn table(input: &TornadoInput) -> DataTable {
    let f = input.format.full();
    let rows = ordered(input)
        .into_iter()
        .map(|r| {
            vec![
                r.name.clone(),
                label_or(&r.low_text, r.low, &f),
                label_or(&r.high_text, r.high, &f),
                f.format(r.swing()),
            ]
        })
        .collect();
    DataTable {
        caption: input.frame.title.clone(),
        headers: vec![
            input.input_header.clone(),
            input.low_label.clone(),
            input.high_label.clone(),
            input.swing_label.clone(),
        ],
        rows,
    }
}
