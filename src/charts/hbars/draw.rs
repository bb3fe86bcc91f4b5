//! Drawing a laid-out bar chart: plotters draws grid, bars, error bars and markers into the SVG
//! backend; the texts (labels, ticks, legend, values) are written afterwards as escaped SVG.

use plotters::coord::Shift;
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;

use super::super::plot::{self, rgb as color};
use super::super::svg::{self, Anchor, TextStyle, fit};
use super::super::theme::{Rgb, Theme};
use super::layout::{Layout, PAD, PanelBox};
use super::{Bar, Panel, Spec};

type Area<'a> = DrawingArea<SVGBackend<'a>, Shift>;

/// The whole chart, or `None` when plotters reports an error.
pub(super) fn draw(spec: &Spec, l: &Layout, theme: &Theme) -> Option<String> {
    let mut shapes = String::new();
    {
        let size = (l.w as u32, l.h as u32);
        let root = SVGBackend::with_string(&mut shapes, size).into_drawing_area();
        for (panel, pb) in spec.panels.iter().zip(&l.panels) {
            draw_panel(&root, panel, pb, l, theme)?;
        }
        root.present().ok()?;
    }
    let mut s = svg::open(spec.frame, "img", l.w, l.h, theme);
    s.push_str(svg::inner(&shapes));
    svg::title(&mut s, spec.frame, l.w, theme);
    super::legend::legend(&mut s, spec, l, theme);
    row_labels(&mut s, spec, l, theme);
    for (panel, pb) in spec.panels.iter().zip(&l.panels) {
        panel_texts(&mut s, panel, pb, l, theme);
    }
    if l.hidden > 0 && !spec.frame.more_rows.is_empty() {
        let note = spec.frame.more_rows.replace("{n}", &l.hidden.to_string());
        let shown = fit(&note, l.w - 2.0 * PAD, l.small);
        let st = style(l.small, theme.muted, Anchor::Start);
        svg::text(&mut s, PAD, l.h - 10.0, &shown, &note, st);
    }
    svg::close(&mut s);
    Some(s)
}

pub(super) fn style(size: f64, color: Rgb, anchor: Anchor) -> TextStyle {
    TextStyle {
        size,
        color,
        anchor,
        bold: false,
    }
}

fn draw_panel(root: &Area, p: &Panel, pb: &PanelBox, l: &Layout, theme: &Theme) -> Option<()> {
    let (x0, y0) = (pb.x0 as i32, l.top as i32);
    let (w, h) = (
        (pb.x1 - pb.x0).max(1.0) as u32,
        (l.bottom - l.top).max(1.0) as u32,
    );
    let area = root.clone().shrink((x0, y0), (w, h));
    let rows = l.shown as f64;
    // The coordinate system is applied directly: plotters' ChartBuilder would link its text
    // layout (and, in wasm, DOM measuring) even though no text is drawn through it.
    let (xr, yr) = plot::ranges(&area);
    let coord = Cartesian2d::<RangedCoordf64, RangedCoordf64>::new(
        pb.ticks.lo..pb.ticks.hi,
        0.0..rows,
        (xr, yr),
    );
    let chart = area.apply_coord_spec(coord);
    let grid = ShapeStyle::from(&color(theme.grid)).stroke_width(1);
    let ticks = pb.ticks.values.iter().filter(|v| in_range(**v, pb));
    for v in ticks {
        chart
            .draw(&PathElement::new(vec![(*v, 0.0), (*v, rows)], grid))
            .ok()?;
    }
    let axis = ShapeStyle::from(&color(theme.axis)).stroke_width(1);
    let zero = if in_range(0.0, pb) { 0.0 } else { pb.ticks.lo };
    chart
        .draw(&PathElement::new(vec![(zero, 0.0), (zero, rows)], axis))
        .ok()?;
    let ry = |row: usize, off: f64| rows - (row as f64) - off / l.row_h;
    // Zero-length bars only carry a label (a stack's total, a zero value).
    let drawn = p.bars.iter().filter(|b| b.row < l.shown && b.finite());
    for b in drawn.filter(|b| b.start != b.end) {
        let (a, e) = (clamp(b.start, pb), clamp(b.end, pb));
        let top = 5.0 + b.slot as f64 * pb.thickness;
        let (yt, yb) = (ry(b.row, top + 0.5), ry(b.row, top + pb.thickness - 0.5));
        let c = theme.color(b.color);
        chart
            .draw(&Rectangle::new([(a, yt), (e, yb)], color(c).filled()))
            .ok()?;
        // A thin edge keeps stacked segments apart; colours too pale for the background get a
        // dark edge instead so the bar still stands out (WCAG 1.4.11).
        let edge = if c.contrast(theme.background) >= 3.0 {
            theme.background
        } else {
            theme.outline
        };
        chart
            .draw(&Rectangle::new([(a, yt), (e, yb)], color(edge)))
            .ok()?;
        let mid = ry(b.row, top + pb.thickness / 2.0);
        let ink = ShapeStyle::from(&color(theme.text)).stroke_width(2);
        if let Some(err) = b.err() {
            let (lo, hi) = (clamp(b.end - err, pb), clamp(b.end + err, pb));
            let cap = (pb.thickness * 0.3) / l.row_h;
            let whisker = PathElement::new(vec![(lo, mid), (hi, mid)], ink);
            chart.draw(&whisker).ok()?;
            for x in [lo, hi] {
                let cap = PathElement::new(vec![(x, mid - cap), (x, mid + cap)], ink);
                chart.draw(&cap).ok()?;
            }
        }
        if b.marker {
            let r = ring_radius(pb) as i32;
            let ring = Circle::new((e, mid), r, ink);
            chart.draw(&ring).ok()?;
        }
    }
    if let Some(r) = p.reference.filter(|r| r.is_finite()) {
        let x = clamp(r, pb);
        let st = ShapeStyle::from(&color(theme.text)).stroke_width(2);
        chart
            .draw(&PathElement::new(vec![(x, 0.0), (x, rows)], st))
            .ok()?;
    }
    Some(())
}

