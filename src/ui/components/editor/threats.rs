//! The threats list: where breaches start and how often a year (an assumption the user owns).

use yew::prelude::*;

use super::item::{Cell, Input, List, Out, cell, text};
use super::item_row::{ItemRow, table};
use super::{ListSection, by_index, use_list_data};
use crate::model::Threat;
use crate::model::edit::{Edit, ThreatField as F};
use crate::text::Key;
use crate::ui::components::fields::NumberKind;
use crate::ui::hooks::{use_dispatch, use_text};
use crate::ui::state::Action;

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
    let body = html! {
        for (i, th) in s.threats.iter().enumerate() {
            <ItemRow key={i} list={List::Threats} index={i} cells={cells(th)}
                problems={rows.get(&i).cloned().unwrap_or_default()}
                mark={(state.selected.as_ref() == Some(&th.entry)).then_some("refers")}
                entities={options.clone()} />
        }
    };
    html! {
        <ListSection id="threats" heading={Key::ThreatsHeading} count={s.threats.len()}
            add={Key::AddThreat} {on_add} hint={Key::ThreatsHint}>
            { table(List::Threats, &t, body) }
        </ListSection>
    }
}

fn cells(th: &Threat) -> Vec<Cell> {
    vec![
        cell(1, "entry", Key::ColEntry, Input::Entity(text(&th.entry))),
        cell(
            2,
            "rate",
            Key::ColRate,
            Input::Number(Some(th.rate), NumberKind::Plain, false),
        ),
        cell(3, "label", Key::ColLabel, Input::Text(text(&th.label))),
        cell(
            0,
            "description",
            Key::ColNotes,
            Input::Notes(text(&th.description)),
        ),
    ]
}

/// The edit a threat's cell makes.
pub fn edit(i: usize, field: &str, out: Out) -> Option<Edit> {
    let f = match (field, out) {
        ("entry", Out::Text(v)) => F::Entry(v),
        ("rate", Out::Number(v)) => F::Rate(v.unwrap_or(f64::NAN)),
        ("label", Out::Text(v)) => F::Label(v),
        ("description", Out::Text(v)) => F::Description(v),
        _ => return None,
    };
    Some(Edit::Threat(i, f))
}
