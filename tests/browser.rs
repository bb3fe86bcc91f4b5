//! Browser tests (wasm-bindgen-test in headless Chromium): components mounted each into their own
//! element, checked after Yew has finished rendering.
#![cfg(target_arch = "wasm32")]

use std::rc::Rc;

use exposure::model::examples::default_scenario;
use exposure::ui::components::header::{Header, HeaderProps};
use exposure::ui::components::tables::{DataTable, EntitiesTable, TableProps};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

/// A fresh element of its own for one test's component.
fn mount_point() -> Element {
    let doc = gloo::utils::document();
    let el = doc.create_element("div").expect("create div");
    doc.body().expect("body").append_child(&el).expect("append");
    el
}

#[wasm_bindgen_test]
async fn the_data_table_adds_up_the_ly_records() {
    let el = mount_point();
    let props = TableProps {
        scenario: Rc::new(default_scenario()),
    };
    yew::Renderer::<DataTable>::with_root_and_props(el.clone(), props).render();
    yew::scheduler::flush().await;
    let total = el
        .query_selector("[data-testid=records-total]")
        .unwrap()
        .expect("a total cell");
    assert_eq!(total.text_content().unwrap(), "519,506");
    assert_eq!(el.query_selector_all("tbody tr").unwrap().length(), 4);
}

#[wasm_bindgen_test]
async fn names_with_markup_show_as_text() {
    let el = mount_point();
    let mut s = default_scenario();
    s.entities[0].name = "<script>alert(1)</script><b>x</b>".into();
    yew::Renderer::<EntitiesTable>::with_root_and_props(
        el.clone(),
        TableProps {
            scenario: Rc::new(s),
        },
    )
    .render();
    yew::scheduler::flush().await;
    assert!(
        el.text_content()
            .unwrap()
            .contains("<script>alert(1)</script><b>x</b>")
    );
    assert!(el.query_selector("script").unwrap().is_none());
    assert!(el.query_selector("tbody b").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn an_empty_title_reads_untitled() {
    let el = mount_point();
    let props = HeaderProps {
        title: "  ".into(),
        currency: "JPY".into(),
    };
    yew::Renderer::<Header>::with_root_and_props(el.clone(), props).render();
    yew::scheduler::flush().await;
    let h1 = el.query_selector("h1").unwrap().expect("h1");
    assert_eq!(h1.text_content().unwrap(), "Untitled scenario");
    assert!(el.text_content().unwrap().contains("JPY"));
}
