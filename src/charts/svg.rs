//! The SVG pieces every chart shares: the accessible outer element, escaped text, a text-width
//! estimate that behaves the same natively and in wasm (plotters would measure with the DOM in
//! wasm and by bytes natively), and the "no data" document.

use std::fmt::Write as _;

use super::Frame;
use super::escape::escape;
pub use super::measure::{BOLD, fit, text_width};
use super::theme::{Rgb, Theme};

/// Width used when the frame does not say (px of the viewBox).
pub const DEFAULT_WIDTH: f64 = 720.0;

/// Layout width for a frame, kept within a range where the layout still works.
pub fn frame_width(frame: &Frame) -> f64 {
    if frame.width.is_finite() && frame.width > 0.0 {
        frame.width.clamp(320.0, 1600.0)
    } else {
        DEFAULT_WIDTH
    }
}

/// An id usable in `id` and `aria-labelledby`: ASCII letters, digits, `-` and `_` only.
pub fn safe_id(raw: &str) -> String {
    let mut id: String = raw
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
        .take(64)
        .collect();
    if !id.starts_with(|c: char| c.is_ascii_alphabetic()) {
        id.insert_str(0, "chart-");
    }
    id
}

/// Opens the outer `<svg>`: scalable (`viewBox`, width 100 %), labelled by its title and
/// description, with the background painted so downloads read the same as the page.
pub fn open(frame: &Frame, role: &str, w: f64, h: f64, theme: &Theme) -> String {
    let id = safe_id(&frame.id);
    let mut s = String::with_capacity(4096);
    let _ = write!(
        s,
        r#"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {w} {h}" width="100%" role="{role}" aria-labelledby="{id}-title {id}-desc" font-family="{font}" font-size="{size}" class="chart" data-width="{w}" data-height="{h}"><title id="{id}-title">{title}</title><desc id="{id}-desc">{desc}</desc><rect width="{w}" height="{h}" fill="{bg}"/>"#,
        w = num(w),
        h = num(h),
        font = escape(&theme.font_family),
        size = num(theme.font_size),
        title = escape(&frame.title),
        desc = escape(&frame.description),
        bg = theme.background.hex(),
    );
    s
}

/// Closes what [`open`] began.
pub fn close(s: &mut String) {
    s.push_str("</svg>");
}

/// The elements plotters wrote into its own `<svg>` document, without that wrapper, so they
/// can go inside ours.
pub(crate) fn inner(doc: &str) -> &str {
    let start = doc.find('>').map_or(0, |i| i + 1);
    let end = doc.rfind("</svg>").unwrap_or(doc.len()).max(start);
    doc.get(start..end).unwrap_or("")
}

/// Horizontal anchoring of a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

impl Anchor {
    fn name(self) -> &'static str {
        match self {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        }
    }
}

/// How one text is drawn.
#[derive(Clone, Copy, Debug)]
pub struct TextStyle {
    /// Font size in px.
    pub size: f64,
    /// Fill colour.
    pub color: Rgb,
    /// Horizontal anchoring.
    pub anchor: Anchor,
    /// Semi-bold weight.
    pub bold: bool,
}

/// Appends `<text>` with escaped content; when `full` differs from the shown text (it was
/// shortened), the full text goes in a `<title>` tooltip.
pub fn text(s: &mut String, x: f64, y: f64, shown: &str, full: &str, st: TextStyle) {
    text_el(s, (x, y), shown, full, st, None);
}

/// Like [`text`], with a halo of `halo` around the glyphs so the text reads over lines.
pub fn text_halo(
    s: &mut String,
    at: (f64, f64),
    [shown, full]: [&str; 2],
    st: TextStyle,
    halo: Rgb,
) {
    text_el(s, at, shown, full, st, Some(halo));
}

