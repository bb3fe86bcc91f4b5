//! Drag and drop anywhere on the page: while files are dragged over it, a target covers the
//! page and says what can be dropped; a dropped file opens like one chosen with Open….
//! Drags that carry no files (text, links) are left to the browser.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::DragEvent;
use yew::prelude::*;

use crate::text::Key;
use crate::ui::hooks::use_text;
use crate::ui::session::Opener;

#[derive(Properties, PartialEq)]
pub struct DropProps {
    pub opener: Opener,
}

/// Whether a drag carries files.
fn has_files(e: &DragEvent) -> bool {
    e.data_transfer().is_some_and(|d| {
        d.types()
            .iter()
            .any(|t| t.as_string().as_deref() == Some("Files"))
    })
}

#[component]
pub fn DropZone(props: &DropProps) -> Html {
    let t = use_text();
    let active = use_state(|| false);
    {
        let (active, opener) = (active.setter(), props.opener.clone());
        use_effect_with((), move |_| {
            // Nesting depth of drag-enters: leaving a child element is not leaving the page.
            let depth = Rc::new(Cell::new(0i32));
            let doc = gloo::utils::document();
            let options = EventListenerOptions::enable_prevent_default();
            let on = |kind: &'static str, step: i32| {
                let (depth, active, opener) = (depth.clone(), active.clone(), opener.clone());
                EventListener::new_with_options(&doc, kind, options, move |e| {
                    let Some(e) = e.dyn_ref::<DragEvent>().filter(|e| has_files(e)) else {
                        return;
                    };
                    e.prevent_default();
                    let d = if step == 0 {
                        0
                    } else {
                        (depth.get() + step).max(0)
                    };
                    if kind == "dragover" {
                        return;
                    }
                    depth.set(d);
                    active.set(d > 0);
                    if kind == "drop"
                        && let Some(f) = e
                            .data_transfer()
                            .and_then(|d| d.files())
                            .and_then(|l| l.get(0))
                    {
                        opener.open(f);
                    }
                })
            };
            let listeners = [
                on("dragenter", 1),
                on("dragover", 0),
                on("dragleave", -1),
                on("drop", 0),
            ];
            move || drop(listeners)
        });
    }
    html! {
        <div class={classes!("drop-zone", active.then_some("active"))} aria-hidden="true">
            <p>{ t(Key::DropHere) }</p>
        </div>
    }
}
