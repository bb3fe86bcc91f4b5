//! The holdings list: holder, held entity, equity and votes in the row; the register's band and
//! notes under "more".

use std::rc::Rc;

use yew::prelude::*;

use super::row::{more_row, row_problems, row_tools};
use super::{ListSection, by_index, leftover, use_list_data};
use crate::model::edit::{Edit, HoldingField};
use crate::model::{Holding, Problem};
use crate::text::Key;
use crate::ui::components::fields::{
    EntitySelect, NumberInput, NumberKind, RangeInputs, TextInput, problems_at,
};
use crate::ui::hooks::{use_dispatch, use_fill, use_text};
use crate::ui::state::Action;

const COLUMNS: usize = 5;

#[component]
pub fn HoldingsEditor() -> Html {
    let (state, options) = use_list_data();
    let t = use_text();
    let dispatch = use_dispatch();
    let s = state.scenario.clone();
    let rows = by_index(&state.problems, "holdings");
    let on_add = {
        // A new holding starts from the selected entity, the most likely holder.
        let holder = state.selected.clone().unwrap_or_default();
        dispatch.reform(move |_| Action::Edit(Edit::AddHolding(Holding::new(&holder, "", 0.0))))
    };
    html! {
        <ListSection id="holdings" heading={Key::HoldingsHeading} count={s.holdings.len()}
            add={Key::AddHolding} {on_add} hint={Key::HoldingsHint}>
            <table class="editor-table">
                <thead><tr>
                    <th scope="col">{ t(Key::ColHolder) }</th>
                    <th scope="col">{ t(Key::ColTarget) }</th>
                    <th scope="col" class="num">{ t(Key::ColPercent) }</th>
                    <th scope="col" class="num">{ t(Key::ColVotes) }</th>
                    <th scope="col"><span class="visually-hidden">{ t(Key::ColActions) }</span></th>
                </tr></thead>
                <tbody>
                    for (i, h) in s.holdings.iter().enumerate() {
                        <HoldingRow key={i} index={i} holding={h.clone()}
                            problems={rows.get(&i).cloned().unwrap_or_default()}
                            refers={state.selected.as_ref().is_some_and(|id| *id == h.holder || *id == h.target)}
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
    holding: Holding,
    problems: Vec<Problem>,
    /// Whether the selected entity takes part (the row is marked).
    refers: bool,
    entities: Rc<Vec<(String, String)>>,
}

#[component]
fn HoldingRow(props: &RowProps) -> Html {
    let t = use_text();
    let fill = use_fill();
    let dispatch = use_dispatch();
    let more = use_state(|| false);
    let (i, h) = (props.index, &props.holding);
    let at = |f: &str| format!("holdings[{i}].{f}");
    let row = fill(Key::RowHolding, &[&(i + 1).to_string()]);
    let label = |k: Key| AttrValue::from(fill(Key::FieldOfRow, &[t(k), &row]));
    let edit = move |f: HoldingField| Action::Edit(Edit::Holding(i, f));
    let more_fields = [at("range"), at("description")];
    let more_problems = props
        .problems
        .iter()
        .filter(|p| more_fields.iter().any(|f| p.is_at(f)))
        .count();
    let open = *more || more_problems > 0;
    let shown: Vec<String> = ["holder", "target", "percent", "votes_percent"]
        .iter()
        .map(|f| at(f))
        .chain(more_fields.iter().cloned())
        .collect();
    let more_id = format!("holdings-{i}-more");
    let p = |f: &str| problems_at(&props.problems, &at(f));
    html! {
        <>
        <tr class={classes!("item", props.refers.then_some("refers"))}>
            <td><EntitySelect path={at("holder")} label={label(Key::ColHolder)} value={h.holder.clone()}
                entities={props.entities.clone()} on_change={dispatch.reform(move |v| edit(HoldingField::Holder(v)))} problems={p("holder")} /></td>
            <td><EntitySelect path={at("target")} label={label(Key::ColTarget)} value={h.target.clone()}
                entities={props.entities.clone()} on_change={dispatch.reform(move |v| edit(HoldingField::Target(v)))} problems={p("target")} /></td>
            <td class="num"><NumberInput path={at("percent")} label={label(Key::ColPercent)} value={Some(h.percent)}
                on_change={dispatch.reform(move |v: Option<f64>| edit(HoldingField::Percent(v.unwrap_or(f64::NAN))))}
                kind={NumberKind::Percent} problems={p("percent")} /></td>
            <td class="num"><NumberInput path={at("votes_percent")} label={label(Key::ColVotes)} value={h.votes_percent}
                on_change={dispatch.reform(move |v| edit(HoldingField::Votes(v)))} kind={NumberKind::Percent} optional=true
                placeholder={AttrValue::from(format!("= {}", crate::ui::format::field(h.percent)))} problems={p("votes_percent")} /></td>
            { row_tools(&row, &more_id, open, more_problems, { let more = more.clone(); Callback::from(move |_| more.set(!*more)) },
                dispatch.reform(move |_| Action::Edit(Edit::DeleteHolding(i))), &fill) }
        </tr>
        if open {
            { more_row(&more_id, COLUMNS, html! { <>
                <RangeInputs path={at("range")} paths={[AttrValue::from(at("range[0]")), AttrValue::from(at("range[1]"))]}
                    labels={[label(Key::ColBandLow), label(Key::ColBandHigh)]} label={label(Key::ColBand)} value={h.range}
                    on_change={dispatch.reform(move |v| edit(HoldingField::Range(v)))} kind={NumberKind::Percent}
                    problems={p("range")} />
                <TextInput multiline=true path={at("description")} label={label(Key::ColNotes)} value={h.description.clone()}
                    on_change={dispatch.reform(move |v| edit(HoldingField::Description(v)))} visible_label=true problems={p("description")} />
            </> }) }
        }
        { row_problems(&format!("holdings[{i}]"), &row, COLUMNS, &leftover(&props.problems, &shown), &fill) }
        </>
    }
}