fn text_el(
    s: &mut String,
    (x, y): (f64, f64),
    shown: &str,
    full: &str,
    st: TextStyle,
    halo: Option<Rgb>,
) {
    let _ = write!(
        s,
        r#"<text x="{}" y="{}" fill="{}" font-size="{}" text-anchor="{}"{}"#,
        num(x),
        num(y),
        st.color.hex(),
        num(st.size),
        st.anchor.name(),
        if st.bold { r#" font-weight="600""# } else { "" },
    );
    if let Some(h) = halo {
        let _ = write!(
            s,
            r#" stroke="{}" stroke-width="4" stroke-linejoin="round" paint-order="stroke""#,
            h.hex()
        );
    }
    s.push('>');
    if shown != full {
        let _ = write!(s, "<title>{}</title>", escape(full));
    }
    s.push_str(&escape(shown));
    s.push_str("</text>");
}

/// Appends a line.
pub fn line(s: &mut String, (x1, y1): (f64, f64), (x2, y2): (f64, f64), color: Rgb, width: f64) {
    let _ = write!(
        s,
        r#"<line x1="{}" y1="{}" x2="{}" y2="{}" stroke="{}" stroke-width="{}"/>"#,
        num(x1),
        num(y1),
        num(x2),
        num(y2),
        color.hex(),
        num(width)
    );
}

/// A number for an attribute: finite, at most two decimals, no trailing zeros.
pub fn num(x: f64) -> String {
    if !x.is_finite() {
        return "0".to_string();
    }
    let t = format!("{:.2}", x);
    let t = t.trim_end_matches('0').trim_end_matches('.');
    if t == "-0" {
        "0".to_string()
    } else {
        t.to_string()
    }
}

/// A whole chart that says there is nothing to draw, with the frame's message.
pub fn no_data(frame: &Frame, theme: &Theme) -> String {
    let w = frame_width(frame);
    let h = 120.0;
    let mut s = open(frame, "img", w, h, theme);
    title(&mut s, frame, w, theme);
    let msg = fit(&frame.no_data, w - 32.0, theme.font_size);
    let st = TextStyle {
        size: theme.font_size,
        color: theme.muted,
        anchor: Anchor::Middle,
        bold: false,
    };
    text(&mut s, w / 2.0, 74.0, &msg, &frame.no_data, st);
    close(&mut s);
    s
}

/// Draws the frame's title at the top left; returns the y below it.
pub fn title(s: &mut String, frame: &Frame, w: f64, theme: &Theme) -> f64 {
    if frame.title.is_empty() {
        return 12.0;
    }
    let size = theme.font_size + 2.0;
    let shown = fit(&frame.title, (w - 24.0) / BOLD, size);
    let st = TextStyle {
        size,
        color: theme.text,
        anchor: Anchor::Start,
        bold: true,
    };
    text(s, 12.0, 24.0, &shown, &frame.title, st);
    36.0
}

/// Returns a copy of a chart with a fixed pixel size instead of `width="100%"`, for downloads
/// and for drawing onto a canvas (PNG export needs an intrinsic size).
pub fn standalone(svg: &str) -> String {
    let size = |name: &str| {
        let key = format!("data-{name}=\"");
        let start = svg.find(&key)? + key.len();
        let end = svg[start..].find('"')? + start;
        Some(svg[start..end].to_string())
    };
    match (size("width"), size("height")) {
        (Some(w), Some(h)) => svg.replacen(
            r#"width="100%""#,
            &format!(r#"width="{w}" height="{h}""#),
            1,
        ),
        _ => svg.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_safe() {
        assert_eq!(safe_id("wedge-1"), "wedge-1");
        assert_eq!(safe_id("\"><x"), "x");
        assert_eq!(safe_id("<script>"), "script");
        assert_eq!(safe_id(""), "chart-");
        assert_eq!(safe_id("9a"), "chart-9a");
    }

    #[test]
    fn numbers_in_attributes() {
        assert_eq!(num(1.0), "1");
        assert_eq!(num(1.256), "1.26");
        assert_eq!(num(f64::NAN), "0");
        assert_eq!(num(-0.001), "0");
    }

    #[test]
    fn standalone_gets_a_pixel_size() {
        let frame = Frame::new("x", "T", "D", "none");
        let svg = no_data(&frame, &Theme::light());
        let fixed = standalone(&svg);
        assert!(fixed.contains(r#"width="720" height="120""#), "{fixed}");
        assert!(!fixed.contains("100%"));
    }
}
