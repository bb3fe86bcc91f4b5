//! Copying text to the clipboard. The browser may refuse (no permission, an insecure page, a
//! frame without `clipboard-write`, no clipboard API at all): the caller then shows the text in
//! a field, selected, for the user to copy.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

#[wasm_bindgen]
extern "C" {
    // Caught, so a missing `navigator.clipboard` is a refusal rather than an exception.
    #[wasm_bindgen(catch, js_namespace = ["navigator", "clipboard"], js_name = writeText)]
    fn write_text(text: &str) -> Result<js_sys::Promise, JsValue>;
}

/// Copies `text`; whether the browser accepted it.
pub async fn copy(text: &str) -> bool {
    match write_text(text) {
        Ok(promise) => JsFuture::from(promise).await.is_ok(),
        Err(_) => false,
    }
}
