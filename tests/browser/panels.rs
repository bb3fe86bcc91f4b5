//! The results panels in the app: the answer to "who controls LY?", the flag sentence, the
//! control panel's findings and charts, the entity chooser, and no flags when SoftBank holds
//! 51 % of A Holdings.

use exposure::model::examples::default_scenario;
use wasm_bindgen_test::wasm_bindgen_test;

use super::support::{app, choose, find_all, text, until};

fn answer(el: &web_sys::Element) -> String {
    el.query_selector("[data-testid=answer-controller]")
        .ok()
        .flatten()
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_panels_answer_who_controls_ly_and_state_the_flag() {
    let el = app(default_scenario()).await;
    until("the answers", 20.0, || !answer(&el).is_empty()).await;
    assert_eq!(
        answer(&el),
        "A Holdings Corp., jointly controlled by NAVER Corp. and SoftBank Corp."
    );
    let flags = find_all(&el, "[data-testid=flag]");
    assert_eq!(flags.len(), 1);
    assert!(
        text(&el, "[data-testid=flag]")
            .starts_with("NAVER Corp., through A Holdings Corp., jointly controls LY Corp.")
    );
    assert!(text(&el, "[data-testid=control-rows]").contains("Joint control"));
    assert_eq!(
        find_all(&el, "#control svg").len(),
        2,
        "wedge and power charts"
    );
    choose(&el, "[data-testid=control-of]", "naver-cloud").await;
    until("NAVER Cloud's controller", 20.0, || {
        answer(&el) == "NAVER Corp."
    })
    .await;
}

#[wasm_bindgen_test]
async fn softbank_at_51_leaves_no_flag() {
    let mut s = default_scenario();
    for h in s.holdings.iter_mut().filter(|h| h.target == "a-holdings") {
        h.percent = if h.holder == "softbank" { 51.0 } else { 49.0 };
    }
    let el = app(s).await;
    until("the answers", 20.0, || !answer(&el).is_empty()).await;
    assert_eq!(answer(&el), "SoftBank Corp., through A Holdings Corp.");
    assert!(find_all(&el, "[data-testid=flag]").is_empty());
    assert!(text(&el, "[data-testid=no-flags]").starts_with("No inverted supervision found"));
}
