//! The control rights list: board majorities, vetoes and agreements (control without shares).

use super::item::{Cell, Input, Out, cell, choice, text, word};
use crate::model::edit::{ControlField as F, Edit};
use crate::model::{ControlKind, ControlRight};
use crate::text::Key;

/// The edit that adds a control right (held by the selected entity).
pub fn add(holder: &str) -> Edit {
    Edit::AddControlRight(ControlRight {
        holder: holder.to_string(),
        target: String::new(),
        kind: ControlKind::BoardMajority,
        description: String::new(),
    })
}

pub fn cells(c: &ControlRight) -> Vec<Cell> {
    vec![
        cell(1, "holder", Key::ColHolder, Input::Entity(text(&c.holder))),
        cell(
            2,
            "target",
            Key::ColControlled,
            Input::Entity(text(&c.target)),
        ),
        cell(3, "kind", Key::ColRight, choice(c.kind)),
        cell(
            0,
            "description",
            Key::ColNotes,
            Input::Notes(text(&c.description)),
        ),
    ]
}

/// The edit a control right's cell makes.
pub fn edit(i: usize, field: &str, out: Out) -> Option<Edit> {
    let f = match (field, out) {
        ("holder", Out::Text(v)) => F::Holder(v),
        ("target", Out::Text(v)) => F::Target(v),
        ("kind", Out::Text(w)) => F::Kind(word(&w)),
        ("description", Out::Text(v)) => F::Description(v),
        _ => return None,
    };
    Some(Edit::ControlRight(i, f))
}
