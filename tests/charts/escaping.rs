//! Hostile names through every text field of every chart: the SVG stays well-formed, nothing
//! executable appears, and the names show as text.

use exposure::charts::Theme;

use super::all::Inputs;
use super::check_svg;

const EVIL: &str =
    r#"<script>alert(1)</script>"><img src=x onerror=alert(2)>' onmouseover='x' &amp; ]]>"#;

fn poison_frame(f: &mut exposure::charts::Frame, e: &str) {
    for s in [
        &mut f.id,
        &mut f.title,
        &mut f.description,
        &mut f.no_data,
        &mut f.more_rows,
    ] {
        *s = e.to_string();
    }
}

/// Every string of every input set to the hostile text (ids kept distinct where they must be).
fn poisoned(e: &str) -> Inputs {
    let mut x = Inputs::sample();
    let s = || e.to_string();
    let w = &mut x.wedge;
    poison_frame(&mut w.frame, e);
    (
        w.holder_header,
        w.interest_label,
        w.control_label,
        w.gap_label,
        w.axis_title,
    ) = (s(), s(), s(), s(), s());
    w.format.prefix = s();
    for r in &mut w.rows {
        (r.name, r.interest_text, r.control_text) = (s(), Some(s()), Some(s()));
    }
    let p = &mut x.power;
    poison_frame(&mut p.frame, e);
    (p.holder_header, p.axis_title) = (s(), s());
    p.indices = vec![s(), s()];
    p.format.suffix = s();
    p.rows.iter_mut().for_each(|r| r.name = s());
    let r = &mut x.reach;
    poison_frame(&mut r.frame, e);
    (
        r.entity_header,
        r.probability_label,
        r.std_error_label,
        r.method_header,
    ) = (s(), s(), s(), s());
    (r.exact_label, r.estimate_label, r.axis_title) = (s(), s(), s());
    r.rows
        .iter_mut()
        .for_each(|row| (row.name, row.text) = (s(), Some(s())));
    let c = &mut x.records;
    poison_frame(&mut c.frame, e);
    (c.category_header, c.total_label, c.axis_title) = (s(), s(), s());
    c.countries = vec![s(), s()];
    c.format.group = s();
    c.rows.iter_mut().for_each(|row| row.name = s());
    let b = &mut x.blast;
    poison_frame(&mut b.frame, e);
    (b.entity_header, b.records_label, b.loss_label) = (s(), s(), s());
    b.loss_format.prefix = s();
    for row in &mut b.rows {
        (row.name, row.records_text, row.loss_text) = (s(), Some(s()), Some(s()));
    }
    let k = &mut x.choke;
    poison_frame(&mut k.frame, e);
    (k.link_header, k.fall_label, k.axis_title) = (s(), s(), s());
    for row in &mut k.rows {
        (row.vendor, row.client, row.text) = (s(), s(), Some(s()));
    }
    let ex = &mut x.exceedance;
    poison_frame(&mut ex.frame, e);
    (ex.x_title, ex.y_title, ex.note_header) = (s(), s(), s());
    ex.money.prefix = s();
    ex.probability.suffix = s();
    (ex.aggregate.label, ex.largest.label) = (s(), s());
    if let Some(band) = &mut ex.band {
        (band.label, band.low.label, band.high.label) = (s(), s(), s());
    }
    for m in &mut ex.markers {
        (m.label, m.text) = (s(), Some(s()));
    }
    let t = &mut x.tornado;
    poison_frame(&mut t.frame, e);
    (t.input_header, t.low_label, t.high_label, t.swing_label) = (s(), s(), s(), s());
    (t.base_label, t.axis_title) = (s(), s());
    for row in &mut t.rows {
        (row.name, row.low_text, row.high_text) = (s(), Some(s()), Some(s()));
    }
    let n = &mut x.network;
    poison_frame(&mut n.frame, e);
    let id = |old: &str| format!("{e}{old}");
    for node in &mut n.nodes {
        (node.id, node.name, node.detail, node.label) = (id(&node.id), s(), s(), s());
    }
    for o in &mut n.ownership {
        (o.holder, o.target, o.text) = (id(&o.holder), id(&o.target), Some(s()));
    }
    for l in &mut n.links {
        (l.vendor, l.client, l.label) = (id(&l.vendor), id(&l.client), s());
    }
    for (a, b) in &mut n.breach_path {
        (*a, *b) = (id(a), id(b));
    }
    n.selected = n.selected.as_deref().map(id);
    let g = &mut n.legend;
    for f in [
        &mut g.ownership,
        &mut g.access_none,
        &mut g.access_read,
        &mut g.access_write,
    ] {
        *f = s();
    }
    for f in [
        &mut g.access_admin,
        &mut g.shared,
        &mut g.breach_path,
        &mut g.selected,
    ] {
        *f = s();
    }
    (n.from_header, n.to_header, n.relation_header, n.path_header) = (s(), s(), s(), s());
    x
}

#[test]
fn hostile_text_is_escaped_in_every_chart() {
    let inputs = poisoned(EVIL);
    for theme in [Theme::light(), Theme::dark()] {
        for (name, svg) in inputs.render(&theme) {
            let text = check_svg(name, &svg);
            // The hostile text is shown, as text, at least in the title.
            assert!(text.contains(EVIL), "{name}: the name is not shown as text");
            assert!(!svg.contains(r#""><img"#), "{name}");
        }
    }
}

#[test]
fn hostile_entity_ids_stay_inside_data_attributes() {
    let inputs = poisoned(EVIL);
    let svg = exposure::charts::network::render(&inputs.network, &Theme::light());
    let doc = roxmltree::Document::parse(&svg).expect("well-formed");
    let ids: Vec<&str> = doc
        .descendants()
        .filter_map(|n| n.attribute("data-entity"))
        .collect();
    assert_eq!(ids.len(), inputs.network.nodes.len());
    assert!(ids.iter().all(|i| i.starts_with(EVIL)), "{ids:?}");
    let buttons = doc
        .descendants()
        .filter(|n| n.attribute("role") == Some("button"));
    assert!(
        buttons
            .clone()
            .all(|n| n.attribute("aria-label") == Some(EVIL))
    );
    assert_eq!(
        buttons
            .filter(|n| n.attribute("tabindex") == Some("0"))
            .count(),
        ids.len()
    );
}

#[test]
fn tables_keep_user_text_verbatim_for_the_ui_to_escape() {
    let inputs = poisoned(EVIL);
    for (name, table) in inputs.tables() {
        assert!(
            table
                .headers
                .iter()
                .chain(table.rows.iter().flatten())
                .any(|c| c.contains(EVIL)),
            "{name}"
        );
    }
}
