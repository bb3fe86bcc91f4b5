//! Chart tests: every chart renders well-formed, accessible SVG for typical data and for edge
//! cases (empty, one row, zeros, NaN and infinities, a thousand rows, long names, a log axis
//! with zeros); user text is escaped everywhere; data tables carry the right rows; the same
//! input always gives the same string. Also writes a gallery to `target/charts-gallery`.
#![cfg(not(target_arch = "wasm32"))]

#[path = "charts/all.rs"]
mod all;
#[path = "charts/edge_cases.rs"]
mod edge_cases;
#[path = "charts/escaping.rs"]
mod escaping;
#[path = "charts/gallery.rs"]
mod gallery;
#[path = "charts/geometry.rs"]
mod geometry;
#[path = "charts/properties.rs"]
mod properties;
#[path = "charts/samples.rs"]
mod samples;
#[path = "charts/samples_loss.rs"]
mod samples_loss;
#[path = "charts/tables.rs"]
mod tables;

use roxmltree::Document;

/// Parses a chart and checks what every chart must have: one `<svg>` root that scales
/// (`viewBox`, width 100 %), an accessible name and description that resolve, and nothing
/// executable. Returns the text content, for assertions about what is shown.
pub fn check_svg(name: &str, svg: &str) -> String {
    let doc = Document::parse(svg).unwrap_or_else(|e| panic!("{name}: not XML: {e}\n{svg}"));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg", "{name}");
    assert!(root.attribute("viewBox").is_some(), "{name}: viewBox");
    assert_eq!(root.attribute("width"), Some("100%"), "{name}");
    let role = root.attribute("role").unwrap_or("");
    assert!(role == "img" || role == "group", "{name}: role {role}");
    let labelled = root.attribute("aria-labelledby").expect("aria-labelledby");
    let ids: Vec<&str> = labelled.split(' ').collect();
    assert_eq!(ids.len(), 2, "{name}");
    for (id, tag) in ids.iter().zip(["title", "desc"]) {
        let found = doc.descendants().find(|n| n.attribute("id") == Some(id));
        let found = found.unwrap_or_else(|| panic!("{name}: no element #{id}"));
        assert_eq!(found.tag_name().name(), tag, "{name}");
    }
    for n in doc.descendants().filter(|n| n.is_element()) {
        let tag = n.tag_name().name().to_ascii_lowercase();
        assert!(
            !["script", "img", "foreignobject", "iframe", "a"].contains(&tag.as_str()),
            "{name}: element <{tag}>"
        );
        for a in n.attributes() {
            let attr = a.name().to_ascii_lowercase();
            assert!(!attr.starts_with("on"), "{name}: attribute {attr}");
            assert!(!a.value().contains("javascript:"), "{name}: {attr}");
        }
    }
    let lower = svg.to_ascii_lowercase();
    assert!(!lower.contains("<script"), "{name}: raw <script");
    assert!(!lower.contains("<img"), "{name}: raw <img");
    doc.descendants()
        .filter(|n| n.is_text())
        .filter_map(|n| n.text())
        .collect::<Vec<_>>()
        .join("\n")
}
