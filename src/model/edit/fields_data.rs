//! Settable fields of data categories, threats and settings, with the keys validation uses.

use std::collections::BTreeMap;

use super::fields::{set_num, set_opt};
use super::set;
use crate::model::settings::{CostModel, Settings};
use crate::model::types::{Access, CostRange, DataCategory, DataClass, Named, Shared, Threat};

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
