//! Charts in wasm without a DOM: every chart renders in Node (as it would in a web worker),
//! because no text goes through plotters' DOM-measuring font code; output is the same on every
//! call, and numbers format as they do natively. Run with wasm-bindgen-test-runner.
#![cfg(target_arch = "wasm32")]

#[path = "charts/all.rs"]
mod all;
#[path = "charts/samples.rs"]
#[allow(dead_code)]
mod samples;
#[path = "charts/samples_loss.rs"]
mod samples_loss;

use exposure::charts::{NumberFormat, Theme};
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
fn every_chart_renders_without_a_dom() {
    let inputs = all::Inputs::sample();
    for theme in [Theme::light(), Theme::dark()] {
        let first = inputs.render(&theme);
        assert_eq!(first, inputs.render(&theme));
        for (name, svg) in first {
            assert!(
                svg.starts_with("<svg ") && svg.ends_with("</svg>"),
                "{name}"
            );
            assert!(svg.contains(r#"width="100%""#), "{name}");
            assert!(!svg.contains("No data yet."), "{name}");
        }
    }
    for (name, table) in inputs.tables() {
        assert!(
            !table.rows.is_empty() && !table.headers.is_empty(),
            "{name}"
        );
    }
}

#[wasm_bindgen_test]
fn numbers_format_as_natively() {
    assert_eq!(NumberFormat::money("$").format(5_922_706.8), "$5.92M");
    assert_eq!(NumberFormat::percent().format(0.3225), "32.3%");
    assert_eq!(NumberFormat::plain().format(519_506.0), "519,506");
}
