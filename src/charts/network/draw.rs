//! Drawing the laid-out network: arrow markers, edges (curves styled by kind and access, with
//! the breach path as a halo beneath), percent labels, then the entity buttons on top.

use std::fmt::Write as _;

use super::super::escape::escape;
use super::super::svg::{self, Anchor, TextStyle, fit, num, safe_id};
use super::super::theme::{Rgb, Theme};
use super::layout::{BOX_H, BOX_W, Layout};
use super::route::route;
use super::{Access, NetworkInput};

mod legend;

/// How an edge is stroked.
#[derive(Clone, Copy)]
pub(super) struct Stroke {
    pub color: Rgb,
    pub width: f64,
    pub dash: &'static str,
    pub double: bool,
}

/// The stroke of a vendor link: dotted for no access, dashed for read, heavier for write,
/// heaviest for admin; doubled when infrastructure is shared.
pub(super) fn link_stroke(access: Access, shared: bool, theme: &Theme) -> Stroke {
    let (dash, width) = match access {
        Access::None => ("2 4", 1.5),
        Access::Read => ("7 4", 1.5),
        Access::Write => ("7 4", 2.5),
        Access::Admin => ("12 4", 3.5),
    };
    Stroke {
        color: theme.color(2),
        width,
        dash,
        double: shared,
    }
}

pub(super) fn own_stroke(theme: &Theme) -> Stroke {
    Stroke {
        color: theme.muted,
        width: 1.5,
        dash: "",
        double: false,
    }
}

pub(super) fn draw(input: &NetworkInput, l: &Layout, theme: &Theme) -> String {
    let w = l.width;
    let id = safe_id(&input.frame.id);
    let y0 = if input.frame.title.is_empty() {
        12.0
    } else {
        36.0
    };
    let (legend_svg, legend_h) = legend::legend(input, w, y0, theme);
    let top = (y0 + legend_h + 12.0).round();
    let h = (top + l.height + 48.0).ceil();
    let mut s = svg::open(&input.frame, "group", w, h, theme);
    defs(&mut s, &id, theme);
    svg::title(&mut s, &input.frame, w, theme);
    s.push_str(&legend_svg);
    let at = |node: &str| {
        let i = l.index.get(node)?;
        let (x, y) = l.pos.get(i)?;
        Some((*x, *y + top))
    };
    let mut labels = String::new();
    let own = own_stroke(theme);
    for e in &input.ownership {
        if let (Some(a), Some(b)) = (at(&e.holder), at(&e.target)) {
            if e.holder == e.target {
                continue;
            }
            let (d, mid) = route(a, b, 0.0, &l.rows, top);
            let on = input.on_path(&e.holder, &e.target, false);
            edge(&mut s, &d, own, on, &format!("{id}-own"), theme);
            let st = TextStyle {
                size: (theme.font_size - 2.0).max(8.0),
                color: theme.text,
                anchor: Anchor::Middle,
                bold: false,
            };
            let text = input.percent_text(e);
            let tw = svg::text_width(&text, st.size) + 6.0;
            let _ = write!(
                labels,
                r#"<rect x="{}" y="{}" width="{}" height="{}" rx="3" fill="{}"/>"#,
                num(mid.0 - tw / 2.0),
                num(mid.1 - st.size * 0.6),
                num(tw),
                num(st.size * 1.3),
                theme.background.hex()
            );
            svg::text(&mut labels, mid.0, mid.1 + st.size * 0.35, &text, &text, st);
        }
    }
    for e in &input.links {
        if let (Some(a), Some(b)) = (at(&e.vendor), at(&e.client)) {
            if e.vendor == e.client {
                continue;
            }
            let (d, _) = route(a, b, BOX_W * 0.22, &l.rows, top);
            let on = input.on_path(&e.vendor, &e.client, true);
            let stroke = link_stroke(e.access, e.shared, theme);
            s.push_str("<g>");
            if !e.label.is_empty() {
                let _ = write!(s, "<title>{}</title>", escape(&e.label));
            }
            edge(&mut s, &d, stroke, on, &format!("{id}-link"), theme);
            s.push_str("</g>");
        }
    }
    s.push_str(&labels);
    for (i, n) in input.nodes.iter().enumerate() {
        if l.index.get(&n.id) != Some(&i) {
            continue;
        }
        if let Some(&(x, y)) = l.pos.get(&i) {
            node(&mut s, input, i, (x, y + top), theme);
        }
    }
    svg::close(&mut s);
    s
}

