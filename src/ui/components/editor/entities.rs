//! The entities list: name, id, kind and country in the row; treasury shares, weight and
//! notes under "more". Focusing a row selects the entity; selecting it elsewhere (the network
//! diagram) highlights the row and scrolls it into view. Deleting an entity that others refer
//! to asks first.

use yew::prelude::*;

use super::delete::{DeleteDialog, describe};
use super::item::{Cell, Input, List, Out, cell, choice, hinted, text, word};
use super::item_row::{ItemRow, table};
use super::{ListSection, by_index, use_list_data};
use crate::model::Entity;
use crate::model::edit::{Edit, EntityField as F, fresh_id, references};
use crate::text::Key;
use crate::ui::components::fields::NumberKind;
use crate::ui::hooks::{use_dispatch, use_fill, use_text};
use crate::ui::state::Action;

#[component]
pub fn EntitiesEditor() -> Html {
    let (state, options) = use_list_data();
    let t = use_text();
    let fill = use_fill();
    let dispatch = use_dispatch();
    let confirm = use_state(|| None::<usize>);
    let s = state.scenario.clone();
    let rows = by_index(&state.problems, "entities");
    let on_add = {
        let (s, dispatch, fill) = (s.clone(), dispatch.clone(), fill.clone());
        Callback::from(move |_| {
            let id = fresh_id("entity", |id| s.entity(id).is_some());
            let name = fill(Key::NewEntityName, &[&(s.entities.len() + 1).to_string()]);
            dispatch.emit(Action::Edit(Edit::AddEntity(Entity::new(&id, &name))));
        })
    };
    let on_delete = {
        let (s, dispatch, confirm) = (s.clone(), dispatch.clone(), confirm.clone());
        Callback::from(move |i: usize| {
            let referenced = s
                .entities
                .get(i)
                .is_some_and(|e| !references(&s, &e.id).is_empty());
            if referenced {
                confirm.set(Some(i));
            } else {
                dispatch.emit(Action::Edit(Edit::DeleteEntity(i)));
            }
        })
    };
    let dialog = (*confirm).and_then(|i| s.entities.get(i).map(|e| (i, e))).map(|(i, e)| {
        let items = references(&s, &e.id)
            .iter()
            .map(|r| describe(&s, r, &fill, &t))
            .collect::<Vec<_>>();
        let on_confirm = {
            let (dispatch, confirm) = (dispatch.clone(), confirm.clone());
            Callback::from(move |_| {
                confirm.set(None);
                dispatch.emit(Action::Edit(Edit::DeleteEntity(i)));
            })
        };
        let on_cancel = {
            let confirm = confirm.clone();
            Callback::from(move |_| confirm.set(None))
        };
        html! { <DeleteDialog name={super::super::fields::entity_label(&e.name, &e.id)} {items} {on_confirm} {on_cancel} /> }
    });
    let body = html! {
        for (i, e) in s.entities.iter().enumerate() {
            <ItemRow key={i} list={List::Entities} index={i} cells={cells(e)}
                problems={rows.get(&i).cloned().unwrap_or_default()}
                mark={(state.selected.as_deref() == Some(e.id.as_str())).then_some("selected")}
                reveal={if state.selected.as_deref() == Some(e.id.as_str()) { state.reveal } else { 0 }}
                entity={AttrValue::from(e.id.clone())}
                entities={options.clone()} on_delete={on_delete.clone()} />
        }
    };
    html! {
        <>
        <ListSection id="entities" heading={Key::EntitiesHeading} count={s.entities.len()}
            add={Key::AddEntity} {on_add} hint={Key::EntitiesHint}>
            { table(List::Entities, &t, body) }
        </ListSection>
        { dialog.unwrap_or_default() }
        </>
    }
}

fn cells(e: &Entity) -> Vec<Cell> {
    let pc = NumberKind::Percent;
    vec![
        cell(1, "name", Key::ColName, Input::Text(text(&e.name))),
        cell(2, "id", Key::ColId, Input::Id(text(&e.id))),
        cell(3, "kind", Key::ColKind, choice(e.kind)),
        hinted(
            4,
            "country",
            Key::ColCountry,
            Input::Text(text(e.country.as_deref().unwrap_or_default())),
            "JP".into(),
        ),
        cell(
            0,
            "treasury_percent",
            Key::ColTreasury,
            Input::Number(e.treasury_percent, pc, true),
        ),
        hinted(
            0,
            "value",
            Key::ColValue,
            Input::Number(e.value, NumberKind::Plain, true),
            "1".into(),
        ),
        cell(
            0,
            "description",
            Key::ColNotes,
            Input::Notes(text(&e.description)),
        ),
    ]
}

/// The edit an entity's cell makes (a new id renames it everywhere).
pub fn edit(i: usize, field: &str, out: Out) -> Option<Edit> {
    let f = match (field, out) {
        ("id", Out::Text(id)) => return Some(Edit::RenameEntity(i, id)),
        ("name", Out::Text(v)) => F::Name(v),
        ("kind", Out::Text(w)) => F::Kind(word(&w)),
        ("country", Out::Text(c)) => F::Country((!c.is_empty()).then_some(c)),
        ("treasury_percent", Out::Number(v)) => F::Treasury(v),
        ("value", Out::Number(v)) => F::Value(v),
        ("description", Out::Text(v)) => F::Description(v),
        _ => return None,
    };
    Some(Edit::Entity(i, f))
}
