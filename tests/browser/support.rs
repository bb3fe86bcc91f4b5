//! Helpers for browser tests: a mount point of their own, the app on a given scenario, and
//! user-like events (typing, choosing, clicking, keys) that bubble to Yew's listeners.

use std::rc::Rc;

use exposure::model::Scenario;
use exposure::ui::app::{Root, RootProps};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Element, HtmlElement, HtmlInputElement, HtmlSelectElement};

/// A fresh element of its own for one test's component.
pub fn mount_point() -> Element {
    let doc = gloo::utils::document();
    let el = doc.create_element("div").expect("create div");
    doc.body().expect("body").append_child(&el).expect("append");
    el
}

/// The whole app on `scenario`, rendered.
pub async fn app(scenario: Scenario) -> Element {
    let el = mount_point();
    let props = RootProps {
        scenario: Rc::new(scenario),
    };
    yew::Renderer::<Root>::with_root_and_props(el.clone(), props).render();
    yew::scheduler::flush().await;
    el
}

/// The element matching `selector` inside `el`; panics with the selector when there is none.
pub fn find(el: &Element, selector: &str) -> Element {
    el.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("nothing matches {selector}"))
}

pub fn find_all(el: &Element, selector: &str) -> Vec<Element> {
    let list = el.query_selector_all(selector).expect("selector");
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .collect()
}

pub fn text(el: &Element, selector: &str) -> String {
    find(el, selector).text_content().unwrap_or_default()
}

pub fn input_value(el: &Element, selector: &str) -> String {
    find(el, selector)
        .unchecked_into::<HtmlInputElement>()
        .value()
}

pub fn select_value(el: &Element, selector: &str) -> String {
    find(el, selector)
        .unchecked_into::<HtmlSelectElement>()
        .value()
}

fn fire(target: &Element, kind: &str) {
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let e = web_sys::Event::new_with_event_init_dict(kind, &init).expect("event");
    target.dispatch_event(&e).expect("dispatch");
}

/// Types `value` into the input as a user would (the whole text, one input event).
pub async fn type_into(el: &Element, selector: &str, value: &str) {
    let input = find(el, selector);
    let _ = input.unchecked_ref::<HtmlElement>().focus();
    input.unchecked_ref::<HtmlInputElement>().set_value(value);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let e = web_sys::InputEvent::new_with_event_init_dict("input", &init).expect("input event");
    input.dispatch_event(&e).expect("dispatch");
    yew::scheduler::flush().await;
}

/// Leaves a field (blur), which closes its undo step.
pub async fn leave(el: &Element, selector: &str) {
    let _ = find(el, selector).unchecked_ref::<HtmlElement>().blur();
    yew::scheduler::flush().await;
}

/// Chooses `value` in a `<select>`.
pub async fn choose(el: &Element, selector: &str, value: &str) {
    let s = find(el, selector);
    s.unchecked_ref::<HtmlSelectElement>().set_value(value);
    fire(&s, "change");
    yew::scheduler::flush().await;
}

/// Clicks an element (SVG ones too).
pub async fn click(el: &Element, selector: &str) {
    let target = find(el, selector);
    let init = web_sys::MouseEventInit::new();
    init.set_bubbles(true);
    let e = web_sys::MouseEvent::new_with_mouse_event_init_dict("click", &init).expect("click");
    target.dispatch_event(&e).expect("dispatch");
    yew::scheduler::flush().await;
}

/// A key press on `target` (bubbles to the document, where the shortcuts listen).
pub async fn key(target: &Element, key: &str, ctrl: bool, shift: bool) {
    key_composing(target, key, ctrl, shift, false).await;
}

/// A key press, possibly during an input method's composition.
pub async fn key_composing(target: &Element, key: &str, ctrl: bool, shift: bool, composing: bool) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_is_composing(composing);
    init.set_bubbles(true);
    init.set_cancelable(true);
    init.set_key(key);
    init.set_ctrl_key(ctrl);
    init.set_shift_key(shift);
    let e =
        web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("key");
    target.dispatch_event(&e).expect("dispatch");
    yew::scheduler::flush().await;
}

/// Waits for the browser's event loop to run once more (`ms` later).
pub async fn tick(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = gloo::utils::window()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _: Result<JsValue, JsValue> = JsFuture::from(promise).await;
}

/// Polls `cond` (rendering in between) until it holds; fails after `secs` seconds.
pub async fn until(what: &str, secs: f64, mut cond: impl FnMut() -> bool) {
    let start = js_sys::Date::now();
    loop {
        yew::scheduler::flush().await;
        if cond() {
            return;
        }
        assert!(
            js_sys::Date::now() - start < secs * 1000.0,
            "timed out waiting for {what}"
        );
        tick(20).await;
    }
}

/// Whether an element has a class.
pub fn has_class(el: &Element, class: &str) -> bool {
    el.get_attribute("class")
        .is_some_and(|c| c.split_whitespace().any(|x| x == class))
}
