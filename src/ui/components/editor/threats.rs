//! The threats list: where breaches start and how often a year (an assumption the user owns).

use std::rc::Rc;

use yew::prelude::*;

use super::row::{more_row, row_problems, row_tools};
use super::{ListSection, by_index, leftover, use_list_data};
use crate::model::edit::{Edit, ThreatField};
use crate::model::{Problem, Threat};
use crate::text::Key;
use crate::ui::components::fields::{EntitySelect, NumberInput, TextInput, problems_at};
use crate::ui::hooks::{use_dispatch, use_fill, use_text};
use crate::ui::state::Action;

const COLUMNS: usize = 4;

#[component]
pub fn ThreatsEditor() -> Html {
    let (state, options) = use_list_data();
    let t = use_text();
    let dispatch = use_dispatch();
    let s = state.scenario.clone();
    let rows = by_index(&state.problems, "threats");
    let on_add = {
        let entry = state.selected.clone().unwrap_or_default();
        dispatch.reform(move |_| {
            Action::Edit(Edit::AddThreat(Threat {
                entry: entry.clone(),
                rate: 0.1,
                label: String::new(),
                description: String::new(),
            }))
        })
    };
    html! {
        <ListSection id="threats" heading={Key::ThreatsHeading} count={s.threats.len()}
            add={Key::AddThreat} {on_add} hint={Key::ThreatsHint}>
            <table class="editor-table">
                <thead><tr>
                    <th scope="col">{ t(Key::ColEntry) }</th>
                    <th scope="col" class="num">{ t(Key::ColRate) }</th>
                    <th scope="col">{ t(Key::ColLabel) }</th>
                    <th scope="col"><span class="visually-hidden">{ t(Key::ColActions) }</span></th>
                </tr></thead>
                <tbody>
                    for (i, th) in s.threats.iter().enumerate() {
                        <ThreatRow key={i} index={i} threat={th.clone()}
                            problems={rows.get(&i).cloned().unwrap_or_default()}
                            refers={state.selected.as_ref() == Some(&th.entry)}
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
    threat: Threat,
    problems: Vec<Problem>,
    refers: bool,
    entities: Rc<Vec<(String, String)>>,
}

#[component]
fn ThreatRow(props: &RowProps) -> Html {
    let t = use_text();
    let fill = use_fill();
    let dispatch = use_dispatch();
    let more = use_state(|| false);
    let (i, th) = (props.index, &props.threat);
    let at = |f: &str| format!("threats[{i}].{f}");
    let row = fill(Key::RowThreat, &[&(i + 1).to_string()]);
    let label = |k: Key| AttrValue::from(fill(Key::FieldOfRow, &[t(k), &row]));
    let edit = move |f: ThreatField| Action::Edit(Edit::Threat(i, f));
    let more_problems = props
        .problems
        .iter()
        .filter(|p| p.is_at(&at("description")))
        .count();
    let open = *more || more_problems > 0;
    let shown: Vec<String> = ["entry", "rate", "label", "description"]
        .iter()
        .map(|f| at(f))
        .collect();
    let more_id = format!("threats-{i}-more");
    let p = |f: &str| problems_at(&props.problems, &at(f));
    html! {
        <>
        <tr class={classes!("item", props.refers.then_some("refers"))}>
            <td><EntitySelect path={at("entry")} label={label(Key::ColEntry)} value={th.entry.clone()}
                entities={props.entities.clone()} on_change={dispatch.reform(move |v| edit(ThreatField::Entry(v)))} problems={p("entry")} /></td>
            <td class="num"><NumberInput path={at("rate")} label={label(Key::ColRate)} value={Some(th.rate)}
                on_change={dispatch.reform(move |v: Option<f64>| edit(ThreatField::Rate(v.unwrap_or(f64::NAN))))} problems={p("rate")} /></td>
            <td><TextInput path={at("label")} label={label(Key::ColLabel)} value={th.label.clone()}
                on_change={dispatch.reform(move |v| edit(ThreatField::Label(v)))} problems={p("label")} /></td>
            { row_tools(&row, &more_id, open, more_problems, { let more = more.clone(); Callback::from(move |_| more.set(!*more)) },
                dispatch.reform(move |_| Action::Edit(Edit::DeleteThreat(i))), &fill) }
        </tr>
        if open {
            { more_row(&more_id, COLUMNS, html! { <>
                <TextInput multiline=true path={at("description")} label={label(Key::ColNotes)} value={th.description.clone()}
                    on_change={dispatch.reform(move |v| edit(ThreatField::Description(v)))} visible_label=true problems={p("description")} />
            </> }) }
        }
        { row_problems(&format!("threats[{i}]"), &row, COLUMNS, &leftover(&props.problems, &shown), &fill) }
        </>
    }
}
