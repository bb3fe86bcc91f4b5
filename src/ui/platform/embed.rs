//! Inside an iframe (`?embed=1`): the page tells its parent how tall it is, on load and
//! whenever that changes (a `ResizeObserver` on the body), as `{type: "exposure:height",
//! height}` with target origin `*`: the message carries no scenario data, and the wiki that
//! embeds the app can be on any origin.

use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{ResizeObserver, Window};
use yew::prelude::*;

/// The message type the parent listens for.
pub const HEIGHT_MESSAGE: &str = "exposure:height";

/// The parent window, when the page is shown in a frame.
fn parent() -> Option<Window> {
    let w = gloo::utils::window();
    let p = w.parent().ok().flatten()?;
    (JsValue::from(&p) != JsValue::from(&w)).then_some(p)
}

/// Posts the body's height to the parent when it changed since the last post.
fn post(last: &mut i32) {
    let (Some(p), Some(body)) = (parent(), gloo::utils::document().body()) else {
        return;
    };
    let height = body.offset_height();
    if height == *last {
        return;
    }
    *last = height;
    let msg = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&msg, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = js_sys::Reflect::set(&msg, &"height".into(), &height.into());
    let _ = p.post_message(&msg, "*");
}

/// While `enabled`, keeps the parent frame told of the page's height.
#[hook]
pub fn use_post_height(enabled: bool) {
    use_effect_with(enabled, |enabled| {
        let mut watch = None;
        if *enabled && parent().is_some() {
            let mut last = -1;
            post(&mut last);
            let on_resize = Closure::<dyn FnMut()>::new(move || post(&mut last));
            let body = gloo::utils::document().body();
            if let (Ok(observer), Some(body)) = (
                ResizeObserver::new(on_resize.as_ref().unchecked_ref()),
                body,
            ) {
                observer.observe(&body);
                watch = Some((observer, on_resize));
            }
        }
        move || {
            if let Some((observer, _closure)) = watch {
                observer.disconnect();
            }
        }
    });
}
