//! One component for every editor list: the titled section with its "Add" button, the table
//! and a row per item, all from the list's description ([`List`]). Deleting an entity that
//! others refer to asks first (the dialog lists what goes with it).

use yew::prelude::*;

use super::delete::{DeleteDialog, describe};
use super::item::{Cell, List};
use super::item_row::{ItemRow, table};
use super::{ListSection, by_index, use_list_data};
use crate::model::Scenario;
use crate::model::edit::{Edit, references};
use crate::text::Key;
use crate::ui::components::fields::entity_label;
use crate::ui::format;
use crate::ui::hooks::{use_dispatch, use_fill, use_text};
use crate::ui::state::Action;

type Fill<'a> = &'a dyn Fn(Key, &[&str]) -> String;

impl List {
    /// How many items the list has.
    fn len(self, s: &Scenario) -> usize {
        match self {
            List::Entities => s.entities.len(),
            List::Holdings => s.holdings.len(),
            List::ControlRights => s.control_rights.len(),
            List::Links => s.links.len(),
            List::Data => s.data.len(),
            List::Threats => s.threats.len(),
        }
    }

    /// The heading, the "Add" button's text and the hint under the heading.
    fn keys(self) -> [Key; 3] {
        match self {
            List::Entities => [Key::EntitiesHeading, Key::AddEntity, Key::EntitiesHint],
            List::Holdings => [Key::HoldingsHeading, Key::AddHolding, Key::HoldingsHint],
            List::ControlRights => [
                Key::ControlRightsHeading,
                Key::AddControlRight,
                Key::ControlRightsHint,
            ],
            List::Links => [Key::LinksHeading, Key::AddLink, Key::LinksHint],
            List::Data => [Key::DataHeading, Key::AddData, Key::DataHint],
            List::Threats => [Key::ThreatsHeading, Key::AddThreat, Key::ThreatsHint],
        }
    }

    /// The cells of item `i`.
    fn cells(self, s: &Scenario, i: usize, fill: Fill) -> Vec<Cell> {
        match self {
            List::Entities => super::entities::cells(&s.entities[i]),
            List::Holdings => super::holdings::cells(&s.holdings[i]),
            List::ControlRights => super::control_rights::cells(&s.control_rights[i]),
            List::Links => super::links::cells(&s.links[i], &s.settings.propagation, fill),
            List::Data => super::data::cells(&s.data[i], &s.settings),
            List::Threats => super::threats::cells(&s.threats[i]),
        }
    }

    /// Whether item `i` involves entity `id` (its row is marked).
    fn refers(self, s: &Scenario, i: usize, id: &str) -> bool {
        match self {
            List::Entities => s.entities[i].id == id,
            List::Holdings => s.holdings[i].holder == id || s.holdings[i].target == id,
            List::ControlRights => {
                let c = &s.control_rights[i];
                c.holder == id || c.target == id
            }
            List::Links => s.links[i].client == id || s.links[i].vendor == id,
            List::Data => s.data[i].holder == id || s.data[i].processors.iter().any(|p| p == id),
            List::Threats => s.threats[i].entry == id,
        }
    }

    /// The edit that adds a new item; `selected` (the selected entity, or empty) takes part
    /// in it as the most likely holder, client or entry.
    fn add(self, s: &Scenario, selected: &str, fill: Fill) -> Edit {
        match self {
            List::Entities => super::entities::add(s, fill),
            List::Holdings => super::holdings::add(selected),
            List::ControlRights => super::control_rights::add(selected),
            List::Links => super::links::add(selected),
            List::Data => super::data::add(s, selected, fill),
            List::Threats => super::threats::add(selected),
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ListProps {
    pub list: List,
}

#[component]
pub fn ListEditor(props: &ListProps) -> Html {
    let (state, options) = use_list_data();
    let t = use_text();
    let fill = use_fill();
    let dispatch = use_dispatch();
    let confirm = use_state(|| None::<usize>);
    let list = props.list;
    let s = state.scenario.clone();
    let rows = by_index(&state.problems, list.path());
    let selected = state.selected.clone().unwrap_or_default();
    let on_add = {
        let (s, dispatch, fill, selected) =
            (s.clone(), dispatch.clone(), fill.clone(), selected.clone());
        Callback::from(move |_| dispatch.emit(Action::Edit(list.add(&s, &selected, &fill))))
    };
    let on_delete = {
        let (s, dispatch, confirm) = (s.clone(), dispatch.clone(), confirm.clone());
        Callback::from(move |i: usize| {
            let referenced = list == List::Entities
                && s.entities
                    .get(i)
                    .is_some_and(|e| !references(&s, &e.id).is_empty());
            if referenced {
                confirm.set(Some(i));
            } else {
                dispatch.emit(Action::Edit(list.delete(i)));
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
        html! { <DeleteDialog name={entity_label(&e.name, &e.id)} {items} {on_confirm} {on_cancel} /> }
    });
    let entity_list = list == List::Entities;
    let body = html! {
        for i in 0..list.len(&s) {
            <ItemRow key={i} {list} index={i} cells={list.cells(&s, i, &fill)}
                problems={rows.get(&i).cloned().unwrap_or_default()}
                mark={(!selected.is_empty() && list.refers(&s, i, &selected))
                    .then_some(if entity_list { "selected" } else { "refers" })}
                reveal={if entity_list && list.refers(&s, i, &selected) { state.reveal } else { 0 }}
                entity={entity_list.then(|| AttrValue::from(s.entities[i].id.clone()))}
                entities={options.clone()} on_delete={on_delete.clone()} />
        }
    };
    let footer = (list == List::Data).then(|| {
        html! {
            <p class="total">{ t(Key::TotalRecords) }{ " " }
                <strong data-testid="records-total">{ format::count(s.total_records()) }</strong></p>
        }
    });
    let [heading, add, hint] = list.keys();
    html! {
        <>
        <ListSection id={list.dom()} {heading} count={list.len(&s)} {add} {on_add} hint={Some(hint)}
            footer={footer.unwrap_or_default()}>
            { table(list, &t, body) }
        </ListSection>
        { dialog.unwrap_or_default() }
        </>
    }
}
