//! Undo and redo: keystrokes in one field are one step, the buttons and the shortcuts undo
//! the same steps, a field with text that is not in the scenario keeps the browser's own undo,
//! and loading an example is one step.

use exposure::model::examples::default_scenario;
use wasm_bindgen_test::*;

use super::support::*;

const PERCENT: &str = "#f-holdings-2-percent";
const UNDO: &str = ".toolbar .history button:first-child";
const REDO: &str = ".toolbar .history button:last-child";

#[wasm_bindgen_test]
async fn typing_in_one_field_is_one_step_for_undo_and_redo() {
    let el = app(default_scenario()).await;
    assert!(find(&el, UNDO).has_attribute("disabled"));
    for typed in ["7", "70", "70.5"] {
        type_into(&el, PERCENT, typed).await;
    }
    leave(&el, PERCENT).await;
    type_into(&el, "#f-entities-0-name", "NAVER").await;
    leave(&el, "#f-entities-0-name").await;

    click(&el, UNDO).await;
    assert_eq!(input_value(&el, "#f-entities-0-name"), "NAVER Corp.");
    assert_eq!(input_value(&el, PERCENT), "70.5");
    click(&el, UNDO).await;
    assert_eq!(
        input_value(&el, PERCENT),
        "64.5",
        "the three keystrokes were one step"
    );
    assert!(find(&el, UNDO).has_attribute("disabled"));
    click(&el, REDO).await;
    assert_eq!(input_value(&el, PERCENT), "70.5");
    click(&el, REDO).await;
    assert_eq!(input_value(&el, "#f-entities-0-name"), "NAVER");
    assert!(find(&el, REDO).has_attribute("disabled"));
    assert!(text(&el, ".toolbar [role=status]").contains("Redone"));
}

#[wasm_bindgen_test]
async fn ctrl_z_and_ctrl_shift_z_and_ctrl_y_undo_and_redo() {
    let el = app(default_scenario()).await;
    type_into(&el, PERCENT, "80").await;
    // Still in the field: Ctrl+Z is the app's undo of what was typed there.
    key(&find(&el, PERCENT), "z", true, false).await;
    assert_eq!(input_value(&el, PERCENT), "64.5");
    key(&find(&el, PERCENT), "Z", true, true).await;
    assert_eq!(input_value(&el, PERCENT), "80");
    key(&el, "z", true, false).await;
    assert_eq!(input_value(&el, PERCENT), "64.5");
    key(&el, "y", true, false).await;
    assert_eq!(input_value(&el, PERCENT), "80");
    // Plain z and keys of an input method's composition are not shortcuts.
    key(&el, "z", false, false).await;
    assert_eq!(input_value(&el, PERCENT), "80");
    key_composing(&el, "z", true, false, true).await;
    assert_eq!(input_value(&el, PERCENT), "80");
}

#[wasm_bindgen_test]
async fn ctrl_z_in_a_field_with_unused_text_is_left_to_the_browser() {
    let el = app(default_scenario()).await;
    type_into(&el, "#f-entities-0-name", "N").await;
    leave(&el, "#f-entities-0-name").await;
    type_into(&el, PERCENT, "12a").await;
    key(&find(&el, PERCENT), "z", true, false).await;
    // The app did not undo the name: the key went to the field's own undo.
    assert_eq!(input_value(&el, "#f-entities-0-name"), "N");
}

#[wasm_bindgen_test]
async fn loading_an_example_is_one_undo_step() {
    let el = app(default_scenario()).await;
    choose(&el, "#example-pick", "vendor-chain").await;
    click(&el, ".examples button").await;
    assert_eq!(text(&el, "h1"), "Three-tier vendor chain (illustrative)");
    assert_eq!(text(&el, "#entities .count"), "11");
    assert!(
        el.query_selector(".problems").unwrap().is_none(),
        "the example is valid"
    );
    click(&el, UNDO).await;
    assert_eq!(text(&el, "h1"), "LY Corp. 2023 leak");
    assert_eq!(text(&el, "#entities .count"), "7");
}
