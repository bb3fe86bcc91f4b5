//! The bridge to plotters: colours, and the pixel ranges of a plot area with y pointing up
//! (what plotters' ChartBuilder does internally, which the charts skip to keep its text
//! layout out of the wasm).

use std::ops::Range;

use plotters::coord::Shift;
use plotters::prelude::{DrawingArea, DrawingBackend, RGBColor};

use super::theme::Rgb;

/// A theme colour as plotters' colour.
pub(crate) fn rgb(c: Rgb) -> RGBColor {
    RGBColor(c.0, c.1, c.2)
}

/// Pixel ranges for `Cartesian2d::new` over `area`: x left to right, y bottom to top (so larger
/// values are drawn higher), each ending on the last pixel inside the area.
pub(crate) fn ranges<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
) -> (Range<i32>, Range<i32>) {
    let (x, y) = area.get_pixel_range();
    (x.start..x.end - 1, y.end - 1..y.start)
}
