//! Keyboard shortcuts for undo and redo: Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo.
//!
//! They are the app's undo everywhere, also while typing in a field: typing in one field is one
//! step, so Ctrl+Z takes back what was typed there, the same step the Undo button takes back,
//! and Ctrl+Z after leaving a field undoes that field (a browser's own undo would do nothing in
//! the next, empty field). One exception: while a field shows text that is not in the scenario
//! yet (`12a` in a number field, an id already taken: marked `data-draft`), Ctrl+Z is left to
//! the browser, which takes back that text. Keys pressed while an input method is composing
//! (Japanese, Chinese…) are never taken.

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

use crate::ui::state::Action;

/// What a key press means for the app, if anything.
pub fn shortcut(e: &KeyboardEvent) -> Option<Action> {
    if is_composing(e) || e.alt_key() || !(e.ctrl_key() || e.meta_key()) {
        return None;
    }
    let key = e.key().to_lowercase();
    let action = match key.as_str() {
        "z" if e.shift_key() => Action::Redo,
        "z" => Action::Undo,
        "y" if e.ctrl_key() && !e.shift_key() => Action::Redo,
        _ => return None,
    };
    // A modal question is open: undo must not change what it asks about.
    if gloo::utils::document()
        .query_selector("dialog[open]")
        .ok()
        .flatten()
        .is_some()
    {
        return None;
    }
    let draft = e
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| el.has_attribute("data-draft"));
    (!draft).then_some(action)
}

/// Whether a key event belongs to an input method's composition (Enter that confirms a kana
/// conversion must not submit anything). Key code 229 covers browsers that do not set the flag.
pub fn is_composing(e: &KeyboardEvent) -> bool {
    #[allow(deprecated)]
    let code = e.key_code();
    e.is_composing() || code == 229
}

/// Listens on the whole document for the shortcuts and dispatches them.
#[hook]
pub fn use_shortcuts(dispatch: Callback<Action>) {
    use_effect_with(dispatch, |dispatch| {
        let dispatch = dispatch.clone();
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(
            &gloo::utils::document(),
            "keydown",
            options,
            move |e| {
                let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if let Some(action) = shortcut(e) {
                    e.prevent_default();
                    dispatch.emit(action);
                }
            },
        );
        move || drop(listener)
    });
}
