//! Records exposed by data category, split by country: stacked horizontal bars (one per
//! category, one colour per country) with each category's total at the end of its bar.

use super::hbars::{self, Bar, Key, Panel, Spec};
use super::{DataTable, Frame, NumberFormat, Theme};

/// One data category and its exposed records per country (in the order of
/// [`RecordsInput::countries`]).
#[derive(Clone, Debug, PartialEq)]
pub struct RecordsRow {
    /// Display name of the category (user text; escaped by the chart).
    pub name: String,
    /// Records per country; missing, negative or non-finite counts are left out.
    pub counts: Vec<f64>,
}

/// Everything the records chart shows, with its texts already translated.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordsInput {
    /// Id, title, description, "no data" text and layout width.
    pub frame: Frame,
    /// Header of the category column in the data table.
    pub category_header: String,
    /// Country labels ("Japan", "Other or unknown"), for the legend and table headers.
    pub countries: Vec<String>,
    /// Header of the totals column and label of the totals row.
    pub total_label: String,
    /// Title under the value axis.
    pub axis_title: String,
    /// Formats counts (default: compact, 520k).
    pub format: NumberFormat,
    /// One bar row each, drawn top to bottom in this order.
    pub rows: Vec<RecordsRow>,
}

impl Default for RecordsInput {
    fn default() -> Self {
        RecordsInput {
            frame: Frame::default(),
            category_header: String::new(),
            countries: Vec::new(),
            total_label: String::new(),
            axis_title: String::new(),
            format: NumberFormat::compact(),
            rows: Vec::new(),
        }
    }
}

fn count(counts: &[f64], j: usize) -> f64 {
    counts
        .get(j)
        .copied()
        .filter(|c| c.is_finite() && *c > 0.0)
        .unwrap_or(0.0)
}

fn total(input: &RecordsInput, r: &RecordsRow) -> f64 {
    (0..input.countries.len())
        .map(|j| count(&r.counts, j))
        .sum()
}

/// The chart as one `<svg>` element.
pub fn render(input: &RecordsInput, theme: &Theme) -> String {
    let mut bars = Vec::new();
    for (i, r) in input.rows.iter().enumerate() {
        let mut at = 0.0;
        for j in 0..input.countries.len() {
            let c = count(&r.counts, j);
            if c > 0.0 {
                bars.push(Bar {
                    start: at,
                    end: at + c,
                    ..Bar::new(i, 0, 0.0, j)
                });
                at += c;
            }
        }
        // A zero-length bar carries the total label at the end of the stack.
        let sum = total(input, r);
        bars.push(Bar {
            start: sum,
            end: sum,
            ..Bar::new(i, 0, 0.0, 0).label(input.format.format(sum))
        });
    }
    let spec = Spec {
        frame: &input.frame,
        rows: input.rows.iter().map(|r| r.name.clone()).collect(),
        full: Vec::new(),
        label_share: 0.34,
        panels: vec![Panel {
            axis_title: input.axis_title.clone(),
            format: input.format.clone(),
            fixed: None,
            reference: None,
            slots: 1,
            bars,
        }],
        legend: input
            .countries
            .iter()
            .enumerate()
            .map(|(j, c)| Key::Bar(j, c.clone()))
            .collect(),
    };
    if input.countries.is_empty() {
        return super::svg::no_data(&input.frame, theme);
    }
    hbars::render(&spec, theme)
}

/// The same numbers as a table: one row per category with a column per country and the total,
/// then a totals row.
pub fn table(input: &RecordsInput) -> DataTable {
    let f = &input.format.full();
    let n = input.countries.len();
    let mut headers = vec![input.category_header.clone()];
    headers.extend(input.countries.iter().cloned());
    headers.push(input.total_label.clone());
    let mut rows: Vec<Vec<String>> = input
        .rows
        .iter()
        .map(|r| {
            let mut row = vec![r.name.clone()];
            row.extend((0..n).map(|j| f.format(count(&r.counts, j))));
            row.push(f.format(total(input, r)));
            row
        })
        .collect();
    if !input.rows.is_empty() {
        let mut last = vec![input.total_label.clone()];
        let col = |j: usize| input.rows.iter().map(|r| count(&r.counts, j)).sum::<f64>();
        last.extend((0..n).map(|j| f.format(col(j))));
        last.push(f.format(input.rows.iter().map(|r| total(input, r)).sum()));
        rows.push(last);
    }
    DataTable {
        caption: input.frame.title.clone(),
        headers,
        rows,
    }
}
