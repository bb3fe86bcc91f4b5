//! Drawing the exceedance chart: plotters draws the grid, band, curves and marker lines on a
//! log-x plot; texts (ticks, titles, legend, marker labels) are written as escaped SVG after.

use super::super::axis::Ticks;
use super::super::svg::{self, Anchor, TextStyle, fit, num, text_width};
use super::super::theme::{Rgb, Theme};
use super::shapes::{shapes, y_ticks};
use super::{Clean, ExceedanceInput};

const PAD: f64 = 12.0;

fn st(size: f64, color: Rgb, anchor: Anchor) -> TextStyle {
    TextStyle {
        size,
        color,
        anchor,
        bold: false,
    }
}

pub(super) struct Plot {
    pub x0: f64,
    pub x1: f64,
    pub y0: f64,
    pub y1: f64,
    pub lo: f64,
    pub hi: f64,
    /// Top of the probability axis.
    pub top: f64,
}

impl Plot {
    fn px(&self, x: f64) -> f64 {
        let (a, b) = (self.lo.ln(), self.hi.ln());
        let t = (x.clamp(self.lo, self.hi).ln() - a) / (b - a);
        self.x0 + t * (self.x1 - self.x0)
    }

    fn py(&self, p: f64) -> f64 {
        self.y1 - p.clamp(0.0, self.top) / self.top * (self.y1 - self.y0)
    }
}

/// Legend entries: (label, colour, kind) where kind 0 = line, 1 = dashed, 2 = area.
fn legend_items<'a>(input: &'a ExceedanceInput, c: &Clean) -> Vec<(&'a str, usize, u8)> {
    let mut items = vec![(input.aggregate.label.as_str(), 0, 0)];
    if !c.largest.is_empty() {
        items.push((input.largest.label.as_str(), 1, 1));
    }
    if let Some(b) = input
        .band
        .as_ref()
        .filter(|_| !c.low.is_empty() && !c.high.is_empty())
    {
        items.push((b.label.as_str(), 2, 2));
    }
    items
}

