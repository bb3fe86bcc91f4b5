//! The threats list: where breaches start and how often a year (an assumption the user owns).

use super::item::{Cell, Input, Out, cell, text};
use crate::model::Threat;
use crate::model::edit::{Edit, ThreatField as F};
use crate::text::Key;
use crate::ui::components::fields::NumberKind;

/// The edit that adds a threat (at the selected entity).
pub fn add(entry: &str) -> Edit {
    Edit::AddThreat(Threat {
        entry: entry.to_string(),
        rate: 0.1,
        label: String::new(),
        description: String::new(),
    })
}

pub fn cells(th: &Threat) -> Vec<Cell> {
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
