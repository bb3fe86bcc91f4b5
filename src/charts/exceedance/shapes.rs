//! The plotted part of the exceedance chart: grid, cost-model band, curves and marker lines,
//! drawn by plotters on a log-x plot at 4× and scaled down (plotters writes whole pixels).

use plotters::coord::types::RangedCoordf64;
use plotters::element::DashedPathElement;
use plotters::prelude::*;

use super::super::axis::{self, Ticks};
use super::super::plot::{self, rgb};
use super::super::theme::{Rgb, Theme};
use super::draw::Plot;
use super::{Clean, ExceedanceInput};

/// Plotters writes whole-pixel coordinates; drawing at 4× and scaling down keeps curves smooth.
const K: f64 = 4.0;

/// The probability axis: up to the highest probability drawn (the tail is what matters), at
/// most 1.
pub(super) fn y_ticks(c: &Clean) -> Ticks {
    let top = c.all().map(|p| p.1).fold(0.0, f64::max);
    let t = axis::linear(0.0, top, 4);
    if t.hi > 1.0 || top <= 0.0 {
        axis::linear(0.0, 1.0, 4)
    } else {
        t
    }
}

pub(super) fn shapes(
    input: &ExceedanceInput,
    c: &Clean,
    (t, yt): (&Ticks, &Ticks),
    p: &Plot,
    (w, h): (f64, f64),
    theme: &Theme,
) -> Option<String> {
    let px = |v: f64| (v * K) as u32;
    let mut out = String::new();
    {
        let root = SVGBackend::with_string(&mut out, (px(w), px(h))).into_drawing_area();
        let area = root
            .clone()
            .shrink((px(p.x0), px(p.y0)), (px(p.x1 - p.x0), px(p.y1 - p.y0)));
        // Applied directly rather than through ChartBuilder, which would link text layout.
        let (xr, yr) = plot::ranges(&area);
        let coord = Cartesian2d::<LogCoord<f64>, RangedCoordf64>::new(
            (t.lo..t.hi).log_scale(),
            0.0..yt.hi,
            (xr, yr),
        );
        let chart = area.apply_coord_spec(coord);
        let stroke = |c: Rgb, width: f64| ShapeStyle::from(&rgb(c)).stroke_width(px(width));
        let grid = stroke(theme.grid, 1.0);
        let mut xs: Vec<f64> = t.values.clone();
        if t.values.len() <= 7 {
            for d in t.values.iter().take(t.values.len().saturating_sub(1)) {
                xs.extend([2.0 * d, 5.0 * d]);
            }
        }
        for x in &xs {
            chart
                .draw(&PathElement::new(vec![(*x, 0.0), (*x, yt.hi)], grid))
                .ok()?;
        }
        for y in &yt.values {
            chart
                .draw(&PathElement::new(vec![(t.lo, *y), (t.hi, *y)], grid))
                .ok()?;
        }
        let fit_x = |pts: &[(f64, f64)]| -> Vec<(f64, f64)> {
            pts.iter()
                .map(|&(x, y)| (x.clamp(t.lo, t.hi), y.min(yt.hi)))
                .collect()
        };
        if !c.low.is_empty() && !c.high.is_empty() {
            let mut poly = fit_x(&c.low);
            poly.extend(fit_x(&c.high).into_iter().rev());
            let fill = rgb(theme.color(2)).mix(0.3).filled();
            chart.draw(&Polygon::new(poly, fill)).ok()?;
        }
        let line = stroke(theme.color(0), 3.0);
        chart
            .draw(&PathElement::new(fit_x(&c.aggregate), line))
            .ok()?;
        if !c.largest.is_empty() {
            let dashed = stroke(theme.color(1), 2.0);
            let points = fit_x(&c.largest);
            let dashes = DashedPathElement::new(points, px(7.0), px(5.0), dashed);
            chart.draw(&dashes).ok()?;
        }
        let ink = stroke(theme.text, 1.0);
        for m in input
            .markers
            .iter()
            .filter(|m| m.value.is_finite() && m.value > 0.0)
        {
            let x = m.value.clamp(t.lo, t.hi);
            let line = [(x, 0.0), (x, yt.hi)];
            let mark = DashedPathElement::new(line, px(3.0), px(3.0), ink);
            chart.draw(&mark).ok()?;
        }
        root.present().ok()?;
    }
    Some(out)
}
