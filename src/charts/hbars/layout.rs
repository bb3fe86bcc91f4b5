//! Where everything of a bar chart goes, in px: title, legend, the row-label column, each
//! panel's plot box and axis, and how many rows fit. Pure arithmetic on estimated text widths.

use super::super::axis::{self, Ticks};
use super::super::svg::{frame_width, text_width};
use super::super::{MAX_ROWS, Theme};
use super::{Key, Panel, Spec};

pub(super) const PAD: f64 = 12.0;
const PANEL_GAP: f64 = 28.0;
const SWATCH: f64 = 12.0;

/// A legend entry placed at `x, y` (baseline of its text).
pub(super) struct Placed {
    pub x: f64,
    pub y: f64,
}

/// A panel's plot box and axis.
pub(super) struct PanelBox {
    pub x0: f64,
    pub x1: f64,
    pub ticks: Ticks,
    /// Label every n-th tick so labels never overlap.
    pub every: usize,
    pub values: bool,
    pub thickness: f64,
}

pub(super) struct Layout {
    pub w: f64,
    pub h: f64,
    pub legend: Vec<Placed>,
    pub shown: usize,
    pub hidden: usize,
    /// Right edge of the row-label column.
    pub label_right: f64,
    pub label_width: f64,
    pub top: f64,
    pub row_h: f64,
    pub panels: Vec<PanelBox>,
    pub bottom: f64,
    pub small: f64,
}

impl Layout {
    pub fn new(spec: &Spec, theme: &Theme) -> Layout {
        let w = frame_width(spec.frame);
        let fs = theme.font_size;
        let small = (fs - 1.5).max(8.0);
        let mut y = if spec.frame.title.is_empty() {
            PAD
        } else {
            36.0
        };
        let (legend, legend_h) = place_legend(&spec.legend, w, y, small);
        y += legend_h;
        let shown = spec.rows.len().min(MAX_ROWS);
        let widest = spec.rows.iter().take(shown).map(|r| text_width(r, fs));
        let label_width = widest
            .fold(24.0, f64::max)
            .min(w * spec.label_share.clamp(0.2, 0.6))
            .ceil();
        let label_right = PAD + label_width;
        let slots = spec
            .panels
            .iter()
            .map(|p| p.slots.max(1))
            .max()
            .unwrap_or(1);
        let row_h = if slots == 1 {
            26.0
        } else {
            (slots as f64 * 13.0 + 10.0).min(90.0)
        };
        let top = (y + 8.0).round();
        let plot_h = shown as f64 * row_h;
        let region0 = label_right + 10.0;
        let k = spec.panels.len() as f64;
        let each = ((w - PAD - region0 - PANEL_GAP * (k - 1.0)) / k).max(40.0);
        let panels = spec
            .panels
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let x = region0 + i as f64 * (each + PANEL_GAP);
                panel_box(p, x, x + each, shown, small, row_h)
            })
            .collect();
        let bottom = top + plot_h;
        let hidden = spec.rows.len() - shown;
        let mut h = bottom + 44.0;
        if hidden > 0 && !spec.frame.more_rows.is_empty() {
            h += 18.0;
        }
        Layout {
            w,
            h: h.ceil(),
            legend,
            shown,
            hidden,
            label_right,
            label_width,
            top,
            row_h,
            panels,
            bottom,
            small,
        }
    }

    /// The y (px) of the top of row `row`.
    pub fn row_top(&self, row: usize) -> f64 {
        self.top + row as f64 * self.row_h
    }
}

fn place_legend(keys: &[Key], w: f64, y0: f64, size: f64) -> (Vec<Placed>, f64) {
    if keys.is_empty() {
        return (Vec::new(), 0.0);
    }
    let (mut x, mut y) = (PAD, y0 + 12.0);
    let mut out = Vec::new();
    for key in keys {
        let text = match key {
            Key::Bar(_, t) | Key::Marker(t) | Key::ErrorBar(t) | Key::Line(t) => t,
        };
        let item = SWATCH + 6.0 + text_width(text, size).min(w - 2.0 * PAD - SWATCH - 6.0);
        if x > PAD && x + item > w - PAD {
            x = PAD;
            y += 18.0;
        }
        out.push(Placed { x, y });
        x += item + 18.0;
    }
    (out, y - y0 + 10.0)
}

fn panel_box(p: &Panel, x0: f64, x1: f64, rows: usize, small: f64, row_h: f64) -> PanelBox {
    let visible = p.bars.iter().filter(|b| b.row < rows);
    let (mut lo, mut hi) = p.fixed.unwrap_or((0.0, 0.0));
    let (mut right, mut left) = (0.0f64, 0.0f64);
    for b in visible {
        if p.fixed.is_none() {
            for v in [b.start, b.end, b.end + b.err().unwrap_or(0.0)] {
                if v.is_finite() {
                    lo = lo.min(v);
                    hi = hi.max(v);
                }
            }
        }
        if let Some(l) = &b.label {
            let width = text_width(l, small) + 6.0;
            if b.points_right() {
                right = right.max(width);
            } else {
                left = left.max(width);
            }
        }
    }
    if let Some(r) = p.reference.filter(|r| r.is_finite() && p.fixed.is_none()) {
        lo = lo.min(r);
        hi = hi.max(r);
    }
    let values = x1 - x0 - right - left >= 60.0;
    let (a, b) = if values {
        (x0 + left, x1 - right)
    } else {
        (x0, x1)
    };
    let target = ((b - a) / 80.0).clamp(2.0, 8.0) as usize;
    let ticks = if p.fixed.is_some() {
        let t = axis::linear(lo, hi, target);
        axis::Ticks { lo, hi, ..t }
    } else {
        axis::linear(lo, hi, target)
    };
    let widest = ticks
        .values
        .iter()
        .map(|v| text_width(&p.format.format(*v), small))
        .fold(0.0, f64::max);
    let spacing = (b - a) / (ticks.values.len().max(2) - 1) as f64;
    let every = ((widest + 10.0) / spacing.max(1.0)).ceil().max(1.0) as usize;
    let slots = p.slots.max(1) as f64;
    PanelBox {
        x0: a.round(),
        x1: b.round(),
        ticks,
        every,
        values,
        thickness: ((row_h - 10.0) / slots).floor(),
    }
}
