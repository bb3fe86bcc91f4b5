//! Editing as the editor does it (`model::edit`), on random valid scenarios: a rename keeps every
//! reference pointing at the same entity and renaming back restores the scenario; a delete
//! leaves no reference to the deleted entity and everything else untouched; setting a field
//! to its current value is no change.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::scenario_strategy::scenario;
use exposure::model::edit::{
    Edit, HoldingField, LinkField, apply, delete_entity, references, rename_entity,
};
use exposure::model::{Scenario, Shared, validate};
use proptest::prelude::*;

/// Every entity reference of a scenario, as (path, id), in a fixed order.
fn all_references(s: &Scenario) -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (i, h) in s.holdings.iter().enumerate() {
        out.push((format!("holdings[{i}].holder"), h.holder.clone()));
        out.push((format!("holdings[{i}].target"), h.target.clone()));
    }
    for (i, c) in s.control_rights.iter().enumerate() {
        out.push((format!("control_rights[{i}].holder"), c.holder.clone()));
        out.push((format!("control_rights[{i}].target"), c.target.clone()));
    }
    for (i, l) in s.links.iter().enumerate() {
        out.push((format!("links[{i}].client"), l.client.clone()));
        out.push((format!("links[{i}].vendor"), l.vendor.clone()));
    }
    for (i, d) in s.data.iter().enumerate() {
        out.push((format!("data[{i}].holder"), d.holder.clone()));
        for (k, p) in d.processors.iter().enumerate() {
            out.push((format!("data[{i}].processors[{k}]"), p.clone()));
        }
    }
    for (i, t) in s.threats.iter().enumerate() {
        out.push((format!("threats[{i}].entry"), t.entry.clone()));
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn a_rename_moves_exactly_the_references_to_that_entity(s in scenario(), pick in any::<prop::sample::Index>()) {
        let i = pick.index(s.entities.len());
        let old = s.entities[i].id.clone();
        let new = format!("renamed-{old}");
        prop_assume!(s.entities.iter().all(|e| e.id != new));
        let t = rename_entity(&s, i, &new).expect("a change");
        for ((path, before), (_, after)) in all_references(&s).iter().zip(all_references(&t)) {
            let expected = if *before == old { &new } else { before };
            prop_assert_eq!(&after, expected, "{}", path);
        }
        prop_assert_eq!(validate(&t).iter().filter(|p| p.is_error()).count(), 0);
        prop_assert_eq!(rename_entity(&t, i, &old).expect("back"), s);
    }

    #[test]
    fn a_delete_leaves_no_reference_behind(s in scenario(), pick in any::<prop::sample::Index>()) {
        let i = pick.index(s.entities.len());
        let id = s.entities[i].id.clone();
        let refs = references(&s, &id);
        let t = delete_entity(&s, i).expect("a change");
        prop_assert!(all_references(&t).iter().all(|(_, r)| *r != id));
        prop_assert!(references(&t, &id).is_empty());
        let removed = refs.iter().filter(|r| r.removes_item()).count();
        let items = |s: &Scenario| s.holdings.len() + s.control_rights.len() + s.links.len() + s.data.len() + s.threats.len();
        prop_assert_eq!(items(&t) + removed, items(&s));
        // What remains refers only to entities that exist: no new errors of that kind.
        prop_assert!(validate(&t).iter().all(|p| !p.message.contains("is not the id of any entity")));
    }

    #[test]
    fn setting_the_current_value_is_no_change(s in scenario()) {
        for (i, h) in s.holdings.iter().enumerate() {
            prop_assert!(apply(&s, &Edit::Holding(i, HoldingField::Percent(h.percent))).is_none());
            prop_assert!(apply(&s, &Edit::Holding(i, HoldingField::Votes(h.votes_percent))).is_none());
        }
        for (i, l) in s.links.iter().enumerate() {
            let on = l.shared.contains(&Shared::Hosting);
            prop_assert!(apply(&s, &Edit::Link(i, LinkField::Shared(Shared::Hosting, on))).is_none());
            let t = apply(&s, &Edit::Link(i, LinkField::Shared(Shared::Hosting, !on))).expect("toggled");
            let back = apply(&t, &Edit::Link(i, LinkField::Shared(Shared::Hosting, on))).expect("back");
            prop_assert_eq!(back, s.clone());
        }
    }
}

#[test]
fn a_bad_number_survives_into_the_model_and_validation_names_its_field() {
    let s = exposure::model::examples::default_scenario();
    let t = apply(&s, &Edit::Holding(2, HoldingField::Percent(120.0))).unwrap();
    let problems = validate(&t);
    assert!(
        problems
            .iter()
            .any(|p| p.is_at("holdings[2].percent") && p.message.contains("120")),
        "{problems:?}"
    );
    let nan = apply(&s, &Edit::Holding(2, HoldingField::Percent(f64::NAN))).unwrap();
    assert!(
        apply(&nan, &Edit::Holding(2, HoldingField::Percent(f64::NAN))).is_none(),
        "NaN again is no change"
    );
}
