//! The bar-chart legend: a swatch per series, the error-bar, ring and reference-line samples,
//! each with its (escaped) text, at the places the layout chose.

use super::super::svg::{self, Anchor, fit, num};
use super::super::theme::Theme;
use super::draw::style;
use super::layout::{Layout, PAD};
use super::{Key, Spec};

pub(super) fn legend(s: &mut String, spec: &Spec, l: &Layout, theme: &Theme) {
    for (key, at) in spec.legend.iter().zip(&l.legend) {
        let (x, y) = (at.x, at.y);
        let mid = y - 4.0;
        let text = match key {
            Key::Bar(c, t) => {
                let fill = theme.color(*c).hex();
                let _ = std::fmt::Write::write_fmt(
                    s,
                    format_args!(
                        r#"<rect x="{}" y="{}" width="12" height="12" fill="{fill}"/>"#,
                        num(x),
                        num(mid - 6.0)
                    ),
                );
                t
            }
            Key::Marker(t) => {
                let _ = std::fmt::Write::write_fmt(
                    s,
                    format_args!(
                        r#"<circle cx="{}" cy="{}" r="5" fill="none" stroke="{}" stroke-width="2"/>"#,
                        num(x + 6.0),
                        num(mid),
                        theme.text.hex()
                    ),
                );
                t
            }
            Key::ErrorBar(t) => {
                svg::line(s, (x, mid), (x + 12.0, mid), theme.text, 2.0);
                svg::line(s, (x, mid - 4.0), (x, mid + 4.0), theme.text, 2.0);
                svg::line(
                    s,
                    (x + 12.0, mid - 4.0),
                    (x + 12.0, mid + 4.0),
                    theme.text,
                    2.0,
                );
                t
            }
            Key::Line(t) => {
                svg::line(
                    s,
                    (x + 6.0, mid - 7.0),
                    (x + 6.0, mid + 7.0),
                    theme.text,
                    2.0,
                );
                t
            }
        };
        let shown = fit(text, l.w - x - 18.0 - PAD, l.small);
        let st = style(l.small, theme.text, Anchor::Start);
        svg::text(s, x + 18.0, y, &shown, text, st);
    }
}
