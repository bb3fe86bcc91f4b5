//! The horizontal bar engine behind the wedge, power, reach, records, blast, choke and tornado
//! charts: rows of labelled bars in one or more side-by-side panels (each with its own axis),
//! grouped or stacked, with optional error bars, markers, value labels and a reference line.

mod draw;
mod layout;
mod legend;

use super::{Frame, NumberFormat};

/// What to draw. Chart modules translate their inputs into this.
pub(crate) struct Spec<'a> {
    pub frame: &'a Frame,
    /// Row labels, top to bottom.
    pub rows: Vec<String>,
    /// Full row labels for tooltips when `rows` were shortened by the chart (may be empty).
    pub full: Vec<String>,
    /// The widest the row-label column may be, as a share of the width.
    pub label_share: f64,
    pub panels: Vec<Panel>,
    pub legend: Vec<Key>,
}

/// One panel: an x axis shared by every row.
pub(crate) struct Panel {
    pub axis_title: String,
    pub format: NumberFormat,
    /// A fixed domain (probabilities: 0 to 1); otherwise it comes from the data and includes 0.
    pub fixed: Option<(f64, f64)>,
    /// A vertical line across the rows (the tornado's base value).
    pub reference: Option<f64>,
    /// Bars side by side in one row (1 for single or stacked bars).
    pub slots: usize,
    pub bars: Vec<Bar>,
}

/// One bar from `start` to `end` in row `row`, sub-row `slot`.
#[derive(Clone, Debug)]
pub(crate) struct Bar {
    pub row: usize,
    pub slot: usize,
    pub start: f64,
    pub end: f64,
    /// Series colour index in the theme.
    pub color: usize,
    /// ± this much around `end`.
    pub err: Option<f64>,
    /// A ring at `end` (the "exact" marker).
    pub marker: bool,
    /// Text at the bar's outer end.
    pub label: Option<String>,
}

impl Bar {
    /// A bar from 0 to `value`.
    pub fn new(row: usize, slot: usize, value: f64, color: usize) -> Bar {
        Bar {
            row,
            slot,
            start: 0.0,
            end: value,
            color,
            err: None,
            marker: false,
            label: None,
        }
    }

    /// Sets the value label.
    pub fn label(mut self, text: String) -> Bar {
        self.label = Some(text);
        self
    }

    fn finite(&self) -> bool {
        self.start.is_finite() && self.end.is_finite()
    }

    /// The error half-width, when it is usable.
    fn err(&self) -> Option<f64> {
        self.err.filter(|e| e.is_finite() && *e > 0.0)
    }

    fn points_right(&self) -> bool {
        !self.finite() || self.end >= self.start
    }
}

/// A legend entry.
pub(crate) enum Key {
    /// A colour swatch for a series.
    Bar(usize, String),
    /// The ring marker.
    Marker(String),
    /// The error bar.
    ErrorBar(String),
    /// The reference line.
    Line(String),
}

/// Renders the spec; any failure inside plotters falls back to the "no data" chart rather than
/// panicking.
pub(crate) fn render(spec: &Spec, theme: &super::Theme) -> String {
    // Bars that are all NaN or infinite say nothing: show the "no data" text instead.
    let any_bar = spec.panels.iter().any(|p| p.bars.iter().any(Bar::finite));
    if spec.rows.is_empty() || spec.panels.is_empty() || !any_bar {
        return super::svg::no_data(spec.frame, theme);
    }
    let layout = layout::Layout::new(spec, theme);
    draw::draw(spec, &layout, theme).unwrap_or_else(|| super::svg::no_data(spec.frame, theme))
}

/// Row order for "worst first" charts: largest key first, NaN last, ties in input order.
pub(crate) fn worst_first(keys: &[f64]) -> Vec<usize> {
    let negated: Vec<f64> = keys.iter().map(|k| -k).collect();
    super::order_by(&negated)
}

#[cfg(test)]
mod tests {
    use super::worst_first;

    #[test]
    fn worst_first_puts_nan_last_and_keeps_ties() {
        assert_eq!(worst_first(&[1.0, f64::NAN, 3.0, 1.0]), vec![2, 0, 3, 1]);
        assert!(worst_first(&[]).is_empty());
    }
}
