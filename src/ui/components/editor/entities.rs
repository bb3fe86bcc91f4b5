//! The entities list: name, id, kind and country in the row; treasury shares, weight and
//! notes under "more". Focusing a row selects the entity; selecting it elsewhere (the network
//! diagram) highlights the row and scrolls it into view. Deleting an entity that others refer
//! to asks first.

use super::item::{Cell, Input, Out, cell, choice, hinted, text, word};
use crate::model::edit::{Edit, EntityField as F, fresh_id};
use crate::model::{Entity, Scenario};
use crate::text::Key;
use crate::ui::components::fields::NumberKind;

/// The edit that adds an entity with a fresh id and a numbered name.
pub fn add(s: &Scenario, fill: &dyn Fn(Key, &[&str]) -> String) -> Edit {
    let id = fresh_id("entity", |id| s.entity(id).is_some());
    let name = fill(Key::NewEntityName, &[&(s.entities.len() + 1).to_string()]);
    Edit::AddEntity(Entity::new(&id, &name))
}

pub fn cells(e: &Entity) -> Vec<Cell> {
    let pc = NumberKind::Percent;
    vec![
        cell(1, "name", Key::ColName, Input::Text(text(&e.name))),
        cell(2, "id", Key::ColId, Input::Id(text(&e.id))),
        cell(3, "kind", Key::ColKind, choice(e.kind)),
        hinted(
            4,
            "country",
            Key::ColCountry,
            Input::Text(text(e.country.as_deref().unwrap_or_default())),
            "JP".into(),
        ),
        cell(
            0,
            "treasury_percent",
            Key::ColTreasury,
            Input::Number(e.treasury_percent, pc, true),
        ),
        hinted(
            0,
            "value",
            Key::ColValue,
            Input::Number(e.value, NumberKind::Plain, true),
            "1".into(),
        ),
        cell(
            0,
            "description",
            Key::ColNotes,
            Input::Notes(text(&e.description)),
        ),
    ]
}

/// The edit an entity's cell makes (a new id renames it everywhere).
pub fn edit(i: usize, field: &str, out: Out) -> Option<Edit> {
    let f = match (field, out) {
        ("id", Out::Text(id)) => return Some(Edit::RenameEntity(i, id)),
        ("name", Out::Text(v)) => F::Name(v),
        ("kind", Out::Text(w)) => F::Kind(word(&w)),
        ("country", Out::Text(c)) => F::Country((!c.is_empty()).then_some(c)),
        ("treasury_percent", Out::Number(v)) => F::Treasury(v),
        ("value", Out::Number(v)) => F::Value(v),
        ("description", Out::Text(v)) => F::Description(v),
        _ => return None,
    };
    Some(Edit::Entity(i, f))
}
