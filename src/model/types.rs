//! The scenario v1 data types: entities, holdings, control rights, vendor links, data
//! categories and threats, exactly as `scenario-v1.md` names them.
//!
//! Numbers stay `f64` even where the spec wants whole numbers (records) so that a value the user
//! typed wrong is kept and reported by validation instead of being lost on the way in.

use serde::Serialize;
use std::collections::BTreeMap;

use super::num;
use super::settings::Settings;

/// The `format` string every scenario file carries.
pub const FORMAT: &str = "exposure-scenario";
/// The scenario format version this build reads and writes.
pub const VERSION: u32 = 1;

/// A whole scenario: the one value the editor, share links, files and reports exchange.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Scenario {
    pub format: String,
    pub version: u32,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub title: String,
    /// Optional free text: sources, assumptions, notes (an extension of v1; at most 2,000 characters).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
    pub currency: String,
    pub entities: Vec<Entity>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub holdings: Vec<Holding>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub control_rights: Vec<ControlRight>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub links: Vec<Link>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub data: Vec<DataCategory>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub threats: Vec<Threat>,
    #[serde(skip_serializing_if = "Settings::is_default")]
    pub settings: Settings,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            format: FORMAT.to_string(),
            version: VERSION,
            title: String::new(),
            description: String::new(),
            currency: "USD".to_string(),
            entities: Vec::new(),
            holdings: Vec::new(),
            control_rights: Vec::new(),
            links: Vec::new(),
            data: Vec::new(),
            threats: Vec::new(),
            settings: Settings::default(),
        }
    }
}

impl Scenario {
    /// The entity with this id, if any.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// The display name of an entity id, falling back to the id itself.
    pub fn name_of<'a>(&'a self, id: &'a str) -> &'a str {
        self.entity(id).map_or(id, |e| e.name.as_str())
    }

    /// Total records over all data categories (as entered, before `exposed_fraction`).
    pub fn total_records(&self) -> f64 {
        self.data.iter().map(|d| d.records).sum()
    }
}

/// What sort of party an entity is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum EntityKind {
    #[default]
    Company,
    Person,
    State,
    Fund,
    Other,
}

/// A company, person, state, fund or other party.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Entity {
    pub id: String,
    pub name: String,
    #[serde(skip_serializing_if = "is_default")]
    pub kind: EntityKind,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "num::opt")]
    pub treasury_percent: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "num::opt")]
    pub value: Option<f64>,
    /// Optional free text: sources, assumptions, notes (an extension of v1; at most 2,000 characters).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
}

impl Entity {
    /// A company with this id and name and nothing else set.
    pub fn new(id: &str, name: &str) -> Self {
        Entity {
            id: id.to_string(),
            name: name.to_string(),
            kind: EntityKind::Company,
            country: None,
            treasury_percent: None,
            value: None,
            description: String::new(),
        }
    }
}

/// Equity (and votes) of `target` held by `holder`.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Holding {
    pub holder: String,
    pub target: String,
    #[serde(serialize_with = "num::one")]
    pub percent: f64,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "num::opt")]
    pub votes_percent: Option<f64>,
    #[serde(
        skip_serializing_if = "Option::is_none",
        serialize_with = "num::opt_pair"
    )]
    pub range: Option<[f64; 2]>,
    /// Optional free text: sources, assumptions, notes (an extension of v1; at most 2,000 characters).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
}

impl Holding {
    /// A holding of `percent` with equal votes and no band.
    pub fn new(holder: &str, target: &str, percent: f64) -> Self {
        Holding {
            holder: holder.to_string(),
            target: target.to_string(),
            percent,
            votes_percent: None,
            range: None,
            description: String::new(),
        }
    }

    /// The voting share: `votes_percent` when given, else the equity share.
    pub fn votes(&self) -> f64 {
        self.votes_percent.unwrap_or(self.percent)
    }
}

/// Kinds of control that are not a shareholding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ControlKind {
    BoardMajority,
    Veto,
    Agreement,
}

/// Control of `target` by `holder` through the board, a veto or an agreement.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ControlRight {
    pub holder: String,
    pub target: String,
    pub kind: ControlKind,
    /// Optional free text: sources, assumptions, notes (an extension of v1; at most 2,000 characters).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
}

