//! Entity ids are references: holdings, control rights, links, data and threats name entities
//! by id. Renaming an entity rewrites every reference; deleting one lists and removes them, so
//! the scenario never points at an entity that is gone.

use crate::model::types::Scenario;

/// What part an entity plays in an item that refers to it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    HoldingHolder,
    HoldingTarget,
    ControlHolder,
    ControlTarget,
    LinkClient,
    LinkVendor,
    DataHolder,
    /// Only this one leaves its item in place: the entity is taken off the processors.
    DataProcessor,
    ThreatEntry,
}

/// One item that refers to an entity: which list, which item, in what role.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Reference {
    /// The item's JSON path (`holdings[3]`).
    pub path: String,
    /// The list (`holdings`, `control_rights`, `links`, `data`, `threats`).
    pub list: &'static str,
    /// The item's index in its list.
    pub index: usize,
    pub role: Role,
}

impl Reference {
    /// Whether deleting the entity deletes this whole item (every role but a processor).
    pub fn removes_item(&self) -> bool {
        self.role != Role::DataProcessor
    }
}

/// Every item that refers to entity `id`, in document order. An item that names the entity
/// twice (a self-holding) is listed once.
pub fn references(s: &Scenario, id: &str) -> Vec<Reference> {
    let mut out = Vec::new();
    let mut add = |list: &'static str, index: usize, role: Role| {
        out.push(Reference {
            path: format!("{list}[{index}]"),
            list,
            index,
            role,
        })
    };
    for (i, h) in s.holdings.iter().enumerate() {
        if h.holder == id {
            add("holdings", i, Role::HoldingHolder);
        } else if h.target == id {
            add("holdings", i, Role::HoldingTarget);
        }
    }
    for (i, c) in s.control_rights.iter().enumerate() {
        if c.holder == id {
            add("control_rights", i, Role::ControlHolder);
        } else if c.target == id {
            add("control_rights", i, Role::ControlTarget);
        }
    }
    for (i, l) in s.links.iter().enumerate() {
        if l.client == id {
            add("links", i, Role::LinkClient);
        } else if l.vendor == id {
            add("links", i, Role::LinkVendor);
        }
    }
    for (i, d) in s.data.iter().enumerate() {
        if d.holder == id {
            add("data", i, Role::DataHolder);
        } else if d.processors.iter().any(|p| p == id) {
            add("data", i, Role::DataProcessor);
        }
    }
    for (i, t) in s.threats.iter().enumerate() {
        if t.entry == id {
            add("threats", i, Role::ThreatEntry);
        }
    }
    out
}

/// Whether `id` belongs to exactly one entity, so references to it are unambiguous.
fn unique(s: &Scenario, id: &str) -> bool {
    !id.is_empty() && s.entities.iter().filter(|e| e.id == id).count() == 1
}

/// Renames entity `index` to `new` and every reference to its old id with it. `None` when
/// nothing would change, the index is stale, or `new` is empty or belongs to another entity:
/// moving references onto an id that is already taken would merge two entities silently.
/// When the old id was shared by two entities (an invalid scenario), references stay put.
pub fn rename_entity(s: &Scenario, index: usize, new: &str) -> Option<Scenario> {
    let old = s.entities.get(index)?.id.clone();
    if old == new || new.is_empty() || s.entities.iter().any(|e| e.id == new) {
        return None;
    }
    let follow = unique(s, &old);
    let mut out = s.clone();
    out.entities[index].id = new.to_string();
    if !follow {
        return Some(out);
    }
    let swap = |slot: &mut String| {
        if *slot == old {
            *slot = new.to_string();
        }
    };
    for h in &mut out.holdings {
        swap(&mut h.holder);
        swap(&mut h.target);
    }
    for c in &mut out.control_rights {
        swap(&mut c.holder);
        swap(&mut c.target);
    }
    for l in &mut out.links {
        swap(&mut l.client);
        swap(&mut l.vendor);
    }
    for d in &mut out.data {
        swap(&mut d.holder);
        d.processors.iter_mut().for_each(swap);
    }
    for t in &mut out.threats {
        swap(&mut t.entry);
    }
    Some(out)
}

/// Deletes entity `index` and what refers to it: holdings, control rights, links, data
/// categories it holds and threats entering at it go; it is taken off processor lists.
/// When another entity has the same id (an invalid scenario) the references still resolve to
/// that one and are left alone. `None` when the index is stale.
pub fn delete_entity(s: &Scenario, index: usize) -> Option<Scenario> {
    let id = s.entities.get(index)?.id.clone();
    let follow = unique(s, &id);
    let mut out = s.clone();
    out.entities.remove(index);
    if !follow {
        return Some(out);
    }
    out.holdings.retain(|h| h.holder != id && h.target != id);
    out.control_rights
        .retain(|c| c.holder != id && c.target != id);
    out.links.retain(|l| l.client != id && l.vendor != id);
    out.data.retain(|d| d.holder != id);
    for d in &mut out.data {
        d.processors.retain(|p| *p != id);
    }
    out.threats.retain(|t| t.entry != id);
    Some(out)
}

/// The first of `prefix-1`, `prefix-2`, … that no entity or data category uses (`taken`
/// says which ids are in use).
pub fn fresh_id(prefix: &str, taken: impl Fn(&str) -> bool) -> String {
    (1..)
        .map(|n| format!("{prefix}-{n}"))
        .find(|id| !taken(id))
        .unwrap_or_else(|| prefix.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::examples::default_scenario;

    #[test]
    fn renaming_follows_every_reference() {
        let s = default_scenario();
        let i = s.entities.iter().position(|e| e.id == "ly").unwrap();
        let before = references(&s, "ly");
        let t = rename_entity(&s, i, "ly-corp").unwrap();
        assert!(references(&t, "ly").is_empty());
        assert_eq!(references(&t, "ly-corp").len(), before.len());
        assert_eq!(t.data[0].holder, "ly-corp");
        assert_eq!(rename_entity(&t, i, "ly").unwrap(), s, "and back again");
    }

    #[test]
    fn renaming_onto_a_taken_or_empty_id_is_refused() {
        let s = default_scenario();
        assert!(rename_entity(&s, 0, "softbank").is_none());
        assert!(rename_entity(&s, 0, "").is_none());
        assert!(rename_entity(&s, 0, "naver").is_none(), "same id");
    }

    #[test]
    fn deleting_removes_what_refers_to_the_entity() {
        let s = default_scenario();
        let refs = references(&s, "contractor");
        assert_eq!(refs.len(), 3, "{refs:?}"); // two links and the threat
        let i = s
            .entities
            .iter()
            .position(|e| e.id == "contractor")
            .unwrap();
        let t = delete_entity(&s, i).unwrap();
        assert_eq!(t.entities.len(), s.entities.len() - 1);
        assert_eq!(t.links.len(), s.links.len() - 2);
        assert!(t.threats.is_empty());
        assert!(crate::model::validate(&t).iter().all(|p| !p.is_error()));
    }

    #[test]
    fn fresh_ids_skip_taken_ones() {
        let taken = ["entity-1", "entity-2"];
        assert_eq!(fresh_id("entity", |id| taken.contains(&id)), "entity-3");
    }
}
