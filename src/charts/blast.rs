//! Blast radius: for every entity taken as the breach entry, the expected records and loss of
//! one event, worst first, as two side-by-side bar panels sharing the entity rows.

use super::hbars::{self, Bar, Key, Panel, Spec, worst_first};
use super::{DataTable, Frame, NumberFormat, Theme, label_or};

/// One entity as the entry of a breach event.
#[derive(Clone, Debug, PartialEq)]
pub struct BlastRow {
    /// Display name (user text; escaped by the chart).
    pub name: String,
    /// Expected records exposed by one event entering here.
    pub records: f64,
    /// Expected loss of one event entering here (money).
    pub loss: f64,
    /// Pre-formatted values; `None` uses the formats.
    pub records_text: Option<String>,
    /// Pre-formatted loss; `None` uses `loss_format`.
    pub loss_text: Option<String>,
}

/// Everything the blast-radius chart shows, with its texts already translated.
#[derive(Clone, Debug, PartialEq)]
pub struct BlastInput {
    /// Id, title, description, "no data" text and layout width.
    pub frame: Frame,
    /// Header of the entity column in the data table.
    pub entity_header: String,
    /// Panel title, legend and table header for expected records.
    pub records_label: String,
    /// Panel title, legend and table header for expected loss.
    pub loss_label: String,
    /// Formats records (default: compact).
    pub records_format: NumberFormat,
    /// Formats money (default: compact dollars; the UI sets the scenario's currency).
    pub loss_format: NumberFormat,
    /// In any order: the chart sorts worst first (by loss, then records).
    pub rows: Vec<BlastRow>,
}

impl Default for BlastInput {
    fn default() -> Self {
        BlastInput {
            frame: Frame::default(),
            entity_header: String::new(),
            records_label: String::new(),
            loss_label: String::new(),
            records_format: NumberFormat::compact(),
            loss_format: NumberFormat::money("$"),
            rows: Vec::new(),
        }
    }
}

/// Rows worst first: by expected loss, then by expected records.
fn ordered(input: &BlastInput) -> Vec<&BlastRow> {
    let by_records = worst_first(&input.rows.iter().map(|r| r.records).collect::<Vec<_>>());
    let loss: Vec<f64> = by_records
        .iter()
        .map(|&i| input.rows.get(i).map_or(f64::NAN, |r| r.loss))
        .collect();
    worst_first(&loss)
        .into_iter()
        .filter_map(|k| by_records.get(k).and_then(|&i| input.rows.get(i)))
        .collect()
}

/// The chart as one `<svg>` element.
pub fn render(input: &BlastInput, theme: &Theme) -> String {
    let rows = ordered(input);
    let (mut records, mut loss) = (Vec::new(), Vec::new());
    for (i, r) in rows.iter().enumerate() {
        let rt = label_or(&r.records_text, r.records, &input.records_format);
        let lt = label_or(&r.loss_text, r.loss, &input.loss_format);
        records.push(Bar::new(i, 0, r.records, 0).label(rt));
        loss.push(Bar::new(i, 0, r.loss, 1).label(lt));
    }
    let panel = |title: &str, format: &NumberFormat, bars| Panel {
        axis_title: title.to_string(),
        format: format.clone(),
        fixed: None,
        reference: None,
        slots: 1,
        bars,
    };
    let spec = Spec {
        frame: &input.frame,
        rows: rows.iter().map(|r| r.name.clone()).collect(),
        full: Vec::new(),
        label_share: 0.34,
        panels: vec![
            panel(&input.records_label, &input.records_format, records),
            panel(&input.loss_label, &input.loss_format, loss),
        ],
        legend: vec![
            Key::Bar(0, input.records_label.clone()),
            Key::Bar(1, input.loss_label.clone()),
        ],
    };
    hbars::render(&spec, theme)
}

/// The same numbers as a table, worst first: entity, expected records, expected loss.
pub fn table(input: &BlastInput) -> DataTable {
    let (rf, lf) = (input.records_format.full(), input.loss_format.full());
    let rows = ordered(input)
        .into_iter()
        .map(|r| {
            vec![
                r.name.clone(),
                label_or(&r.records_text, r.records, &rf),
                label_or(&r.loss_text, r.loss, &lf),
            ]
        })
        .collect();
    DataTable {
        caption: input.frame.title.clone(),
        headers: vec![
            input.entity_header.clone(),
            input.records_label.clone(),
            input.loss_label.clone(),
        ],
        rows,
    }
}
