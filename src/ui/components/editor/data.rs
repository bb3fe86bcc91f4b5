//! The data list: categories of data, their class, holder and records, with a total; the
//! processors, records by country, cost range, exposed share and notes under "more".

use yew::prelude::*;

use super::item::{Cell, Input, List, Out, cell, choice, hinted, text, word};
use super::item_row::{ItemRow, table};
use super::{ListSection, by_index, use_list_data};
use crate::model::edit::{DataField as F, Edit, fresh_id};
use crate::model::{CostRange, DataCategory, DataClass, Settings};
use crate::text::Key;
use crate::ui::components::fields::NumberKind;
use crate::ui::format;
use crate::ui::hooks::{use_dispatch, use_fill, use_text};
use crate::ui::state::Action;

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
    let body = html! {
        for (i, d) in s.data.iter().enumerate() {
            <ItemRow key={i} list={List::Data} index={i} cells={cells(d, &s.settings)}
                problems={rows.get(&i).cloned().unwrap_or_default()}
                mark={state.selected.as_ref().is_some_and(|id| *id == d.holder || d.processors.contains(id)).then_some("refers")}
                entities={options.clone()} />
        }
    };
    html! {
        <ListSection id="data" heading={Key::DataHeading} count={s.data.len()}
            add={Key::AddData} {on_add} hint={Key::DataHint} {footer}>
            { table(List::Data, &t, body) }
        </ListSection>
    }
}

fn cells(d: &DataCategory, settings: &Settings) -> Vec<Cell> {
    let cost = settings.cost_for(d.class);
    vec![
        cell(1, "name", Key::ColName, Input::Text(text(&d.name))),
        cell(1, "id", Key::ColId, Input::Text(text(&d.id))),
        cell(2, "class", Key::ColClass, choice(d.class)),
        cell(3, "holder", Key::ColHolder, Input::Entity(text(&d.holder))),
        cell(
            4,
            "records",
            Key::ColRecords,
            Input::Number(Some(d.records), NumberKind::Plain, false),
        ),
        cell(
            0,
            "processors",
            Key::ColProcessors,
            Input::Processors(d.processors.clone()),
        ),
        cell(
            0,
            "by_country",
            Key::ColByCountry,
            Input::Countries(d.by_country.clone()),
        ),
        cell(
            0,
            "cost_per_record",
            Key::ColCost,
            Input::Range(
                d.cost_per_record.map(|c| [c.low, c.high]),
                NumberKind::Plain,
                [".low", ".high"],
                [Key::ColCostLow, Key::ColCostHigh],
                Some([
                    format::field(cost.low).into(),
                    format::field(cost.high).into(),
                ]),
            ),
        ),
        hinted(
            0,
            "exposed_fraction",
            Key::ColExposed,
            Input::Number(d.exposed_fraction, NumberKind::Probability, true),
            "1".into(),
        ),
        cell(
            0,
            "description",
            Key::ColNotes,
            Input::Notes(text(&d.description)),
        ),
    ]
}

/// The edit a data category's cell makes.
pub fn edit(i: usize, field: &str, out: Out) -> Option<Edit> {
    let f = match (field, out) {
        ("name", Out::Text(v)) => F::Name(v),
        ("id", Out::Text(v)) => F::Id(v),
        ("class", Out::Text(w)) => F::Class(word(&w)),
        ("holder", Out::Text(v)) => F::Holder(v),
        ("records", Out::Number(v)) => F::Records(v.unwrap_or(f64::NAN)),
        ("processors", Out::List(v)) => F::Processors(v),
        ("by_country", Out::Map(v)) => F::ByCountry(v),
        ("cost_per_record", Out::Range(v)) => F::Cost(v.map(|[low, high]| CostRange { low, high })),
        ("exposed_fraction", Out::Number(v)) => F::Exposed(v),
        ("description", Out::Text(v)) => F::Description(v),
        _ => return None,
    };
    Some(Edit::Data(i, f))
}