pub(super) fn draw(input: &ExceedanceInput, c: &Clean, t: &Ticks, theme: &Theme) -> Option<String> {
    let w = svg::frame_width(&input.frame);
    let small = (theme.font_size - 1.5).max(8.0);
    let yt = y_ticks(c);
    let mut legend = String::new();
    let mut y = if input.frame.title.is_empty() {
        PAD
    } else {
        36.0
    } + 12.0;
    let mut x = PAD;
    for (label, color, kind) in legend_items(input, c) {
        let item = 30.0 + text_width(label, small).min(w - 2.0 * PAD - 30.0);
        if x > PAD && x + item > w - PAD {
            x = PAD;
            y += 18.0;
        }
        swatch(&mut legend, x, y - 4.0, theme.color(color), kind);
        let shown = fit(label, w - x - 30.0 - PAD, small);
        svg::text(
            &mut legend,
            x + 30.0,
            y,
            &shown,
            label,
            st(small, theme.text, Anchor::Start),
        );
        x += item + 18.0;
    }
    let y_title_at = y + 24.0;
    let ytick_w = yt
        .values
        .iter()
        .map(|v| text_width(&input.probability.format(*v), small))
        .fold(0.0, f64::max);
    let x0 = (PAD + ytick_w + 8.0).round();
    let top = (y_title_at + 10.0).round();
    let height = (w * 0.42).clamp(180.0, 360.0).round();
    let p = Plot {
        x0,
        x1: (w - PAD - 8.0).round(),
        y0: top,
        y1: top + height,
        lo: t.lo,
        hi: t.hi,
        top: yt.hi,
    };
    let h = (p.y1 + 48.0).ceil();
    let shapes = shapes(input, c, (t, &yt), &p, (w, h), theme)?;
    let mut s = svg::open(&input.frame, "img", w, h, theme);
    s.push_str(r#"<g transform="scale(0.25)">"#);
    s.push_str(svg::inner(&shapes));
    s.push_str("</g>");
    svg::title(&mut s, &input.frame, w, theme);
    s.push_str(&legend);
    let shown = fit(&input.y_title, w - 2.0 * PAD, small);
    svg::text(
        &mut s,
        PAD,
        y_title_at,
        &shown,
        &input.y_title,
        st(small, theme.text, Anchor::Start),
    );
    for v in &yt.values {
        let label = input.probability.format(*v);
        let style = st(small, theme.muted, Anchor::End);
        svg::text(
            &mut s,
            x0 - 6.0,
            p.py(*v) + small * 0.35,
            &label,
            &label,
            style,
        );
    }
    let spacing = (p.x1 - p.x0) / (t.values.len().max(2) - 1) as f64;
    let widest = t
        .values
        .iter()
        .map(|v| text_width(&input.money.format(*v), small))
        .fold(0.0, f64::max);
    let every = ((widest + 10.0) / spacing.max(1.0)).ceil().max(1.0) as usize;
    for (i, v) in t.values.iter().enumerate().filter(|(i, _)| i % every == 0) {
        let label = input.money.format(*v);
        let anchor = match i {
            0 => Anchor::Start,
            _ if i + 1 == t.values.len() => Anchor::End,
            _ => Anchor::Middle,
        };
        svg::text(
            &mut s,
            p.px(*v),
            p.y1 + 15.0,
            &label,
            &label,
            st(small, theme.muted, anchor),
        );
    }
    let title = fit(&input.x_title, p.x1 - p.x0, small);
    let style = st(small, theme.text, Anchor::Middle);
    svg::text(
        &mut s,
        (p.x0 + p.x1) / 2.0,
        p.y1 + 34.0,
        &title,
        &input.x_title,
        style,
    );
    marker_labels(&mut s, input, &p, small, theme);
    svg::close(&mut s);
    Some(s)
}

fn swatch(s: &mut String, x: f64, y: f64, c: Rgb, kind: u8) {
    let col = c.hex();
    let shape = match kind {
        2 => format!(
            r#"<rect x="{}" y="{}" width="24" height="10" fill="{col}" fill-opacity="0.3"/>"#,
            num(x),
            num(y - 5.0)
        ),
        _ => format!(
            r#"<line x1="{}" y1="{y}" x2="{}" y2="{y}" stroke="{col}" stroke-width="2.5"{}/>"#,
            num(x),
            num(x + 24.0),
            if kind == 1 {
                r#" stroke-dasharray="6 4""#
            } else {
                ""
            },
            y = num(y),
        ),
    };
    s.push_str(&shape);
}

fn marker_labels(s: &mut String, input: &ExceedanceInput, p: &Plot, small: f64, theme: &Theme) {
    let good = input
        .markers
        .iter()
        .filter(|m| m.value.is_finite() && m.value > 0.0);
    for (i, m) in good.enumerate() {
        let x = p.px(m.value);
        let value = super::super::label_or(&m.text, m.value, &input.money);
        let need = text_width(&m.label, small).max(text_width(&value, small)) + 8.0;
        let (tx, anchor) = if x + need > p.x1 {
            (x - 4.0, Anchor::End)
        } else {
            (x + 4.0, Anchor::Start)
        };
        // Markers close together (VaR 95 and 99) are staggered so their labels do not collide.
        let y = p.y0 + 14.0 + (i % 3) as f64 * 30.0;
        let label = fit(&m.label, (p.x1 - p.x0) / svg::BOLD, small);
        let bold = TextStyle {
            bold: true,
            ..st(small, theme.text, anchor)
        };
        let plain = st(small, theme.text, anchor);
        svg::text_halo(s, (tx, y), [&label, &m.label], bold, theme.background);
        svg::text_halo(s, (tx, y + 14.0), [&value, &value], plain, theme.background);
    }
}
