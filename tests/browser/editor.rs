//! The editor: bad numbers are kept and explained, renaming follows references, an id that is
//! taken is refused but kept, deleting a referenced entity asks first.

use exposure::model::examples::default_scenario;
use wasm_bindgen_test::*;

use super::support::*;

const PERCENT: &str = "#f-holdings-2-percent";

#[wasm_bindgen_test]
async fn a_bad_number_is_kept_as_typed_and_explained_next_to_its_field() {
    let el = app(default_scenario()).await;
    type_into(&el, PERCENT, "12a").await;
    assert_eq!(input_value(&el, PERCENT), "12a");
    let input = find(&el, PERCENT);
    assert_eq!(input.get_attribute("data-draft").as_deref(), Some("true"));
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let msg = text(&el, "#f-holdings-2-percent-msg");
    assert!(
        msg.contains("Equity %, holding 3") && msg.contains("\"12a\" is not a number"),
        "{msg}"
    );
    // The scenario kept its number: nothing else complains.
    assert!(el.query_selector(".problems").unwrap().is_none());

    // A number out of range goes in, and validation says so at the field.
    type_into(&el, PERCENT, "120").await;
    assert_eq!(input_value(&el, PERCENT), "120");
    assert!(find(&el, PERCENT).get_attribute("data-draft").is_none());
    let msg = text(&el, "#f-holdings-2-percent-msg");
    assert!(msg.contains("120 is above 100"), "{msg}");
    assert!(text(&el, ".problems").contains("holdings[2].percent"));

    // Typed the way a Japanese keyboard or a spreadsheet writes it.
    type_into(&el, PERCENT, "６４．５ %").await;
    leave(&el, PERCENT).await;
    assert_eq!(input_value(&el, PERCENT), "64.5");
    assert!(
        el.query_selector("#f-holdings-2-percent-msg")
            .unwrap()
            .is_none()
    );
}

#[wasm_bindgen_test]
async fn an_empty_required_number_says_so_and_keeps_the_old_value() {
    let el = app(default_scenario()).await;
    type_into(&el, "#f-data-0-records", "").await;
    assert!(text(&el, "#f-data-0-records-msg").contains("needs a number"));
    assert_eq!(text(&el, "[data-testid=records-total]"), "519,506");
    type_into(&el, "#f-data-0-records", "1,000").await;
    assert_eq!(text(&el, "[data-testid=records-total]"), "239,765");
}

#[wasm_bindgen_test]
async fn renaming_an_entity_updates_every_reference() {
    let el = app(default_scenario()).await;
    // ly is entities[3]: the target of holdings[2], holder of the data, client of links.
    type_into(&el, "#f-entities-3-id", "ly-corp").await;
    assert_eq!(select_value(&el, "#f-holdings-2-target"), "ly-corp");
    assert_eq!(select_value(&el, "#f-holdings-4-holder"), "ly-corp");
    assert_eq!(select_value(&el, "#f-links-0-client"), "ly-corp");
    assert_eq!(select_value(&el, "#f-data-0-holder"), "ly-corp");
    assert!(
        el.query_selector(".problems").unwrap().is_none(),
        "no dangling reference"
    );
    assert!(
        find(&el, "#network")
            .inner_html()
            .contains(r#"data-entity="ly-corp""#)
    );
}

#[wasm_bindgen_test]
async fn an_id_already_taken_is_kept_in_the_field_but_not_used() {
    let el = app(default_scenario()).await;
    type_into(&el, "#f-entities-3-id", "naver").await;
    assert_eq!(input_value(&el, "#f-entities-3-id"), "naver");
    let msg = text(&el, "#f-entities-3-id-msg");
    assert!(msg.contains("already the id of NAVER Corp."), "{msg}");
    assert_eq!(
        select_value(&el, "#f-holdings-2-target"),
        "ly",
        "references stay"
    );
    type_into(&el, "#f-entities-3-id", "Bad Id").await;
    assert!(text(&el, "#f-entities-3-id-msg").contains("not a valid id"));
    type_into(&el, "#f-entities-3-id", "ly").await;
    assert!(el.query_selector("#f-entities-3-id-msg").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn deleting_a_referenced_entity_asks_first_and_removes_its_references() {
    let el = app(default_scenario()).await;
    // contractor is entities[5]: two links and the threat refer to it.
    let delete = "tr[data-entity=contractor] button.delete";
    click(&el, delete).await;
    let dialog = find(&el, "dialog");
    assert!(dialog.has_attribute("open"));
    assert_eq!(find_all(&el, "dialog li").len(), 3);
    assert!(text(&el, "dialog").contains("Threat: malware on a subcontractor PC"));
    click(&el, "dialog button:not(.danger)").await;
    until("the dialog to close", 5.0, || {
        el.query_selector("dialog").unwrap().is_none()
    })
    .await;
    assert!(
        el.query_selector("tr[data-entity=contractor]")
            .unwrap()
            .is_some()
    );

    click(&el, delete).await;
    click(&el, "dialog button.danger").await;
    assert!(
        el.query_selector("tr[data-entity=contractor]")
            .unwrap()
            .is_none()
    );
    assert_eq!(text(&el, "#links .count"), "2");
    assert_eq!(text(&el, "#threats .count"), "0");
    // One undo step brings the entity and everything that referred to it back.
    click(&el, ".toolbar .history button:first-child").await;
    assert!(
        el.query_selector("tr[data-entity=contractor]")
            .unwrap()
            .is_some()
    );
    assert_eq!(text(&el, "#links .count"), "4");
    assert_eq!(text(&el, "#threats .count"), "1");
}

#[wasm_bindgen_test]
async fn an_entity_nobody_refers_to_goes_at_once() {
    let el = app(default_scenario()).await;
    click(&el, "#entities button.add").await;
    assert_eq!(text(&el, "#entities .count"), "8");
    let new_row = "tr[data-entity=entity-1]";
    assert_eq!(input_value(&el, "#f-entities-7-name"), "New entity 8");
    click(&el, &format!("{new_row} button.delete")).await;
    assert!(el.query_selector("dialog").unwrap().is_none());
    assert_eq!(text(&el, "#entities .count"), "7");
}

#[wasm_bindgen_test]
async fn names_with_markup_show_as_text_everywhere() {
    let mut s = default_scenario();
    let name = "<script>alert(1)</script><b>x</b>";
    s.entities[0].name = name.into();
    let el = app(s).await;
    assert_eq!(input_value(&el, "#f-entities-0-name"), name);
    assert!(
        text(&el, "#f-holdings-0-holder").contains(name),
        "in choice lists"
    );
    assert!(el.query_selector("script").unwrap().is_none());
    assert!(el.query_selector("b").unwrap().is_none());
    let svg = find(&el, "#network svg");
    assert!(
        svg.text_content().unwrap().contains("<script>"),
        "drawn as text in the diagram"
    );
    assert!(svg.query_selector("script").unwrap().is_none());
}