fn defs(s: &mut String, id: &str, theme: &Theme) {
    s.push_str("<defs>");
    for (name, c) in [("own", theme.muted), ("link", theme.color(2))] {
        let _ = write!(
            s,
            r#"<marker id="{id}-{name}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto"><path d="M0,1 L10,5 L0,9 z" fill="{}"/></marker>"#,
            c.hex()
        );
    }
    s.push_str("</defs>");
}

fn path(s: &mut String, d: &str, color: Rgb, width: f64, dash: &str, marker: Option<&str>) {
    let _ = write!(
        s,
        r#"<path d="{d}" fill="none" stroke="{}" stroke-width="{}""#,
        color.hex(),
        num(width)
    );
    if !dash.is_empty() {
        let _ = write!(s, r#" stroke-dasharray="{dash}""#);
    }
    if let Some(m) = marker {
        let _ = write!(s, r#" marker-end="url(#{m})""#);
    }
    s.push_str("/>");
}

/// One edge: the breach-path halo beneath when `on`, then the stroke (doubled by painting the
/// background down its middle).
fn edge(s: &mut String, d: &str, k: Stroke, on: bool, marker: &str, theme: &Theme) {
    let outer = if k.double {
        k.width * 2.0 + 3.0
    } else {
        k.width
    };
    if on {
        path(s, d, theme.highlight, outer + 5.0, "", None);
    }
    path(s, d, k.color, outer, k.dash, Some(marker));
    if k.double {
        path(s, d, theme.background, outer - 3.0, k.dash, None);
    }
}

fn node(s: &mut String, input: &NetworkInput, i: usize, (x, y): (f64, f64), theme: &Theme) {
    let Some(n) = input.nodes.get(i) else { return };
    let selected = input.selected.as_deref() == Some(n.id.as_str());
    let on = input
        .breach_path
        .iter()
        .any(|(a, b)| *a == n.id || *b == n.id);
    let label = if n.label.is_empty() {
        &n.name
    } else {
        &n.label
    };
    let _ = write!(
        s,
        r#"<g data-entity="{}" tabindex="0" role="button" aria-label="{}"{} class="entity" cursor="pointer">"#,
        escape(&n.id),
        escape(label),
        if selected {
            r#" aria-current="true""#
        } else {
            ""
        },
    );
    if selected {
        let _ = write!(
            s,
            r#"<rect x="{}" y="{}" width="{}" height="{}" rx="9" fill="none" stroke="{}" stroke-width="3"/>"#,
            num(x - 5.0),
            num(y - 5.0),
            num(BOX_W + 10.0),
            num(BOX_H + 10.0),
            theme.selected.hex()
        );
    }
    let (stroke, width) = if on {
        (theme.highlight, 2.5)
    } else {
        (theme.muted, 1.0)
    };
    let _ = write!(
        s,
        r#"<rect x="{}" y="{}" width="{}" height="{}" rx="6" fill="{}" stroke="{}" stroke-width="{}"/>"#,
        num(x),
        num(y),
        num(BOX_W),
        num(BOX_H),
        theme.node_fill.hex(),
        stroke.hex(),
        num(width)
    );
    let fs = theme.font_size - 0.5;
    let name = fit(&n.name, (BOX_W - 14.0) / svg::BOLD, fs);
    let one_line = n.detail.is_empty();
    let name_y = if one_line {
        y + BOX_H / 2.0 + fs * 0.35
    } else {
        y + 17.0
    };
    let st = TextStyle {
        size: fs,
        color: theme.text,
        anchor: Anchor::Middle,
        bold: true,
    };
    svg::text(s, x + BOX_W / 2.0, name_y, &name, &n.name, st);
    if !one_line {
        let small = (theme.font_size - 2.0).max(8.0);
        let detail = fit(&n.detail, BOX_W - 14.0, small);
        let st = TextStyle {
            size: small,
            color: theme.muted,
            anchor: Anchor::Middle,
            bold: false,
        };
        svg::text(s, x + BOX_W / 2.0, y + 33.0, &detail, &n.detail, st);
    }
    s.push_str("</g>");
}
