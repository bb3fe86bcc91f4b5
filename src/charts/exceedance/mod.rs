//! Loss exceedance curves on a log money axis: the aggregate annual loss curve P(S > x), the
//! largest-event curve P(max Lᵢ > x), VaR markers, and an optional shaded band between two
//! curves (the cost-model band: per-record against DBIR 2015).

mod curves;
mod draw;
mod shapes;

use curves::{Clean, at};

use super::{DataTable, Frame, NumberFormat, Theme};

/// A curve of (loss, probability that the loss is exceeded) points, in any order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Curve {
    /// Legend and table header.
    pub label: String,
    /// Points with loss ≤ 0 or non-finite values are left out (a log axis cannot show them).
    pub points: Vec<(f64, f64)>,
}

/// A shaded region between two curves, such as the spread of two cost models.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Band {
    /// Legend text for the shaded area.
    pub label: String,
    /// The lower curve (e.g. DBIR 2015).
    pub low: Curve,
    /// The upper curve (e.g. per record).
    pub high: Curve,
}

/// A vertical marker at a loss value (VaR 95 %, VaR 99 %).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Marker {
    /// Name drawn beside the line and put in the table's notes column.
    pub label: String,
    /// Loss at which the line is drawn.
    pub value: f64,
    /// Pre-formatted value; `None` uses the money format.
    pub text: Option<String>,
}

/// Everything the exceedance chart shows, with its texts already translated.
#[derive(Clone, Debug, PartialEq)]
pub struct ExceedanceInput {
    /// Id, title, description, "no data" text and layout width.
    pub frame: Frame,
    /// X axis title and header of the loss column ("Annual loss").
    pub x_title: String,
    /// Y axis title ("Probability of exceeding").
    pub y_title: String,
    /// Header of the notes column in the data table (where marker names go).
    pub note_header: String,
    /// Formats losses (default: compact dollars).
    pub money: NumberFormat,
    /// Formats probabilities (default: plain).
    pub probability: NumberFormat,
    /// The annual aggregate loss curve P(S > x): solid.
    pub aggregate: Curve,
    /// The largest-event curve P(max Lᵢ > x): dashed; may be empty.
    pub largest: Curve,
    /// The cost-model band, shaded between its two curves.
    pub band: Option<Band>,
    /// Vertical markers (VaR 95 %, VaR 99 %).
    pub markers: Vec<Marker>,
}

impl Default for ExceedanceInput {
    fn default() -> Self {
        ExceedanceInput {
            frame: Frame::default(),
            x_title: String::new(),
            y_title: String::new(),
            note_header: String::new(),
            money: NumberFormat::money("$"),
            probability: NumberFormat::plain(),
            aggregate: Curve::default(),
            largest: Curve::default(),
            band: None,
            markers: Vec::new(),
        }
    }
}

/// The chart as one `<svg>` element.
pub fn render(input: &ExceedanceInput, theme: &Theme) -> String {
    let clean = Clean::new(input);
    match clean.axis(&input.markers) {
        Some(ticks) => draw::draw(input, &clean, &ticks, theme)
            .unwrap_or_else(|| super::svg::no_data(&input.frame, theme)),
        None => super::svg::no_data(&input.frame, theme),
    }
}

/// The curves read at each decade of the loss axis and at each marker, in loss order: loss,
/// then one probability column per curve present, then a note naming the marker.
pub fn table(input: &ExceedanceInput) -> DataTable {
    let clean = Clean::new(input);
    let mut columns: Vec<(&str, &[(f64, f64)])> = Vec::new();
    columns.push((&input.aggregate.label, &clean.aggregate));
    if !clean.largest.is_empty() {
        columns.push((&input.largest.label, &clean.largest));
    }
    if let Some(b) = &input.band {
        columns.push((&b.low.label, &clean.low));
        columns.push((&b.high.label, &clean.high));
    }
    let mut headers = vec![input.x_title.clone()];
    headers.extend(columns.iter().map(|(h, _)| h.to_string()));
    headers.push(input.note_header.clone());
    let mut at_x: Vec<(f64, Option<&Marker>)> = match clean.axis(&input.markers) {
        Some(t) => t.values.iter().map(|v| (*v, None)).collect(),
        None => Vec::new(),
    };
    for m in input.markers.iter().filter(|m| m.value.is_finite()) {
        at_x.push((m.value, Some(m)));
    }
    let xs: Vec<f64> = at_x.iter().map(|a| a.0).collect();
    let at_x: Vec<(f64, Option<&Marker>)> = super::order_by(&xs)
        .into_iter()
        .filter_map(|i| at_x.get(i).copied())
        .collect();
    let money = input.money.full();
    let rows = at_x
        .into_iter()
        .map(|(x, marker)| {
            let loss = marker.and_then(|m| m.text.clone());
            let mut row = vec![loss.unwrap_or_else(|| money.format(x))];
            row.extend(columns.iter().map(|(_, pts)| {
                at(pts, x).map_or_else(String::new, |p| input.probability.format(p))
            }));
            row.push(marker.map(|m| m.label.clone()).unwrap_or_default());
            row
        })
        .collect();
    DataTable {
        caption: input.frame.title.clone(),
        headers,
        rows,
    }
}
