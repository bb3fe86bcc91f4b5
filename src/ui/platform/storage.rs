//! Local storage that never throws. A cross-origin or sandboxed iframe, a private window or a
//! full disk make `localStorage` throw on access, on reading or on writing; every call here
//! catches that and falls back to memory for the rest of the page's life, so the app works the
//! same (only a reload forgets). Keys and what the app stores are decided in `ui::session`.

use std::cell::RefCell;
use std::collections::HashMap;

use wasm_bindgen::prelude::*;

#[wasm_bindgen]
extern "C" {
    // Bound directly (not through `web_sys::Window::local_storage`) so that the access to the
    // `localStorage` global itself, which is what throws in a sandboxed frame, is caught too.
    #[wasm_bindgen(catch, js_namespace = localStorage, js_name = getItem)]
    fn get_item(key: &str) -> Result<Option<String>, JsValue>;
    #[wasm_bindgen(catch, js_namespace = localStorage, js_name = setItem)]
    fn set_item(key: &str, value: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(catch, js_namespace = localStorage, js_name = removeItem)]
    fn remove_item(key: &str) -> Result<(), JsValue>;
}

thread_local! {
    /// Values the browser refused to store, by key; they win over what storage holds.
    static MEMORY: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

/// The value stored under `key`, if any.
pub fn get(key: &str) -> Option<String> {
    MEMORY
        .with(|m| m.borrow().get(key).cloned())
        .or_else(|| get_item(key).ok().flatten())
}

/// Stores `value` under `key`. Whether it will survive a reload (false: kept in memory only).
pub fn set(key: &str, value: &str) -> bool {
    let stored = set_item(key, value).is_ok();
    MEMORY.with(|m| {
        let mut m = m.borrow_mut();
        if stored {
            m.remove(key);
        } else {
            m.insert(key.to_string(), value.to_string());
        }
    });
    stored
}

/// Removes `key` from storage and memory.
pub fn remove(key: &str) {
    MEMORY.with(|m| m.borrow_mut().remove(key));
    let _ = remove_item(key);
}