fn ring_radius(pb: &PanelBox) -> f64 {
    (pb.thickness * 0.4).clamp(3.0, 7.0).round()
}

fn in_range(v: f64, pb: &PanelBox) -> bool {
    v >= pb.ticks.lo.min(pb.ticks.hi) && v <= pb.ticks.hi.max(pb.ticks.lo)
}

fn clamp(v: f64, pb: &PanelBox) -> f64 {
    v.clamp(pb.ticks.lo.min(pb.ticks.hi), pb.ticks.hi.max(pb.ticks.lo))
}

/// Pixel x of a value in a panel (the same mapping plotters uses).
fn px(v: f64, pb: &PanelBox) -> f64 {
    let span = pb.ticks.hi - pb.ticks.lo;
    if span.abs() < f64::MIN_POSITIVE {
        return pb.x0;
    }
    pb.x0 + (clamp(v, pb) - pb.ticks.lo) / span * (pb.x1 - pb.x0)
}

fn row_labels(s: &mut String, spec: &Spec, l: &Layout, theme: &Theme) {
    let fs = theme.font_size;
    for (i, label) in spec.rows.iter().take(l.shown).enumerate() {
        let y = l.row_top(i) + l.row_h / 2.0 + fs * 0.35;
        let shown = fit(label, l.label_width, fs);
        let full = spec.full.get(i).unwrap_or(label);
        let st = style(fs, theme.text, Anchor::End);
        svg::text(s, l.label_right, y, &shown, full, st);
    }
}

fn panel_texts(s: &mut String, p: &Panel, pb: &PanelBox, l: &Layout, theme: &Theme) {
    let ticks = pb.ticks.values.iter().filter(|v| in_range(**v, pb));
    let tick_st = style(l.small, theme.muted, Anchor::Middle);
    for (i, v) in ticks.enumerate() {
        if i % pb.every == 0 {
            let t = p.format.format(*v);
            svg::text(s, px(*v, pb), l.bottom + 15.0, &t, &t, tick_st);
        }
    }
    let title = fit(&p.axis_title, pb.x1 - pb.x0 + 20.0, l.small);
    let st = style(l.small, theme.text, Anchor::Middle);
    let mid = (pb.x0 + pb.x1) / 2.0;
    svg::text(s, mid, l.bottom + 33.0, &title, &p.axis_title, st);
    if !pb.values {
        return;
    }
    for b in p.bars.iter().filter(|b| b.row < l.shown) {
        if let Some(text) = &b.label {
            value_label(s, b, text, pb, l, theme);
        }
    }
}

fn value_label(s: &mut String, b: &Bar, text: &str, pb: &PanelBox, l: &Layout, theme: &Theme) {
    let err = b.err().unwrap_or(0.0);
    let y = l.row_top(b.row) + 5.0 + (b.slot as f64 + 0.5) * pb.thickness + l.small * 0.35;
    let (x, anchor) = if !b.finite() {
        (px(0.0, pb) + 4.0, Anchor::Start)
    } else if b.points_right() {
        let ring = if b.marker { ring_radius(pb) + 2.0 } else { 0.0 };
        (px(b.end + err, pb) + 4.0 + ring, Anchor::Start)
    } else {
        (px(b.end - err, pb) - 4.0, Anchor::End)
    };
    let st = style(l.small, theme.text, anchor);
    svg::text(s, x, y, text, text, st);
}