/// The vendor's access to the client's systems.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Access {
    #[default]
    None,
    Read,
    Write,
    Admin,
}

/// Infrastructure a vendor and its client both use.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Shared {
    Authentication,
    Network,
    Hosting,
    Code,
}

/// `vendor` provides `service` to `client`; compromise can travel both ways.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Link {
    pub client: String,
    pub vendor: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub service: String,
    #[serde(skip_serializing_if = "is_default")]
    pub access: Access,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub shared: Vec<Shared>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "num::opt")]
    pub p: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "num::opt")]
    pub p_back: Option<f64>,
    /// Optional free text: sources, assumptions, notes (an extension of v1; at most 2,000 characters).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
}

impl Link {
    /// A link with no access, nothing shared and no overrides.
    pub fn new(client: &str, vendor: &str, service: &str) -> Self {
        Link {
            client: client.to_string(),
            vendor: vendor.to_string(),
            service: service.to_string(),
            access: Access::None,
            shared: Vec::new(),
            p: None,
            p_back: None,
            description: String::new(),
        }
    }
}

/// Classes of data, which set default costs and the duties a leak triggers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DataClass {
    Personal,
    Sensitive,
    CommunicationSecret,
    Financial,
    Employee,
    BusinessPartner,
    Other,
}

/// A 90 % range of a money amount: 5th and 95th percentiles.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct CostRange {
    #[serde(serialize_with = "num::one")]
    pub low: f64,
    #[serde(serialize_with = "num::one")]
    pub high: f64,
}

/// A category of data that can leak.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DataCategory {
    pub id: String,
    pub name: String,
    pub holder: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub processors: Vec<String>,
    pub class: DataClass,
    #[serde(serialize_with = "num::one")]
    pub records: f64,
    #[serde(
        skip_serializing_if = "BTreeMap::is_empty",
        serialize_with = "num::map"
    )]
    pub by_country: BTreeMap<String, f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cost_per_record: Option<CostRange>,
    #[serde(skip_serializing_if = "Option::is_none", serialize_with = "num::opt")]
    pub exposed_fraction: Option<f64>,
    /// Optional free text: sources, assumptions, notes (an extension of v1; at most 2,000 characters).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
}

impl DataCategory {
    /// The share of records that leak when the category is reached (default 1).
    pub fn exposed(&self) -> f64 {
        self.exposed_fraction.unwrap_or(1.0)
    }
}

/// Where a breach starts and how often a year.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Threat {
    pub entry: String,
    #[serde(serialize_with = "num::one")]
    pub rate: f64,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub label: String,
    /// Optional free text: sources, assumptions, notes (an extension of v1; at most 2,000 characters).
    #[serde(skip_serializing_if = "String::is_empty")]
    pub description: String,
}

/// An enumeration spelled with fixed words in files (`board-majority`, `communication-secret`).
pub trait Named: Copy + PartialEq + 'static {
    /// Every value, in the order the spec lists them.
    const ALL: &'static [Self];
    /// The spec's word for this value.
    fn word(self) -> &'static str;
    /// The value spelled by `word`, if any.
    fn from_word(word: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|v| v.word() == word)
    }
}

macro_rules! named {
    ($t:ty { $($v:ident => $w:literal),+ $(,)? }) => {
        impl Named for $t {
            const ALL: &'static [Self] = &[$(<$t>::$v),+];
            fn word(self) -> &'static str {
                match self { $(<$t>::$v => $w),+ }
            }
        }
    };
}

named!(EntityKind { Company => "company", Person => "person", State => "state", Fund => "fund", Other => "other" });
named!(ControlKind { BoardMajority => "board-majority", Veto => "veto", Agreement => "agreement" });
named!(Access { None => "none", Read => "read", Write => "write", Admin => "admin" });
named!(Shared { Authentication => "authentication", Network => "network", Hosting => "hosting", Code => "code" });
named!(DataClass {
    Personal => "personal",
    Sensitive => "sensitive",
    CommunicationSecret => "communication-secret",
    Financial => "financial",
    Employee => "employee",
    BusinessPartner => "business-partner",
    Other => "other",
});

pub(crate) fn is_default<T: Default + PartialEq>(v: &T) -> bool {
    *v == T::default()
}
