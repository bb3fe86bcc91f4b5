//! The data list: categories of data, their class, holder and records, with a total; the
//! processors, records by country, cost range, exposed share and notes under "more".

use super::item::{Cell, Input, Out, cell, choice, hinted, text, word};
use crate::model::edit::{DataField as F, Edit, fresh_id};
use crate::model::{CostRange, DataCategory, DataClass, Scenario, Settings};
use crate::text::Key;
use crate::ui::components::fields::NumberKind;
use crate::ui::format;

/// The edit that adds a data category (held by the selected entity).
pub fn add(s: &Scenario, holder: &str, fill: &dyn Fn(Key, &[&str]) -> String) -> Edit {
    let id = fresh_id("data", |id| s.data.iter().any(|d| d.id == id));
    Edit::AddData(DataCategory {
        id,
        name: fill(Key::NewDataName, &[&(s.data.len() + 1).to_string()]),
        holder: holder.to_string(),
        processors: Vec::new(),
        class: DataClass::Personal,
        records: 0.0,
        by_country: Default::default(),
        cost_per_record: None,
        exposed_fraction: None,
        description: String::new(),
    })
}

pub fn cells(d: &DataCategory, settings: &Settings) -> Vec<Cell> {
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
