//! Files and sharing in the browser: the toolbar in the full app, an embed's compact read-only
//! view with its "Open in full app" link, the address helpers, and storage that falls back to
//! memory when the browser throws on `localStorage`.

use std::rc::Rc;

use exposure::model::examples::default_scenario;
use exposure::ui::app::Root;
use exposure::ui::platform::{location, storage};
use exposure::ui::session::{Panel, ResultsView, Startup};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;
use yew::prelude::*;

use super::support::*;

#[derive(Properties, PartialEq)]
struct EmbedProps {
    startup: Rc<Startup>,
}

/// The app as `App` mounts it, with a given start.
#[component]
fn Started(props: &EmbedProps) -> Html {
    html! {
        <ContextProvider<Rc<Startup>> context={props.startup.clone()}>
            <Root scenario={props.startup.scenario.clone()} />
        </ContextProvider<Rc<Startup>>>
    }
}

async fn started(startup: Startup) -> web_sys::Element {
    let el = mount_point();
    let props = EmbedProps {
        startup: Rc::new(startup),
    };
    yew::Renderer::<Started>::with_root_and_props(el.clone(), props).render();
    yew::scheduler::flush().await;
    el
}

#[wasm_bindgen_test]
async fn the_full_app_has_the_file_tools() {
    let el = app(default_scenario()).await;
    let tools = text(&el, ".file-tools");
    for label in [
        "Open…",
        "Save JSON",
        "Export",
        "Copy link",
        "Copy embed code",
        "Print",
    ] {
        assert!(tools.contains(label), "{label} missing from {tools}");
    }
    // Mounted without a start that uses storage: no Local data menu.
    assert!(!tools.contains("Local data"));
    assert!(el.query_selector(".embed").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn an_embed_is_compact_read_only_and_links_to_the_full_app() {
    let el = started(Startup {
        scenario: Rc::new(default_scenario()),
        embed: Some(ResultsView(Some(Panel::Graph))),
        ..Startup::default()
    })
    .await;
    assert_eq!(text(&el, ".embed h1"), "LY Corp. 2023 leak");
    assert!(find_all(&el, "input, textarea, select").is_empty());
    assert!(el.query_selector(".file-tools").unwrap().is_none());
    assert!(el.query_selector(".toolbar").unwrap().is_none());
    assert!(
        el.query_selector("#network").unwrap().is_some(),
        "view=graph shows the diagram"
    );
    let link = find(&el, "a.open-full");
    assert_eq!(link.get_attribute("target").as_deref(), Some("_blank"));
    assert_eq!(link.get_attribute("rel").as_deref(), Some("noopener"));
    let href = link.get_attribute("href").unwrap_or_default();
    assert!(href.contains("#s=1"), "{href}");
    assert!(!href.contains("embed="), "{href}");
}

#[wasm_bindgen_test]
fn address_helpers_keep_the_query_and_drop_links() {
    let href = "https://w.example/tools/x/?embed=1&view=loss#s=1z.abc.defg";
    assert_eq!(
        location::base(href),
        "https://w.example/tools/x/?embed=1&view=loss"
    );
    assert_eq!(location::param(href, "view"), Some("loss"));
    assert_eq!(location::param(href, "embed"), Some("1"));
    assert_eq!(location::param(href, "x"), None);
    assert_eq!(
        location::without_params(href, &["embed", "view"]),
        "https://w.example/tools/x/"
    );
    assert_eq!(
        location::without_params("https://w/?a=1&embed=1", &["embed"]),
        "https://w/?a=1"
    );
    // A link that mail mangled into the path is not kept twice.
    assert_eq!(location::base("https://w/x/%23s=1z.abc"), "https://w/x/");
}

#[wasm_bindgen_test]
fn storage_falls_back_to_memory_when_the_browser_throws() {
    assert!(storage::set("exposure.test.v1", "a"));
    assert_eq!(storage::get("exposure.test.v1").as_deref(), Some("a"));
    let window: js_sys::Object = gloo::utils::window().into();
    let key = JsValue::from_str("localStorage");
    let original = js_sys::Object::get_own_property_descriptor(&window, &key);
    let thrower = js_sys::Function::new_no_args("throw new Error('denied')");
    let desc = js_sys::Object::new();
    js_sys::Reflect::set(&desc, &"get".into(), &thrower).unwrap();
    js_sys::Reflect::set(&desc, &"configurable".into(), &true.into()).unwrap();
    js_sys::Object::define_property(&window, &key, &desc);

    assert!(
        !storage::set("exposure.test.v1", "b"),
        "refused: memory only"
    );
    assert_eq!(storage::get("exposure.test.v1").as_deref(), Some("b"));
    storage::remove("exposure.test.v1");
    assert_eq!(storage::get("exposure.test.v1"), None);

    if original.is_undefined() {
        js_sys::Reflect::delete_property(&window, &key).unwrap();
    } else {
        js_sys::Object::define_property(&window, &key, original.unchecked_ref());
    }
    storage::remove("exposure.test.v1");
}
