//! One settable field per variant for each list of the scenario, with the key validation uses
//! for it, so an edit and the problems it causes share one JSON path.

use std::collections::BTreeMap;

use super::set;
use crate::model::settings::{CostModel, Settings};
use crate::model::types::{
    Access, ControlKind, ControlRight, CostRange, DataCategory, DataClass, Entity, EntityKind,
    Holding, Link, Named, Shared, Threat,
};

/// Sets a number; NaN counts as equal to NaN, so retyping a bad value is no change.
fn set_num(slot: &mut f64, v: f64) -> bool {
    if slot.to_bits() == v.to_bits() || (slot.is_nan() && v.is_nan()) {
        return false;
    }
    *slot = v;
    true
}

fn set_opt(slot: &mut Option<f64>, v: Option<f64>) -> bool {
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

/// A field of a data category.
#[derive(Clone, Debug, PartialEq)]
pub enum DataField {
    Id(String),
    Name(String),
    Holder(String),
    Processors(Vec<String>),
    Class(DataClass),
    Records(f64),
    ByCountry(BTreeMap<String, f64>),
    Cost(Option<CostRange>),
    Exposed(Option<f64>),
    Description(String),
}

impl DataField {
    pub(super) fn key(&self) -> &'static str {
        match self {
            Self::Id(_) => "id",
            Self::Name(_) => "name",
            Self::Holder(_) => "holder",
            Self::Processors(_) => "processors",
            Self::Class(_) => "class",
            Self::Records(_) => "records",
            Self::ByCountry(_) => "by_country",
            Self::Cost(_) => "cost_per_record",
            Self::Exposed(_) => "exposed_fraction",
            Self::Description(_) => "description",
        }
    }
    pub(super) fn set(&self, d: &mut DataCategory) -> bool {
        match self {
            Self::Id(v) => set(&mut d.id, v.clone()),
            Self::Name(v) => set(&mut d.name, v.clone()),
            Self::Holder(v) => set(&mut d.holder, v.clone()),
            Self::Processors(v) => set(&mut d.processors, v.clone()),
            Self::Class(v) => set(&mut d.class, *v),
            Self::Records(v) => set_num(&mut d.records, *v),
            Self::ByCountry(v) => set(&mut d.by_country, v.clone()),
            Self::Cost(v) => set(&mut d.cost_per_record, *v),
            Self::Exposed(v) => set_opt(&mut d.exposed_fraction, *v),
            Self::Description(v) => set(&mut d.description, v.clone()),
        }
    }
}

/// A field of a threat.
#[derive(Clone, Debug, PartialEq)]
pub enum ThreatField {
    Entry(String),
    Rate(f64),
    Label(String),
    Description(String),
}

impl ThreatField {
    pub(super) fn key(&self) -> &'static str {
        match self {
            Self::Entry(_) => "entry",
            Self::Rate(_) => "rate",
            Self::Label(_) => "label",
            Self::Description(_) => "description",
        }
    }
    pub(super) fn set(&self, t: &mut Threat) -> bool {
        match self {
            Self::Entry(v) => set(&mut t.entry, v.clone()),
            Self::Rate(v) => set_num(&mut t.rate, *v),
            Self::Label(v) => set(&mut t.label, v.clone()),
            Self::Description(v) => set(&mut t.description, v.clone()),
        }
    }
}

/// A setting. `Cost(class, None)` returns a class to the default cost range.
#[derive(Clone, Debug, PartialEq)]
pub enum SettingField {
    Quota(f64),
    Strict(bool),
    SpecialQuota(f64),
    Turnout(f64),
    WeakestLink(f64),
    FloatAtom(f64),
    Trials(u64),
    Seed(u64),
    Access(Access, f64),
    Shared(Shared, f64),
    Cost(DataClass, Option<CostRange>),
    CostModel(CostModel),
}

impl SettingField {
    /// The path below `settings.`, as validation writes it.
    pub(super) fn key(&self) -> String {
        match self {
            Self::Quota(_) => "quota".into(),
            Self::Strict(_) => "strict".into(),
            Self::SpecialQuota(_) => "special_quota".into(),
            Self::Turnout(_) => "turnout".into(),
            Self::WeakestLink(_) => "weakest_link".into(),
            Self::FloatAtom(_) => "float_atom".into(),
            Self::Trials(_) => "trials".into(),
            Self::Seed(_) => "seed".into(),
            Self::Access(a, _) => format!("propagation.access.{}", a.word()),
            Self::Shared(x, _) => format!("propagation.shared.{}", x.word()),
            Self::Cost(c, _) => format!("cost_per_record.{}", c.word()),
            Self::CostModel(_) => "cost_model".into(),
        }
    }
    pub(super) fn set(&self, st: &mut Settings) -> bool {
        match self {
            Self::Quota(v) => set_num(&mut st.quota, *v),
            Self::Strict(v) => set(&mut st.strict, *v),
            Self::SpecialQuota(v) => set_num(&mut st.special_quota, *v),
            Self::Turnout(v) => set_num(&mut st.turnout, *v),
            Self::WeakestLink(v) => set_num(&mut st.weakest_link, *v),
            Self::FloatAtom(v) => set_num(&mut st.float_atom, *v),
            Self::Trials(v) => set(&mut st.trials, *v),
            Self::Seed(v) => set(&mut st.seed, *v),
            Self::Access(a, v) => set_num(&mut st.propagation.access[*a as usize], *v),
            Self::Shared(x, v) => set_num(&mut st.propagation.shared[*x as usize], *v),
            Self::Cost(c, None) => st.cost_per_record.remove(c).is_some(),
            Self::Cost(c, Some(r)) => st.cost_per_record.insert(*c, *r) != Some(*r),
            Self::CostModel(v) => set(&mut st.cost_model, *v),
        }
    }
}
