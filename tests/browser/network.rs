//! The network diagram and its frame: selecting an entity by click or Enter selects its row in
//! the editor and outlines it in the diagram; the data table lists every edge.

use exposure::model::examples::default_scenario;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

use super::support::*;

#[wasm_bindgen_test]
async fn clicking_an_entity_selects_it_in_the_editor_and_the_diagram() {
    let el = app(default_scenario()).await;
    until("the diagram", 5.0, || {
        el.query_selector("#network svg").unwrap().is_some()
    })
    .await;
    click(&el, "#network [data-entity=naver-cloud] rect").await;
    let row = find(&el, "#entities tr[data-entity=naver-cloud]");
    assert!(has_class(&row, "selected"));
    assert_eq!(row.get_attribute("aria-current").as_deref(), Some("true"));
    let node = find(&el, "#network g[data-entity=naver-cloud]");
    assert_eq!(node.get_attribute("aria-current").as_deref(), Some("true"));
    // The links that involve it are marked in their list.
    assert_eq!(find_all(&el, "#links tr.refers").len(), 2);
    // Keyboard: Enter on another node moves the selection and keeps focus on that node.
    let ly = find(&el, "#network g[data-entity=ly]");
    let _ = ly.unchecked_ref::<web_sys::SvgElement>().focus();
    let before = gloo::utils::document()
        .active_element()
        .and_then(|a| a.get_attribute("data-entity"));
    assert_eq!(before.as_deref(), Some("ly"), "focus() on the node");
    key(&ly, "Enter", false, false).await;
    assert!(has_class(
        &find(&el, "#entities tr[data-entity=ly]"),
        "selected"
    ));
    assert!(!has_class(
        &find(&el, "#entities tr[data-entity=naver-cloud]"),
        "selected"
    ));
    let focused = gloo::utils::document().active_element().expect("focus");
    assert_eq!(focused.get_attribute("data-entity").as_deref(), Some("ly"));
    click(&el, "#network .panel-head button").await;
    assert!(
        el.query_selector("#entities tr.selected")
            .unwrap()
            .is_none()
    );
}

#[wasm_bindgen_test]
async fn the_diagram_has_a_data_table_and_downloads() {
    let el = app(default_scenario()).await;
    until("the diagram", 5.0, || {
        el.query_selector("#network svg").unwrap().is_some()
    })
    .await;
    // 5 holdings and 4 links.
    assert_eq!(find_all(&el, "#network details tbody tr").len(), 9);
    let buttons = find_all(&el, "#network .downloads button");
    assert_eq!(buttons.len(), 2);
    assert!(
        buttons[1]
            .get_attribute("aria-label")
            .unwrap()
            .starts_with("Download PNG")
    );
}
