//! Text fields: whatever is typed goes into the scenario at once (names, services, labels,
//! descriptions are free text; validation says when one is empty or too long).

use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::{described, field_id, messages};
use crate::model::Problem;
use crate::ui::hooks::{use_dispatch, use_fill};
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct TextProps {
    /// The JSON path of the field (its DOM id derives from it).
    pub path: AttrValue,
    /// The accessible name, and the start of every message.
    pub label: AttrValue,
    pub value: AttrValue,
    pub on_change: Callback<String>,
    #[prop_or_default]
    pub problems: Vec<Problem>,
    /// Show the label above the field (forms) instead of only to screen readers (table cells,
    /// where the column header says it).
    #[prop_or_default]
    pub visible_label: bool,
    /// Several lines (descriptions: sources, assumptions, notes).
    #[prop_or_default]
    pub multiline: bool,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
}

/// A text field, one line or several.
#[component]
pub fn TextInput(props: &TextProps) -> Html {
    let dispatch = use_dispatch();
    let fill = use_fill();
    let id = field_id(&props.path);
    let (invalid, describedby) = described(&id, &props.problems, false);
    // While an input method composes (kana being converted to kanji), the text is not the
    // user's yet: it goes into the scenario (and the undo history) when the composition ends.
    let oninput = {
        let on_change = props.on_change.clone();
        // A textarea has `value` like an input; reading it through the input type is the same
        // JavaScript property.
        Callback::from(move |e: InputEvent| {
            if !e.is_composing() {
                on_change.emit(e.target_unchecked_into::<HtmlInputElement>().value())
            }
        })
    };
    // Yew has no `oncompositionend` listener: one is added to the element itself.
    let node = use_node_ref();
    {
        let (node, on_change) = (node.clone(), props.on_change.clone());
        use_effect_with(props.on_change.clone(), move |_| {
            let listener = node.cast::<web_sys::Element>().map(|el| {
                gloo::events::EventListener::new(&el, "compositionend", move |e| {
                    if let Some(t) = e.target() {
                        on_change.emit(t.unchecked_into::<HtmlInputElement>().value());
                    }
                })
            });
            move || drop(listener)
        });
    }
    let onblur = dispatch.reform(|_: FocusEvent| Action::Settle);
    let aria_label = (!props.visible_label).then(|| props.label.clone());
    let field = if props.multiline {
        html! {
            <textarea id={id.clone()} value={props.value.clone()} rows="2" aria-label={aria_label}
                aria-invalid={invalid} aria-describedby={describedby}
                placeholder={props.placeholder.clone()} {oninput} {onblur} ref={node.clone()} />
        }
    } else {
        html! {
            <input type="text" id={id.clone()} value={props.value.clone()} aria-label={aria_label}
                aria-invalid={invalid} aria-describedby={describedby}
                placeholder={props.placeholder.clone()}
                autocomplete="off" spellcheck="false" {oninput} {onblur} ref={node.clone()} />
        }
    };
    html! {
        <div class={classes!("field", props.multiline.then_some("field-wide"))}>
            if props.visible_label {
                <label for={id.clone()}>{ props.label.clone() }</label>
            }
            { field }
            { messages(&format!("{id}-msg"), &props.label, &props.problems, None, &fill) }
        </div>
    }
}
