//! Choices: one of a fixed list of words (kind, access, class…), one of the scenario's
//! entities, or a tick box.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::{described, field_id, messages};
use crate::model::{Named, Problem};
use crate::text::{Key, Word};
use crate::ui::hooks::{use_dispatch, use_fill, use_text};
use crate::ui::state::Action;

#[derive(Properties, PartialEq)]
pub struct ChoiceProps {
    pub path: AttrValue,
    pub label: AttrValue,
    /// The spec's word of the value held now.
    pub value: &'static str,
    /// Every value as (word, catalogue key of its readable name).
    pub options: Vec<(&'static str, Key)>,
    pub on_change: Callback<String>,
    #[prop_or_default]
    pub problems: Vec<Problem>,
    #[prop_or_default]
    pub visible_label: bool,
}

/// The words of a fixed list with their readable names, for [`ChoiceSelect`].
pub fn choices<T: Named + Word>() -> Vec<(&'static str, Key)> {
    T::ALL.iter().map(|v| (v.word(), v.key())).collect()
}

/// One of a fixed list of values (kind, access, class…), shown in words of the catalogue.
/// Not generic over the value's type: one component serves every list, which keeps the wasm
/// small; callers turn the word back into their value.
#[component]
pub fn ChoiceSelect(props: &ChoiceProps) -> Html {
    let t = use_text();
    let fill = use_fill();
    let id = field_id(&props.path);
    let (invalid, describedby) = described(&id, &props.problems, false);
    let select = use_node_ref();
    use_select_value(select.clone(), props.value.into());
    let onchange = props
        .on_change
        .reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    html! {
        <div class="field">
            if props.visible_label {
                <label for={id.clone()}>{ props.label.clone() }</label>
            }
            <select id={id.clone()} ref={select} aria-label={(!props.visible_label).then(|| props.label.clone())}
                aria-invalid={invalid} aria-describedby={describedby} {onchange}>
                for (word, key) in props.options.iter() {
                    <option value={*word} selected={*word == props.value}>{ t(*key) }</option>
                }
            </select>
            { messages(&format!("{id}-msg"), &props.label, &props.problems, None, &fill) }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct EntitySelectProps {
    pub path: AttrValue,
    pub label: AttrValue,
    /// The id held now (may be empty, or name no entity).
    pub value: AttrValue,
    /// The scenario's entities as (id, name).
    pub entities: std::rc::Rc<Vec<(String, String)>>,
    pub on_change: Callback<String>,
    #[prop_or_default]
    pub problems: Vec<Problem>,
    #[prop_or_default]
    pub visible_label: bool,
}

/// One of the scenario's entities, by name. An empty or unknown id stays selected and shown
/// as it is, so opening the list never changes a reference by itself.
#[component]
pub fn EntitySelect(props: &EntitySelectProps) -> Html {
    let t = use_text();
    let fill = use_fill();
    let dispatch = use_dispatch();
    let id = field_id(&props.path);
    let (invalid, describedby) = described(&id, &props.problems, false);
    let known = props.entities.iter().any(|(e, _)| *e == *props.value);
    let select = use_node_ref();
    use_select_value(select.clone(), props.value.clone());
    let onchange = props
        .on_change
        .reform(|e: Event| e.target_unchecked_into::<HtmlSelectElement>().value());
    let onblur = dispatch.reform(|_: FocusEvent| Action::Settle);
    html! {
        <div class="field">
            if props.visible_label {
                <label for={id.clone()}>{ props.label.clone() }</label>
            }
            <select id={id.clone()} ref={select} aria-label={(!props.visible_label).then(|| props.label.clone())}
                aria-invalid={invalid} aria-describedby={describedby} {onchange} {onblur}>
                if props.value.is_empty() {
                    <option value="" selected={true}>{ t(Key::ChooseEntity) }</option>
                } else if !known {
                    <option value={props.value.clone()} selected={true}>{ fill(Key::UnknownEntity, &[&props.value]) }</option>
                }
                for (eid, name) in props.entities.iter() {
                    <option value={eid.clone()} selected={*eid == *props.value}>{ entity_label(name, eid) }</option>
                }
            </select>
            { messages(&format!("{id}-msg"), &props.label, &props.problems, None, &fill) }
        </div>
    }
}

/// Keeps a `<select>` showing `value` after undo or a load: an option's `selected` attribute
/// stops steering the list once the user has picked from it, the `value` property does not.
#[hook]
fn use_select_value(select: NodeRef, value: AttrValue) {
    use_effect_with(value, move |v| {
        if let Some(s) = select.cast::<HtmlSelectElement>()
            && s.value() != **v
        {
            s.set_value(v);
        }
    });
}

/// An entity as choice lists show it: its name, or its id when the name is blank.
pub fn entity_label(name: &str, id: &str) -> String {
    if name.trim().is_empty() {
        id.to_string()
    } else {
        name.to_string()
    }
}

/// A tick box with its label beside it; `text`, when given, is shown instead of the (longer)
/// accessible name `label`.
pub fn checkbox(
    path: &str,
    label: &str,
    checked: bool,
    on_change: Callback<bool>,
    text: Option<&str>,
) -> Html {
    let id = field_id(path);
    let onchange =
        on_change.reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().checked());
    let aria_label = text.is_some().then(|| label.to_string());
    html! {
        <label class="check" for={id.clone()}>
            <input type="checkbox" {id} {checked} aria-label={aria_label} {onchange} />
            <span>{ text.unwrap_or(label).to_string() }</span>
        </label>
    }
}
