//! An entity's id field. Holdings, links, data and threats refer to entities by id, so a new id
//! goes into the scenario only when it is a valid id that no other entity has; then every
//! reference follows it. Until then the field keeps the typed text (marked `data-draft`) and
//! says what is wrong, and the scenario keeps the old id.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::model::Problem;
use crate::model::problem::quote;
use crate::model::validate::is_id;
use crate::text::Key;
use crate::ui::components::fields::{described, field_id, messages};
use crate::ui::hooks::{use_dispatch, use_fill};
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct IdProps {
    pub path: AttrValue,
    pub label: AttrValue,
    pub value: AttrValue,
    /// Every entity as (id, name), to tell a taken id.
    pub entities: Rc<Vec<(String, String)>>,
    pub on_rename: Callback<String>,
    #[prop_or_default]
    pub problems: Vec<Problem>,
}

#[derive(Clone, PartialEq)]
struct Draft {
    text: String,
    /// The id the text was typed over; when the id changes from elsewhere the draft goes.
    base: AttrValue,
}

#[component]
pub fn IdInput(props: &IdProps) -> Html {
    let fill = use_fill();
    let dispatch = use_dispatch();
    let draft = use_state(|| None::<Draft>);
    {
        let (draft, value) = (draft.clone(), props.value.clone());
        use_effect_with(value.clone(), move |_| {
            if draft.as_ref().is_some_and(|d| d.base != value) {
                draft.set(None);
            }
        });
    }
    let current = (*draft).clone().filter(|d| d.base == props.value);
    let text = current
        .as_ref()
        .map_or_else(|| props.value.to_string(), |d| d.text.clone());
    let why = current.as_ref().map(|d| {
        let t = d.text.as_str();
        if t.is_empty() {
            fill(Key::IdEmpty, &[])
        } else if !is_id(t) {
            fill(Key::IdInvalid, &[&quote(t)])
        } else {
            let owner = props
                .entities
                .iter()
                .find(|(id, _)| id == t)
                .map_or("", |(_, n)| n.as_str());
            fill(Key::IdTaken, &[&quote(t), owner])
        }
    });
    let oninput = {
        let (draft, value, on_rename) =
            (draft.clone(), props.value.clone(), props.on_rename.clone());
        let entities = props.entities.clone();
        Callback::from(move |e: InputEvent| {
            let text = e.target_unchecked_into::<HtmlInputElement>().value();
            let taken = entities.iter().any(|(id, _)| *id == text);
            if text == *value {
                draft.set(None);
            } else if is_id(&text) && !taken {
                draft.set(None);
                on_rename.emit(text);
            } else {
                draft.set(Some(Draft {
                    text,
                    base: value.clone(),
                }));
            }
        })
    };
    let onblur = dispatch.reform(|_: FocusEvent| Action::Settle);
    let id = field_id(&props.path);
    let (invalid, describedby) = described(&id, &props.problems, why.is_some());
    html! {
        <div class="field field-id">
            <input type="text" id={id.clone()} value={text} aria-label={props.label.clone()}
                aria-invalid={invalid} aria-describedby={describedby}
                data-draft={why.is_some().then_some("true")}
                autocomplete="off" spellcheck="false" autocapitalize="off" {oninput} {onblur} />
            { messages(&format!("{id}-msg"), &props.label, &props.problems, why.as_deref(), &fill) }
        </div>
    }
}
