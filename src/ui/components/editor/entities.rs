//! The entities list: name, id, kind and country in the row; treasury shares, weight and
//! notes under "more". Focusing a row selects the entity; selecting it elsewhere (the network
//! diagram) highlights the row and scrolls it into view. Deleting an entity that others refer
//! to asks first.

use std::rc::Rc;

use web_sys::{ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

use super::delete::{DeleteDialog, describe};
use super::id_input::IdInput;
use super::row::{more_row, row_problems, row_tools};
use super::{ListSection, by_index, leftover, use_list_data};
use crate::model::edit::{Edit, EntityField, fresh_id, references};
use crate::model::{Entity, Problem};
use crate::text::Key;
use crate::ui::components::fields::{NumberInput, NumberKind, TextInput, choice, problems_at};
use crate::ui::hooks::{use_dispatch, use_fill, use_text};
use crate::ui::state::Action;

const COLUMNS: usize = 5;

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
    html! {
        <>
        <ListSection id="entities" heading={Key::EntitiesHeading} count={s.entities.len()}
            add={Key::AddEntity} {on_add} hint={Key::EntitiesHint}>
            <table class="editor-table">
                <thead><tr>
                    <th scope="col">{ t(Key::ColName) }</th>
                    <th scope="col">{ t(Key::ColId) }</th>
                    <th scope="col">{ t(Key::ColKind) }</th>
                    <th scope="col">{ t(Key::ColCountry) }</th>
                    <th scope="col"><span class="visually-hidden">{ t(Key::ColActions) }</span></th>
                </tr></thead>
                <tbody>
                    for (i, e) in s.entities.iter().enumerate() {
                        <EntityRow key={i} index={i} entity={e.clone()}
                            problems={rows.get(&i).cloned().unwrap_or_default()}
                            selected={state.selected.as_deref() == Some(e.id.as_str())}
                            reveal={if state.selected.as_deref() == Some(e.id.as_str()) { state.reveal } else { 0 }}
                            entities={options.clone()} on_delete={on_delete.clone()} />
                    }
                </tbody>
            </table>
        </ListSection>
        { dialog.unwrap_or_default() }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    index: usize,
    entity: Entity,
    problems: Vec<Problem>,
    selected: bool,
    reveal: u32,
    entities: Rc<Vec<(String, String)>>,
    on_delete: Callback<usize>,
}

#[component]
fn EntityRow(props: &RowProps) -> Html {
    let t = use_text();
    let fill = use_fill();
    let dispatch = use_dispatch();
    let more = use_state(|| false);
    let row_ref = use_node_ref();
    {
        let row_ref = row_ref.clone();
        use_effect_with(props.reveal, move |&reveal| {
            if reveal > 0
                && let Some(el) = row_ref.cast::<web_sys::Element>()
            {
                let opts = ScrollIntoViewOptions::new();
                opts.set_block(ScrollLogicalPosition::Center);
                opts.set_behavior(ScrollBehavior::Auto);
                el.scroll_into_view_with_scroll_into_view_options(&opts);
            }
        });
    }
    let (i, e) = (props.index, &props.entity);
    let at = |f: &str| format!("entities[{i}].{f}");
    let row = fill(Key::RowEntity, &[&(i + 1).to_string()]);
    let label = |k: Key| AttrValue::from(fill(Key::FieldOfRow, &[t(k), &row]));
    let set = |f: fn(String) -> EntityField| {
        dispatch.reform(move |v: String| Action::Edit(Edit::Entity(i, f(v))))
    };
    let set_num = |f: fn(Option<f64>) -> EntityField| {
        dispatch.reform(move |v| Action::Edit(Edit::Entity(i, f(v))))
    };
    let more_fields = [at("treasury_percent"), at("value"), at("description")];
    let more_problems = props
        .problems
        .iter()
        .filter(|p| more_fields.iter().any(|f| p.is_at(f)))
        .count();
    let open = *more || more_problems > 0;
    let shown: Vec<String> = ["name", "id", "kind", "country"]
        .iter()
        .map(|f| at(f))
        .chain(more_fields.iter().cloned())
        .collect();
    let onfocusin = {
        let (dispatch, id, selected) = (dispatch.clone(), e.id.clone(), props.selected);
        Callback::from(move |_: FocusEvent| {
            if !selected {
                dispatch.emit(Action::Select {
                    id: Some(id.clone()),
                    reveal: false,
                });
            }
        })
    };
    let more_id = format!("entities-{i}-more");
    let p = |f: &str| problems_at(&props.problems, &at(f));
    html! {
        <>
        <tr class={classes!("item", props.selected.then_some("selected"))} ref={row_ref}
            data-entity={e.id.clone()} aria-current={props.selected.then_some("true")} {onfocusin}>
            <td><TextInput path={at("name")} label={label(Key::ColName)} value={e.name.clone()}
                on_change={set(EntityField::Name)} problems={p("name")} /></td>
            <td><IdInput path={at("id")} label={label(Key::ColId)} value={e.id.clone()} entities={props.entities.clone()}
                on_rename={dispatch.reform(move |id| Action::Edit(Edit::RenameEntity(i, id)))} problems={p("id")} /></td>
            <td>{ choice(at("kind"), label(Key::ColKind), e.kind, dispatch.reform(move |k| Action::Edit(Edit::Entity(i, EntityField::Kind(k)))), p("kind")) }</td>
            <td class="narrow"><TextInput path={at("country")} label={label(Key::ColCountry)} value={e.country.clone().unwrap_or_default()}
                on_change={dispatch.reform(move |c: String| Action::Edit(Edit::Entity(i, EntityField::Country((!c.is_empty()).then_some(c)))))}
                problems={p("country")} placeholder={AttrValue::from("JP")} /></td>
            { row_tools(&row, &more_id, open, more_problems, { let more = more.clone(); Callback::from(move |_| more.set(!*more)) },
                props.on_delete.reform(move |_| i), &fill) }
        </tr>
        if open {
            { more_row(&more_id, COLUMNS, html! { <>
                <NumberInput path={at("treasury_percent")} label={label(Key::ColTreasury)} value={e.treasury_percent}
                    on_change={set_num(EntityField::Treasury)} kind={NumberKind::Percent} optional=true visible_label=true
                    problems={p("treasury_percent")} />
                <NumberInput path={at("value")} label={label(Key::ColValue)} value={e.value}
                    on_change={set_num(EntityField::Value)} optional=true visible_label=true
                    problems={p("value")} placeholder={AttrValue::from("1")} />
                <TextInput multiline=true path={at("description")} label={label(Key::ColNotes)} value={e.description.clone()}
                    on_change={set(EntityField::Description)} visible_label=true problems={p("description")} />
            </> }) }
        }
        { row_problems(&format!("entities[{i}]"), &row, COLUMNS, &leftover(&props.problems, &shown), &fill) }
        </>
    }
}
