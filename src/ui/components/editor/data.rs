//! The data list: categories of data, their class, holder and records, with a total; the
//! processors, records by country, cost range, exposed share and notes under "more".

use std::rc::Rc;

use yew::prelude::*;

use super::data_more::{CountriesField, ProcessorsField};
use super::row::{more_row, row_problems, row_tools};
use super::{ListSection, by_index, leftover, use_list_data};
use crate::model::edit::{DataField, Edit, fresh_id};
use crate::model::{CostRange, DataCategory, DataClass, Problem, Settings};
use crate::text::Key;
use crate::ui::components::fields::{
    EntitySelect, NumberInput, NumberKind, RangeInputs, TextInput, choice, problems_at,
};
use crate::ui::format;
use crate::ui::hooks::{use_dispatch, use_fill, use_text};
use crate::ui::state::Action;

const COLUMNS: usize = 5;

#[component]
pub fn DataEditor() -> Html {
    let (state, options) = use_list_data();
    let t = use_text();
    let fill = use_fill();
    let dispatch = use_dispatch();
    let s = state.scenario.clone();
    let rows = by_index(&state.problems, "data");
    let on_add = {
        let (s, holder) = (s.clone(), state.selected.clone().unwrap_or_default());
        let name = fill(Key::NewDataName, &[&(s.data.len() + 1).to_string()]);
        dispatch.reform(move |_| {
            let id = fresh_id("data", |id| s.data.iter().any(|d| d.id == id));
            Action::Edit(Edit::AddData(DataCategory {
                id,
                name: name.clone(),
                holder: holder.clone(),
                processors: Vec::new(),
                class: DataClass::Personal,
                records: 0.0,
                by_country: Default::default(),
                cost_per_record: None,
                exposed_fraction: None,
                description: String::new(),
            }))
        })
    };
    let footer = html! {
        <p class="total">{ t(Key::TotalRecords) }{ " " }
            <strong data-testid="records-total">{ format::count(s.total_records()) }</strong></p>
    };
    html! {
        <ListSection id="data" heading={Key::DataHeading} count={s.data.len()}
            add={Key::AddData} {on_add} hint={Key::DataHint} {footer}>
            <table class="editor-table">
                <thead><tr>
                    <th scope="col">{ t(Key::ColNameId) }</th>
                    <th scope="col">{ t(Key::ColClass) }</th>
                    <th scope="col">{ t(Key::ColHolder) }</th>
                    <th scope="col" class="num">{ t(Key::ColRecords) }</th>
                    <th scope="col"><span class="visually-hidden">{ t(Key::ColActions) }</span></th>
                </tr></thead>
                <tbody>
                    for (i, d) in s.data.iter().enumerate() {
                        <DataRow key={i} index={i} data={d.clone()}
                            problems={rows.get(&i).cloned().unwrap_or_default()}
                            refers={state.selected.as_ref().is_some_and(|id| *id == d.holder || d.processors.contains(id))}
                            entities={options.clone()} settings={Rc::new(s.settings.clone())} />
                    }
                </tbody>
            </table>
        </ListSection>
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    index: usize,
    data: DataCategory,
    problems: Vec<Problem>,
    refers: bool,
    entities: Rc<Vec<(String, String)>>,
    settings: Rc<Settings>,
}

#[component]
fn DataRow(props: &RowProps) -> Html {
    let t = use_text();
    let fill = use_fill();
    let dispatch = use_dispatch();
    let more = use_state(|| false);
    let (i, d) = (props.index, &props.data);
    let at = |f: &str| format!("data[{i}].{f}");
    let row = fill(Key::RowData, &[&(i + 1).to_string()]);
    let label = |k: Key| AttrValue::from(fill(Key::FieldOfRow, &[t(k), &row]));
    let edit = move |f: DataField| Action::Edit(Edit::Data(i, f));
    let more_fields = [
        "processors",
        "by_country",
        "cost_per_record",
        "exposed_fraction",
        "description",
    ]
    .map(at);
    let more_problems = props
        .problems
        .iter()
        .filter(|p| more_fields.iter().any(|f| p.is_at(f)))
        .count();
    let open = *more || more_problems > 0;
    let shown: Vec<String> = ["name", "id", "class", "holder", "records"]
        .iter()
        .map(|f| at(f))
        .chain(more_fields.iter().cloned())
        .collect();
    let more_id = format!("data-{i}-more");
    let p = |f: &str| problems_at(&props.problems, &at(f));
    let cost = props.settings.cost_for(d.class);
    html! {
        <>
        <tr class={classes!("item", props.refers.then_some("refers"))}>
            <td class="stack"><TextInput path={at("name")} label={label(Key::ColName)} value={d.name.clone()}
                on_change={dispatch.reform(move |v| edit(DataField::Name(v)))} problems={p("name")} />
                <TextInput path={at("id")} label={label(Key::ColId)} value={d.id.clone()}
                on_change={dispatch.reform(move |v| edit(DataField::Id(v)))} problems={p("id")} /></td>
            <td>{ choice(at("class"), label(Key::ColClass), d.class, dispatch.reform(move |c| edit(DataField::Class(c))), p("class")) }</td>
            <td><EntitySelect path={at("holder")} label={label(Key::ColHolder)} value={d.holder.clone()}
                entities={props.entities.clone()} on_change={dispatch.reform(move |v| edit(DataField::Holder(v)))} problems={p("holder")} /></td>
            <td class="num"><NumberInput path={at("records")} label={label(Key::ColRecords)} value={Some(d.records)}
                on_change={dispatch.reform(move |v: Option<f64>| edit(DataField::Records(v.unwrap_or(f64::NAN))))} problems={p("records")} /></td>
            { row_tools(&row, &more_id, open, more_problems, { let more = more.clone(); Callback::from(move |_| more.set(!*more)) },
                dispatch.reform(move |_| Action::Edit(Edit::DeleteData(i))), &fill) }
        </tr>
        if open {
            { more_row(&more_id, COLUMNS, html! { <>
                <ProcessorsField path={at("processors")} label={label(Key::ColProcessors)} value={d.processors.clone()}
                    entities={props.entities.clone()} on_change={dispatch.reform(move |v| edit(DataField::Processors(v)))}
                    problems={p("processors")} />
                <CountriesField path={at("by_country")} label={label(Key::ColByCountry)} value={d.by_country.clone()}
                    on_change={dispatch.reform(move |v| edit(DataField::ByCountry(v)))} problems={p("by_country")} />
                <RangeInputs path={at("cost_per_record")}
                    paths={[AttrValue::from(at("cost_per_record.low")), AttrValue::from(at("cost_per_record.high"))]}
                    labels={[label(Key::ColCostLow), label(Key::ColCostHigh)]} label={label(Key::ColCost)}
                    value={d.cost_per_record.map(|c| [c.low, c.high])}
                    on_change={dispatch.reform(move |v: Option<[f64; 2]>| edit(DataField::Cost(v.map(|[low, high]| CostRange { low, high }))))}
                    placeholders={[AttrValue::from(format::field(cost.low)), AttrValue::from(format::field(cost.high))]}
                    problems={p("cost_per_record")} />
                <NumberInput path={at("exposed_fraction")} label={label(Key::ColExposed)} value={d.exposed_fraction}
                    kind={NumberKind::Probability} optional=true visible_label=true placeholder={AttrValue::from("1")}
                    on_change={dispatch.reform(move |v| edit(DataField::Exposed(v)))} problems={p("exposed_fraction")} />
                <TextInput multiline=true path={at("description")} label={label(Key::ColNotes)} value={d.description.clone()}
                    on_change={dispatch.reform(move |v| edit(DataField::Description(v)))} visible_label=true problems={p("description")} />
            </> }) }
        }
        { row_problems(&format!("data[{i}]"), &row, COLUMNS, &leftover(&props.problems, &shown), &fill) }
        </>
    }
}
