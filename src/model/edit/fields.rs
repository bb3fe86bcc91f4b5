//! One settable field per variant for entities, holdings, control rights and links, with the
//! key validation uses for it, so an edit and the problems it causes share one JSON path.

use super::set;
use crate::model::types::{
    Access, ControlKind, ControlRight, Entity, EntityKind, Holding, Link, Named, Shared,
};

/// Sets a number; NaN counts as equal to NaN, so retyping a bad value is no change.
pub(super) fn set_num(slot: &mut f64, v: f64) -> bool {
    if slot.to_bits() == v.to_bits() || (slot.is_nan() && v.is_nan()) {
        return false;
    }
    *slot = v;
    true
}

pub(super) fn set_opt(slot: &mut Option<f64>, v: Option<f64>) -> bool {
    match (slot.as_mut(), v) {
        (Some(a), Some(b)) => set_num(a, b),
        (None, None) => false,
        _ => {
            *slot = v;
            true
        }
    }
}

/// A field of an entity (its id changes through `Edit::RenameEntity`).
#[derive(Clone, Debug, PartialEq)]
pub enum EntityField {
    Name(String),
    Kind(EntityKind),
    Country(Option<String>),
    Treasury(Option<f64>),
    Value(Option<f64>),
    Description(String),
}

impl EntityField {
    pub(super) fn key(&self) -> &'static str {
        match self {
            Self::Name(_) => "name",
            Self::Kind(_) => "kind",
            Self::Country(_) => "country",
            Self::Treasury(_) => "treasury_percent",
            Self::Value(_) => "value",
            Self::Description(_) => "description",
        }
    }
    pub(super) fn set(&self, e: &mut Entity) -> bool {
        match self {
            Self::Name(v) => set(&mut e.name, v.clone()),
            Self::Kind(v) => set(&mut e.kind, *v),
            Self::Country(v) => set(&mut e.country, v.clone()),
            Self::Treasury(v) => set_opt(&mut e.treasury_percent, *v),
            Self::Value(v) => set_opt(&mut e.value, *v),
            Self::Description(v) => set(&mut e.description, v.clone()),
        }
    }
}

/// A field of a holding.
#[derive(Clone, Debug, PartialEq)]
pub enum HoldingField {
    Holder(String),
    Target(String),
    Percent(f64),
    Votes(Option<f64>),
    Range(Option<[f64; 2]>),
    Description(String),
}

impl HoldingField {
    pub(super) fn key(&self) -> &'static str {
        match self {
            Self::Holder(_) => "holder",
            Self::Target(_) => "target",
            Self::Percent(_) => "percent",
            Self::Votes(_) => "votes_percent",
            Self::Range(_) => "range",
            Self::Description(_) => "description",
        }
    }
    pub(super) fn set(&self, h: &mut Holding) -> bool {
        match self {
            Self::Holder(v) => set(&mut h.holder, v.clone()),
            Self::Target(v) => set(&mut h.target, v.clone()),
            Self::Percent(v) => set_num(&mut h.percent, *v),
            Self::Votes(v) => set_opt(&mut h.votes_percent, *v),
            Self::Range(v) => match (h.range.as_mut(), v) {
                (Some([a, b]), Some([x, y])) => set_num(a, *x) | set_num(b, *y),
                (None, None) => false,
                _ => {
                    h.range = *v;
                    true
                }
            },
            Self::Description(v) => set(&mut h.description, v.clone()),
        }
    }
}

/// A field of a control right.
#[derive(Clone, Debug, PartialEq)]
pub enum ControlField {
    Holder(String),
    Target(String),
    Kind(ControlKind),
    Description(String),
}

impl ControlField {
    pub(super) fn key(&self) -> &'static str {
        match self {
            Self::Holder(_) => "holder",
            Self::Target(_) => "target",
            Self::Kind(_) => "kind",
            Self::Description(_) => "description",
        }
    }
    pub(super) fn set(&self, c: &mut ControlRight) -> bool {
        match self {
            Self::Holder(v) => set(&mut c.holder, v.clone()),
            Self::Target(v) => set(&mut c.target, v.clone()),
            Self::Kind(v) => set(&mut c.kind, *v),
            Self::Description(v) => set(&mut c.description, v.clone()),
        }
    }
}

/// A field of a vendor link. `Shared(item, on)` ticks or unticks one shared item.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkField {
    Client(String),
    Vendor(String),
    Service(String),
    Access(Access),
    Shared(Shared, bool),
    P(Option<f64>),
    PBack(Option<f64>),
    Description(String),
}

impl LinkField {
    pub(super) fn key(&self) -> String {
        match self {
            Self::Client(_) => "client".into(),
            Self::Vendor(_) => "vendor".into(),
            Self::Service(_) => "service".into(),
            Self::Access(_) => "access".into(),
            // Each box is its own field for undo, but problems sit at `shared`.
            Self::Shared(item, _) => format!("shared.{}", item.word()),
            Self::P(_) => "p".into(),
            Self::PBack(_) => "p_back".into(),
            Self::Description(_) => "description".into(),
        }
    }
    pub(super) fn set(&self, l: &mut Link) -> bool {
        match self {
            Self::Client(v) => set(&mut l.client, v.clone()),
            Self::Vendor(v) => set(&mut l.vendor, v.clone()),
            Self::Service(v) => set(&mut l.service, v.clone()),
            Self::Access(v) => set(&mut l.access, *v),
            Self::Shared(item, on) => {
                let has = l.shared.contains(item);
                if *on && !has {
                    // In the spec's order, so a file reads the same whatever order boxes were
                    // ticked; the others keep their places, so unticking restores the list.
                    let at = l.shared.iter().position(|x| x > item);
                    l.shared.insert(at.unwrap_or(l.shared.len()), *item);
                    true
                } else if !*on && has {
                    l.shared.retain(|x| x != item);
                    true
                } else {
                    false
                }
            }
            Self::P(v) => set_opt(&mut l.p, *v),
            Self::PBack(v) => set_opt(&mut l.p_back, *v),
            Self::Description(v) => set(&mut l.description, v.clone()),
        }
    }
}
