//! The network legend: a sample of each edge style present (ownership, each access level,
//! shared infrastructure, the breach path) and of the selection outline, wrapped to the width.

use std::fmt::Write as _;

use super::super::super::svg::{self, Anchor, TextStyle, fit, num, safe_id, text_width};
use super::super::super::theme::Theme;
use super::super::{Access, NetworkInput};
use super::{Stroke, edge, link_stroke, own_stroke};

const SAMPLE: f64 = 30.0;

enum Sample {
    Edge(Stroke, bool),
    Selected,
}

/// The legend's SVG and its height, starting at `y0`.
pub(super) fn legend(input: &NetworkInput, w: f64, y0: f64, theme: &Theme) -> (String, f64) {
    let l = &input.legend;
    let mut items: Vec<(Sample, &str)> = Vec::new();
    if !input.ownership.is_empty() {
        items.push((Sample::Edge(own_stroke(theme), false), &l.ownership));
    }
    let levels = [
        (Access::None, &l.access_none),
        (Access::Read, &l.access_read),
        (Access::Write, &l.access_write),
        (Access::Admin, &l.access_admin),
    ];
    for (a, text) in levels {
        if input.links.iter().any(|e| e.access == a) {
            items.push((Sample::Edge(link_stroke(a, false, theme), false), text));
        }
    }
    if input.links.iter().any(|e| e.shared) {
        items.push((
            Sample::Edge(link_stroke(Access::Read, true, theme), false),
            &l.shared,
        ));
    }
    if !input.breach_path.is_empty() {
        items.push((
            Sample::Edge(link_stroke(Access::Read, false, theme), true),
            &l.breach_path,
        ));
    }
    let chosen = input.selected.as_ref();
    if chosen.is_some_and(|id| input.nodes.iter().any(|n| &n.id == id)) {
        items.push((Sample::Selected, &l.selected));
    }
    if items.is_empty() {
        return (String::new(), 0.0);
    }
    let small = (theme.font_size - 1.5).max(8.0);
    let id = safe_id(&input.frame.id);
    let (mut x, mut y) = (12.0, y0 + 12.0);
    let mut s = String::new();
    for (sample, text) in items {
        let item = SAMPLE + 6.0 + text_width(text, small).min(w - 24.0 - SAMPLE - 6.0);
        if x > 12.0 && x + item > w - 12.0 {
            x = 12.0;
            y += 20.0;
        }
        let mid = y - 4.0;
        match sample {
            Sample::Edge(k, on) => {
                let d = format!(
                    "M{} {} L{} {}",
                    num(x),
                    num(mid),
                    num(x + SAMPLE - 4.0),
                    num(mid)
                );
                let marker = if k.dash.is_empty() { "own" } else { "link" };
                edge(&mut s, &d, k, on, &format!("{id}-{marker}"), theme);
            }
            Sample::Selected => {
                let _ = write!(
                    s,
                    r#"<rect x="{}" y="{}" width="{}" height="12" rx="3" fill="{}" stroke="{}" stroke-width="3"/>"#,
                    num(x + 2.0),
                    num(mid - 6.0),
                    num(SAMPLE - 6.0),
                    theme.node_fill.hex(),
                    theme.selected.hex()
                );
            }
        }
        let shown = fit(text, w - x - SAMPLE - 18.0, small);
        let st = TextStyle {
            size: small,
            color: theme.text,
            anchor: Anchor::Start,
            bold: false,
        };
        svg::text(&mut s, x + SAMPLE + 6.0, y, &shown, text, st);
        x += item + 18.0;
    }
    (s, y - y0 + 10.0)
}
