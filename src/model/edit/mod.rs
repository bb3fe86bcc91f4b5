//! The changes an editor makes to a scenario, as values: set one field, add or delete an item,
//! rename or delete an entity with every reference to it. Pure: `apply` returns a new scenario
//! (or `None` when nothing changes, so the UI can skip a render and an undo step).
//!
//! Bad values survive: numbers stay `f64` and text is taken as typed, so validation can report
//! `120 is above 100` next to the field instead of the value being lost on the way in.

mod fields;
mod fields_data;
mod refs;

pub use fields::{ControlField, EntityField, HoldingField, LinkField};
pub use fields_data::{DataField, SettingField, ThreatField};
pub use refs::{Reference, Role, delete_entity, fresh_id, references, rename_entity};

use super::types::{ControlRight, DataCategory, Entity, Holding, Link, Scenario, Threat};

/// One change to a scenario.
#[derive(Clone, Debug, PartialEq)]
pub enum Edit {
    Title(String),
    Description(String),
    Currency(String),
    AddEntity(Entity),
    Entity(usize, EntityField),
    /// Gives entity `index` a new id and updates every reference to the old one.
    RenameEntity(usize, String),
    /// Deletes entity `index` and every item that refers to it (see [`references`]).
    DeleteEntity(usize),
    AddHolding(Holding),
    Holding(usize, HoldingField),
    DeleteHolding(usize),
    AddControlRight(ControlRight),
    ControlRight(usize, ControlField),
    DeleteControlRight(usize),
    AddLink(Link),
    Link(usize, LinkField),
    DeleteLink(usize),
    AddData(DataCategory),
    Data(usize, DataField),
    DeleteData(usize),
    AddThreat(Threat),
    Threat(usize, ThreatField),
    DeleteThreat(usize),
    Setting(SettingField),
}

impl Edit {
    /// The JSON path of the field this edit sets (`holdings[2].percent`), the same path
    /// validation reports problems at. `None` for edits that add or delete items: those are
    /// never merged with the keystrokes around them into one undo step.
    pub fn path(&self) -> Option<String> {
        let at = |list: &str, i: &usize, field: &str| Some(format!("{list}[{i}].{field}"));
        match self {
            Edit::Title(_) => Some("title".into()),
            Edit::Description(_) => Some("description".into()),
            Edit::Currency(_) => Some("currency".into()),
            Edit::Entity(i, f) => at("entities", i, f.key()),
            Edit::RenameEntity(i, _) => at("entities", i, "id"),
            Edit::Holding(i, f) => at("holdings", i, f.key()),
            Edit::ControlRight(i, f) => at("control_rights", i, f.key()),
            Edit::Link(i, f) => at("links", i, &f.key()),
            Edit::Data(i, f) => at("data", i, f.key()),
            Edit::Threat(i, f) => at("threats", i, f.key()),
            Edit::Setting(f) => Some(format!("settings.{}", f.key())),
            _ => None,
        }
    }
}

/// Applies `edit` to `s`. `None` when it changes nothing (same value, or an index that no
/// longer exists because the list changed under a stale event).
pub fn apply(s: &Scenario, edit: &Edit) -> Option<Scenario> {
    let mut out = s.clone();
    let changed = match edit {
        Edit::Title(v) => set(&mut out.title, v.clone()),
        Edit::Description(v) => set(&mut out.description, v.clone()),
        Edit::Currency(v) => set(&mut out.currency, v.clone()),
        Edit::AddEntity(e) => push(&mut out.entities, e.clone()),
        Edit::Entity(i, f) => out.entities.get_mut(*i).is_some_and(|e| f.set(e)),
        Edit::RenameEntity(i, id) => return rename_entity(s, *i, id),
        Edit::DeleteEntity(i) => return delete_entity(s, *i),
        Edit::AddHolding(h) => push(&mut out.holdings, h.clone()),
        Edit::Holding(i, f) => out.holdings.get_mut(*i).is_some_and(|h| f.set(h)),
        Edit::DeleteHolding(i) => remove(&mut out.holdings, *i),
        Edit::AddControlRight(c) => push(&mut out.control_rights, c.clone()),
        Edit::ControlRight(i, f) => out.control_rights.get_mut(*i).is_some_and(|c| f.set(c)),
        Edit::DeleteControlRight(i) => remove(&mut out.control_rights, *i),
        Edit::AddLink(l) => push(&mut out.links, l.clone()),
        Edit::Link(i, f) => out.links.get_mut(*i).is_some_and(|l| f.set(l)),
        Edit::DeleteLink(i) => remove(&mut out.links, *i),
        Edit::AddData(d) => push(&mut out.data, d.clone()),
        Edit::Data(i, f) => out.data.get_mut(*i).is_some_and(|d| f.set(d)),
        Edit::DeleteData(i) => remove(&mut out.data, *i),
        Edit::AddThreat(t) => push(&mut out.threats, t.clone()),
        Edit::Threat(i, f) => out.threats.get_mut(*i).is_some_and(|t| f.set(t)),
        Edit::DeleteThreat(i) => remove(&mut out.threats, *i),
        Edit::Setting(f) => f.set(&mut out.settings),
    };
    changed.then_some(out)
}

/// Sets `slot` to `v`; whether that changed it.
pub(crate) fn set<T: PartialEq>(slot: &mut T, v: T) -> bool {
    if *slot == v {
        return false;
    }
    *slot = v;
    true
}

fn push<T>(list: &mut Vec<T>, item: T) -> bool {
    list.push(item);
    true
}

fn remove<T>(list: &mut Vec<T>, i: usize) -> bool {
    if i < list.len() {
        list.remove(i);
        true
    } else {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::examples::default_scenario;

    #[test]
    fn setting_a_value_changes_only_that_field_and_reports_its_path() {
        let s = default_scenario();
        let e = Edit::Holding(2, HoldingField::Percent(120.0));
        assert_eq!(e.path().as_deref(), Some("holdings[2].percent"));
        let t = apply(&s, &e).expect("a change");
        assert_eq!(t.holdings[2].percent, 120.0);
        let mut back = t.clone();
        back.holdings[2].percent = 64.5;
        assert_eq!(back, s);
        assert!(apply(&t, &e).is_none(), "the same value again is no change");
    }

    #[test]
    fn stale_indices_change_nothing() {
        let s = default_scenario();
        assert!(apply(&s, &Edit::Holding(99, HoldingField::Percent(1.0))).is_none());
        assert!(apply(&s, &Edit::DeleteLink(99)).is_none());
        assert!(apply(&s, &Edit::RenameEntity(99, "x".into())).is_none());
    }

    #[test]
    fn adding_and_deleting_items_has_no_path() {
        let e = Edit::AddThreat(Threat {
            entry: String::new(),
            rate: 0.0,
            label: String::new(),
            description: String::new(),
        });
        assert!(e.path().is_none() && Edit::DeleteEntity(0).path().is_none());
        let s = apply(&default_scenario(), &e).unwrap();
        assert_eq!(s.threats.len(), 2);
    }
}
