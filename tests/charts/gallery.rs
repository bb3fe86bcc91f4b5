//! Writes every chart for the LY-like samples, light and dark (and some in Japanese), to
//! `target/charts-gallery/`, with an `index.html` showing them all, for people to look at.

use std::fs;
use std::path::PathBuf;

use exposure::charts::{Theme, blast, choke, network, reach, wedge};

use super::all::Inputs;
use super::{check_svg, samples};

#[test]
fn gallery_is_written() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/charts-gallery");
    fs::create_dir_all(&dir).expect("gallery dir");
    let mut page = String::from(
        "<!doctype html><meta charset=utf-8><title>Charts gallery</title>\
         <style>body{margin:0;font-family:system-ui}section{padding:16px;max-width:760px}\
         .dark{background:#171e26;color:#e6ebf1}</style>",
    );
    let x = Inputs::sample();
    for (theme, tname) in [(Theme::light(), "light"), (Theme::dark(), "dark")] {
        let mut charts = x.render(&theme);
        charts.push(("wedge-ja", wedge::render(&samples::wedge(true), &theme)));
        charts.push((
            "network-ja",
            network::render(&samples::network(true), &theme),
        ));
        for (name, svg) in charts {
            check_svg(name, &svg);
            let file = format!("{name}-{tname}.svg");
            fs::write(dir.join(&file), &svg).expect("write svg");
            page.push_str(&format!(
                "<section class={tname}><h2>{file}</h2>{svg}</section>"
            ));
        }
    }
    // Edge cases worth a look: a phone-width layout, a thousand rows, nothing, hostile names.
    let light = Theme::light();
    let mut narrow = samples::network(false);
    narrow.frame.width = 360.0;
    let mut narrow_blast = samples::blast();
    narrow_blast.frame.width = 360.0;
    let mut many = samples::reach();
    many.rows = (0..samples::MANY)
        .map(|i| reach::ReachRow {
            name: format!("Vendor {i}"),
            probability: 1.0 / (1.0 + i as f64 / 50.0),
            std_error: Some(0.01),
            exact: false,
            text: None,
        })
        .collect();
    let mut empty = samples::choke();
    empty.rows.clear();
    let mut hostile = samples::wedge(false);
    hostile.rows[0].name = r#"<script>alert(1)</script>"><img src=x onerror=alert(2)>"#.into();
    let extra = [
        ("network-narrow", network::render(&narrow, &light)),
        ("blast-narrow", blast::render(&narrow_blast, &light)),
        ("reach-many", reach::render(&many, &light)),
        ("choke-empty", choke::render(&empty, &light)),
        ("wedge-hostile", wedge::render(&hostile, &light)),
    ];
    for (name, svg) in extra {
        check_svg(name, &svg);
        let file = format!("{name}.svg");
        fs::write(dir.join(&file), &svg).expect("write svg");
        page.push_str(&format!("<section><h2>{file}</h2>{svg}</section>"));
    }
    fs::write(dir.join("index.html"), page).expect("write index");
    assert!(dir.join("network-dark.svg").exists());
}
