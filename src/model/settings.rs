//! Scenario settings with the spec's defaults: voting rules, Monte Carlo size and seed, the
//! propagation table and the cost model. Only values that differ from a default are written out.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use super::num;
use super::types::{Access, CostRange, DataClass, Shared, is_default};

/// How the cost of an exposed record is modelled.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum CostModel {
    /// Lognormal cost per record from each category's 90 % range.
    #[default]
    PerRecord,
    /// Verizon DBIR 2015 fit: 25,450·(n/100)^0.4235 USD for n records in one event.
    #[serde(rename = "dbir-2015")]
    Dbir2015,
}

/// Default probability that each mechanism carries a compromise across a link.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Propagation {
    #[serde(
        serialize_with = "access_map",
        skip_serializing_if = "Propagation::access_default"
    )]
    pub access: [f64; 4],
    #[serde(
        serialize_with = "shared_map",
        skip_serializing_if = "Propagation::shared_default"
    )]
    pub shared: [f64; 4],
}

impl Default for Propagation {
    fn default() -> Self {
        Propagation {
            access: [0.0, 0.10, 0.30, 0.60],
            shared: [0.80, 0.40, 0.30, 0.20],
        }
    }
}

impl Propagation {
    /// Probability carried by an access level.
    pub fn of_access(&self, a: Access) -> f64 {
        self.access[a as usize]
    }
    /// Probability carried by a shared item.
    pub fn of_shared(&self, s: Shared) -> f64 {
        self.shared[s as usize]
    }
    fn access_default(a: &[f64; 4]) -> bool {
        *a == Propagation::default().access
    }
    fn shared_default(a: &[f64; 4]) -> bool {
        *a == Propagation::default().shared
    }
}

fn access_map<S: serde::Serializer>(v: &[f64; 4], s: S) -> Result<S::Ok, S::Error> {
    let d = Propagation::default().access;
    let names = ["none", "read", "write", "admin"];
    changed(names.iter().zip(v.iter().zip(d.iter())), s)
}

fn shared_map<S: serde::Serializer>(v: &[f64; 4], s: S) -> Result<S::Ok, S::Error> {
    let d = Propagation::default().shared;
    let names = ["authentication", "network", "hosting", "code"];
    changed(names.iter().zip(v.iter().zip(d.iter())), s)
}

/// Writes only the entries that differ from their default.
fn changed<'a, S: serde::Serializer>(
    it: impl Iterator<Item = (&'a &'static str, (&'a f64, &'a f64))>,
    s: S,
) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut m = s.serialize_map(None)?;
    for (k, (v, d)) in it {
        if v != d {
            m.serialize_entry(k, &num::Num(*v))?;
        }
    }
    m.end()
}

/// Default 90 % cost range of one record of a class, in the scenario's currency.
pub fn default_cost(class: DataClass) -> CostRange {
    let (low, high) = match class {
        DataClass::Personal => (100.0, 250.0),
        DataClass::Sensitive => (150.0, 400.0),
        DataClass::CommunicationSecret => (150.0, 400.0),
        DataClass::Financial => (150.0, 350.0),
        DataClass::Employee => (100.0, 250.0),
        DataClass::BusinessPartner => (100.0, 250.0),
        DataClass::Other => (50.0, 200.0),
    };
    CostRange { low, high }
}

/// All optional settings; `Default` gives the spec's defaults.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Settings {
    #[serde(
        skip_serializing_if = "Settings::quota_default",
        serialize_with = "num::one"
    )]
    pub quota: f64,
    #[serde(skip_serializing_if = "Settings::strict_default")]
    pub strict: bool,
    #[serde(
        skip_serializing_if = "Settings::special_default",
        serialize_with = "num::one"
    )]
    pub special_quota: f64,
    #[serde(
        skip_serializing_if = "Settings::turnout_default",
        serialize_with = "num::one"
    )]
    pub turnout: f64,
    #[serde(
        skip_serializing_if = "Settings::weakest_default",
        serialize_with = "num::one"
    )]
    pub weakest_link: f64,
    #[serde(
        skip_serializing_if = "Settings::atom_default",
        serialize_with = "num::one"
    )]
    pub float_atom: f64,
    #[serde(skip_serializing_if = "Settings::trials_default")]
    pub trials: u64,
    #[serde(skip_serializing_if = "Settings::seed_default")]
    pub seed: u64,
    #[serde(skip_serializing_if = "is_default")]
    pub propagation: Propagation,
    /// Overrides of the default cost range per class; classes not listed use `default_cost`.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub cost_per_record: BTreeMap<DataClass, CostRange>,
    #[serde(skip_serializing_if = "is_default")]
    pub cost_model: CostModel,
    /// When the breach was (or would be) detected, `YYYY-MM-DD`: notification deadlines are
    /// dated from it. An extension of v1; without it deadlines are offsets from detection.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detected: Option<String>,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            quota: 50.0,
            strict: true,
            special_quota: 66.667,
            turnout: 100.0,
            weakest_link: 20.0,
            float_atom: 1.0,
            trials: 100_000,
            seed: 1,
            propagation: Propagation::default(),
            cost_per_record: BTreeMap::new(),
            cost_model: CostModel::PerRecord,
            detected: None,
        }
    }
}

impl Settings {
    /// Whether every setting has its default (then `settings` is left out of output).
    pub fn is_default(&self) -> bool {
        *self == Settings::default()
    }

    /// The cost range in force for a class: the scenario's override or the default.
    pub fn cost_for(&self, class: DataClass) -> CostRange {
        self.cost_per_record
            .get(&class)
            .copied()
            .unwrap_or_else(|| default_cost(class))
    }

    fn quota_default(v: &f64) -> bool {
        *v == 50.0
    }
    fn strict_default(v: &bool) -> bool {
        *v
    }
    fn special_default(v: &f64) -> bool {
        *v == 66.667
    }
    fn turnout_default(v: &f64) -> bool {
        *v == 100.0
    }
    fn weakest_default(v: &f64) -> bool {
        *v == 20.0
    }
    fn atom_default(v: &f64) -> bool {
        *v == 1.0
    }
    fn trials_default(v: &u64) -> bool {
        *v == 100_000
    }
    fn seed_default(v: &u64) -> bool {
        *v == 1
    }
}

impl super::types::Named for CostModel {
    const ALL: &'static [Self] = &[CostModel::PerRecord, CostModel::Dbir2015];
    fn word(self) -> &'static str {
        match self {
            CostModel::PerRecord => "per-record",
            CostModel::Dbir2015 => "dbir-2015",
        }
    }
}
