//! The control rights list: board majorities, vetoes and agreements (control without shares).

use yew::prelude::*;

use super::item::{Cell, Input, List, Out, cell, choice, text, word};
use super::item_row::{ItemRow, table};
use super::{ListSection, by_index, use_list_data};
use crate::model::edit::{ControlField as F, Edit};
use crate::model::{ControlKind, ControlRight};
use crate::text::Key;
use crate::ui::hooks::{use_dispatch, use_text};
use crate::ui::state::Action;

#[component]
pub fn ControlRightsEditor() -> Html {
    let (state, options) = use_list_data();
    let t = use_text();
    let dispatch = use_dispatch();
    let s = state.scenario.clone();
    let rows = by_index(&state.problems, "control_rights");
    let on_add = {
        let holder = state.selected.clone().unwrap_or_default();
        dispatch.reform(move |_| {
            Action::Edit(Edit::AddControlRight(ControlRight {
                holder: holder.clone(),
                target: String::new(),
                kind: ControlKind::BoardMajority,
                description: String::new(),
            }))
        })
    };
    let body = html! {
        for (i, c) in s.control_rights.iter().enumerate() {
            <ItemRow key={i} list={List::ControlRights} index={i} cells={cells(c)}
                problems={rows.get(&i).cloned().unwrap_or_default()}
                mark={state.selected.as_ref().is_some_and(|id| *id == c.holder || *id == c.target).then_some("refers")}
                entities={options.clone()} />
        }
    };
    html! {
        <ListSection id="control-rights" heading={Key::ControlRightsHeading} count={s.control_rights.len()}
            add={Key::AddControlRight} {on_add} hint={Key::ControlRightsHint}>
            { table(List::ControlRights, &t, body) }
        </ListSection>
    }
}

fn cells(c: &ControlRight) -> Vec<Cell> {
    vec![
        cell(1, "holder", Key::ColHolder, Input::Entity(text(&c.holder))),
        cell(
            2,
            "target",
            Key::ColControlled,
            Input::Entity(text(&c.target)),
        ),
        cell(3, "kind", Key::ColRight, choice(c.kind)),
        cell(
            0,
            "description",
            Key::ColNotes,
            Input::Notes(text(&c.description)),
        ),
    ]
}

/// The edit a control right's cell makes.
pub fn edit(i: usize, field: &str, out: Out) -> Option<Edit> {
    let f = match (field, out) {
        ("holder", Out::Text(v)) => F::Holder(v),
        ("target", Out::Text(v)) => F::Target(v),
        ("kind", Out::Text(w)) => F::Kind(word(&w)),
        ("description", Out::Text(v)) => F::Description(v),
        _ => return None,
    };
    Some(Edit::ControlRight(i, f))
}
