//! The control rights list: board majorities, vetoes and agreements (control without shares).

use std::rc::Rc;

use yew::prelude::*;

use super::row::{more_row, row_problems, row_tools};
use super::{ListSection, by_index, leftover, use_list_data};
use crate::model::edit::{ControlField, Edit};
use crate::model::{ControlKind, ControlRight, Problem};
use crate::text::Key;
use crate::ui::components::fields::{EntitySelect, TextInput, choice, problems_at};
use crate::ui::hooks::{use_dispatch, use_fill, use_text};
use crate::ui::state::Action;

const COLUMNS: usize = 4;

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
    html! {
        <ListSection id="control-rights" heading={Key::ControlRightsHeading} count={s.control_rights.len()}
            add={Key::AddControlRight} {on_add} hint={Key::ControlRightsHint}>
            <table class="editor-table">
                <thead><tr>
                    <th scope="col">{ t(Key::ColHolder) }</th>
                    <th scope="col">{ t(Key::ColControlled) }</th>
                    <th scope="col">{ t(Key::ColRight) }</th>
                    <th scope="col"><span class="visually-hidden">{ t(Key::ColActions) }</span></th>
                </tr></thead>
                <tbody>
                    for (i, c) in s.control_rights.iter().enumerate() {
                        <ControlRow key={i} index={i} right={c.clone()}
                            problems={rows.get(&i).cloned().unwrap_or_default()}
                            refers={state.selected.as_ref().is_some_and(|id| *id == c.holder || *id == c.target)}
                            entities={options.clone()} />
                    }
                </tbody>
            </table>
        </ListSection>
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    index: usize,
    right: ControlRight,
    problems: Vec<Problem>,
    refers: bool,
    entities: Rc<Vec<(String, String)>>,
}

#[component]
fn ControlRow(props: &RowProps) -> Html {
    let t = use_text();
    let fill = use_fill();
    let dispatch = use_dispatch();
    let more = use_state(|| false);
    let (i, c) = (props.index, &props.right);
    let at = |f: &str| format!("control_rights[{i}].{f}");
    let row = fill(Key::RowControl, &[&(i + 1).to_string()]);
    let label = |k: Key| AttrValue::from(fill(Key::FieldOfRow, &[t(k), &row]));
    let edit = move |f: ControlField| Action::Edit(Edit::ControlRight(i, f));
    let more_problems = props
        .problems
        .iter()
        .filter(|p| p.is_at(&at("description")))
        .count();
    let open = *more || more_problems > 0;
    let shown: Vec<String> = ["holder", "target", "kind", "description"]
        .iter()
        .map(|f| at(f))
        .collect();
    let more_id = format!("control-rights-{i}-more");
    let p = |f: &str| problems_at(&props.problems, &at(f));
    html! {
        <>
        <tr class={classes!("item", props.refers.then_some("refers"))}>
            <td><EntitySelect path={at("holder")} label={label(Key::ColHolder)} value={c.holder.clone()}
                entities={props.entities.clone()} on_change={dispatch.reform(move |v| edit(ControlField::Holder(v)))} problems={p("holder")} /></td>
            <td><EntitySelect path={at("target")} label={label(Key::ColControlled)} value={c.target.clone()}
                entities={props.entities.clone()} on_change={dispatch.reform(move |v| edit(ControlField::Target(v)))} problems={p("target")} /></td>
            <td>{ choice(at("kind"), label(Key::ColRight), c.kind, dispatch.reform(move |k| edit(ControlField::Kind(k))), p("kind")) }</td>
            { row_tools(&row, &more_id, open, more_problems, { let more = more.clone(); Callback::from(move |_| more.set(!*more)) },
                dispatch.reform(move |_| Action::Edit(Edit::DeleteControlRight(i))), &fill) }
        </tr>
        if open {
            { more_row(&more_id, COLUMNS, html! { <>
                <TextInput multiline=true path={at("description")} label={label(Key::ColNotes)} value={c.description.clone()}
                    on_change={dispatch.reform(move |v| edit(ControlField::Description(v)))} visible_label=true problems={p("description")} />
            </> }) }
        }
        { row_problems(&format!("control_rights[{i}]"), &row, COLUMNS, &leftover(&props.problems, &shown), &fill) }
        </>
    }
}
