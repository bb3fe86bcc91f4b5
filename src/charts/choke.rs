//! Choke points: for each vendor link, how much the expected records fall when the link is cut,
//! largest first, labelled "vendor → client".

use super::hbars::{self, Bar, Key, Panel, Spec, worst_first};
use super::{DataTable, Frame, NumberFormat, Theme, label_or, svg};

/// Link labels name two entities, so they get a wider label column than other charts.
const LABEL_SHARE: f64 = 0.5;

/// One link and what cutting it saves.
#[derive(Clone, Debug, PartialEq)]
pub struct ChokeRow {
    /// Vendor display name (user text; escaped by the chart).
    pub vendor: String,
    /// Client display name (user text; escaped by the chart).
    pub client: String,
    /// Fall in expected records (or loss) when the link is cut.
    pub fall: f64,
    /// Pre-formatted value; `None` uses `format`.
    pub text: Option<String>,
}

impl ChokeRow {
    /// The row label: "vendor → client" (an arrow, not a word, so it needs no translation).
    pub fn label(&self) -> String {
        format!("{} → {}", self.vendor, self.client)
    }
}

/// Everything the choke-point chart shows, with its texts already translated.
#[derive(Clone, Debug, PartialEq)]
pub struct ChokeInput {
    /// Id, title, description, "no data" text and layout width.
    pub frame: Frame,
    /// Header of the link column in the data table.
    pub link_header: String,
    /// Legend and table header for the fall.
    pub fall_label: String,
    /// Title under the value axis.
    pub axis_title: String,
    /// Formats the fall (default: compact counts).
    pub format: NumberFormat,
    /// In any order: the chart sorts largest fall first.
    pub rows: Vec<ChokeRow>,
}

impl Default for ChokeInput {
    fn default() -> Self {
        ChokeInput {
            frame: Frame::default(),
            link_header: String::new(),
            fall_label: String::new(),
            axis_title: String::new(),
            format: NumberFormat::compact(),
            rows: Vec::new(),
        }
    }
}

fn ordered(input: &ChokeInput) -> Vec<&ChokeRow> {
    let keys: Vec<f64> = input.rows.iter().map(|r| r.fall).collect();
    worst_first(&keys)
        .into_iter()
        .filter_map(|i| input.rows.get(i))
        .collect()
}

/// The chart as one `<svg>` element.
pub fn render(input: &ChokeInput, theme: &Theme) -> String {
    let rows = ordered(input);
    let bars = rows
        .iter()
        .enumerate()
        .map(|(i, r)| Bar::new(i, 0, r.fall, 0).label(label_or(&r.text, r.fall, &input.format)))
        .collect();
    // Long "vendor → client" labels are shortened on each side, so both names stay visible.
    let room = svg::frame_width(&input.frame) * LABEL_SHARE - 14.0;
    let fs = theme.font_size;
    let short = |r: &ChokeRow| {
        let full = r.label();
        if svg::text_width(&full, fs) <= room {
            return full;
        }
        let half = (room - svg::text_width(" → ", fs)) / 2.0;
        format!(
            "{} → {}",
            svg::fit(&r.vendor, half, fs),
            svg::fit(&r.client, half, fs)
        )
    };
    let spec = Spec {
        frame: &input.frame,
        rows: rows.iter().map(|r| short(r)).collect(),
        full: rows.iter().map(|r| r.label()).collect(),
        label_share: LABEL_SHARE,
        panels: vec![Panel {
            axis_title: input.axis_title.clone(),
            format: input.format.clone(),
            fixed: None,
            reference: None,
            slots: 1,
            bars,
        }],
        legend: vec![Key::Bar(0, input.fall_label.clone())],
    };
    hbars::render(&spec, theme)
}

/// The same numbers as a table, largest first: link, fall.
pub fn table(input: &ChokeInput) -> DataTable {
    let full = input.format.full();
    let rows = ordered(input)
        .into_iter()
        .map(|r| vec![r.label(), label_or(&r.text, r.fall, &full)])
        .collect();
    DataTable {
        caption: input.frame.title.clone(),
        headers: vec![input.link_header.clone(), input.fall_label.clone()],
        rows,
    }
}
