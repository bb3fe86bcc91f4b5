//! Form fields of the editor. Each field shows, right under itself, the problems validation
//! found at its JSON path and, for text that cannot go into the scenario yet (`12a` in a
//! number field, an id already taken), why, while keeping that text as typed.
//!
//! Every field has a DOM id derived from its JSON path ([`field_id`]), so a problem listed
//! elsewhere can lead to its field, and an accessible name that says which item it belongs to.

mod choice;
mod number;
mod range;
mod text;

pub use choice::{ChoiceSelect, EntitySelect, checkbox, choices, entity_label};
pub use number::{NumberInput, NumberKind};
pub use range::RangeInputs;
pub use text::TextInput;

use yew::prelude::*;

use crate::model::Problem;
use crate::text::Key;

/// The DOM id of the field at a JSON path: `holdings[2].percent` → `f-holdings-2-percent`.
pub fn field_id(path: &str) -> String {
    let mut id = String::from("f-");
    for c in path.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            id.push(c);
        } else if !id.ends_with('-') {
            id.push('-');
        }
    }
    id.trim_end_matches('-').to_string()
}

/// The problems at `path` or inside it.
pub fn problems_at(problems: &[Problem], path: &str) -> Vec<Problem> {
    problems.iter().filter(|p| p.is_at(path)).cloned().collect()
}

/// A catalogue lookup with arguments (what `use_fill` returns), for helpers that render
/// inside a component.
pub type Fill<'a> = &'a dyn Fn(Key, &[&str]) -> String;

/// The messages under one field (`id` is what its `aria-describedby` points at; `label`, the
/// field's name, starts every message: "Equity %: 120 is above 100"). `draft` says why typed
/// text is not in the scenario yet. Nothing at all when there are none.
pub fn messages(
    id: &str,
    label: &str,
    problems: &[Problem],
    draft: Option<&str>,
    fill: Fill,
) -> Html {
    if problems.is_empty() && draft.is_none() {
        return html! {};
    }
    let line = |text: &str| fill(Key::FieldSays, &[label, text]);
    html! {
        <ul class="field-messages" id={id.to_string()}>
            if let Some(d) = draft {
                <li class="error">{ line(d) }</li>
            }
            for p in problems.iter() {
                <li class={if p.is_error() { "error" } else { "warning" }}>{ line(&p.message) }</li>
            }
        </ul>
    }
}

/// The attributes a field takes from its messages: `aria-invalid` and `aria-describedby`.
pub fn described(
    id: &str,
    problems: &[Problem],
    draft: bool,
) -> (Option<AttrValue>, Option<AttrValue>) {
    let invalid = draft || problems.iter().any(Problem::is_error);
    let has = draft || !problems.is_empty();
    (
        invalid.then(|| AttrValue::from("true")),
        has.then(|| AttrValue::from(format!("{id}-msg"))),
    )
}
