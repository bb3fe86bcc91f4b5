//! The breach analysis's results: the spec's `breach` report fields (`reach`, `records`,
//! `loss`, `blast_radius`) plus what the app shows beside them. Plain typed structs; `Serialize`
//! only (for the CLI's `--json` report), no `Deserialize`, to keep the wasm small. Keys of maps
//! are entity and category ids;
//! indices (`link`, `index`) point into the scenario's lists.

use serde::Serialize;
use std::collections::BTreeMap;

use super::effect::Effect;

/// Everything [`super::analyse`] computes.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct BreachResults {
    /// Whose breach events these are: entries weighted by threat rates, or (no threat with a
    /// rate above 0) every entity as an equally likely entry, which gives conditional
    /// per-event figures and no annual loss.
    pub basis: Basis,
    /// Expected breach events a year (0 on the every-entity basis).
    pub events_per_year: f64,
    pub method: Method,
    /// Probability each entity is reached in one breach event.
    pub reach: BTreeMap<String, Reach>,
    /// Records of each category exposed per event.
    pub records: BTreeMap<String, Records>,
    /// Records of all categories exposed per event.
    pub records_total: Stat,
    /// Records of all categories per country (ISO code, or "unspecified") per event.
    pub records_by_country: BTreeMap<String, Stat>,
    /// Annual loss; `None` on the every-entity basis.
    pub loss: Option<Loss>,
    /// Expected loss per event under both cost models (the band the app shows).
    pub cost_band: CostBand,
    /// Every entity taken as the entry (rate 1): expected records and loss per event, worst first.
    pub blast_radius: Vec<Blast>,
    /// Every link that can carry a breach: the fall in expected records and loss per event when
    /// it is cut, largest first.
    pub choke_points: Vec<Choke>,
    pub duties: Duties,
    pub sensitivity: Sensitivity,
    /// For each entity that can be reached: its most probable path from an entry.
    pub paths: BTreeMap<String, BreachPath>,
    /// Things the reader must know, as message keys (see [`Note`]).
    pub notes: Vec<Note>,
}

/// Whose events the per-event figures describe.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Basis {
    /// Entries drawn in proportion to threat rates.
    #[default]
    Threats,
    /// No threats: every entity equally likely to be the entry (conditional results).
    EveryEntity,
}

/// How the figures were computed.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Method {
    /// Every reach probability exact.
    pub exact: bool,
    /// Monte Carlo trials run per pass (0 when everything is exact).
    pub trials: u64,
    pub seed: u64,
    /// Entries computed by enumeration, on a tree, and by Monte Carlo.
    pub enumerated: Vec<String>,
    pub tree: Vec<String>,
    pub sampled: Vec<String>,
}

/// `breach.reach[E]`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Reach {
    pub p: f64,
    pub stderr: f64,
    pub exact: bool,
}

/// Mean, 95th percentile and standard error of a per-event quantity.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Stat {
    pub mean: f64,
    pub p95: f64,
    pub stderr: f64,
}

/// `breach.records[C]`, with the probability the category is exposed and its split by country.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Records {
    pub mean: f64,
    pub p95: f64,
    pub stderr: f64,
    /// Probability the category is exposed in one event.
    pub p: f64,
    /// By country code, plus "unspecified" for records not assigned to a country.
    pub by_country: BTreeMap<String, Stat>,
}

/// `breach.loss`: annual loss `S` over `years` simulated years.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Loss {
    /// `E[S]` from the simulation, and its standard error.
    pub ale: f64,
    pub stderr: f64,
    pub var95: f64,
    pub var99: f64,
    pub tvar95: f64,
    /// Batch-means standard errors of the three tail figures.
    pub stderr_var95: f64,
    pub stderr_var99: f64,
    pub stderr_tvar95: f64,
    /// `λ·E[L]` computed from the event distribution without simulation (the self-check of
    /// `ale`), with the standard error of its sampled part.
    pub ale_exact: f64,
    pub ale_exact_stderr: f64,
    pub years: u64,
    pub events: u64,
    pub method: LossMethod,
    /// `P(S > x)` at log-spaced `x`.
    pub exceedance: Vec<Point>,
    /// `P(max Lᵢ > x) = 1 − exp(−λ(1 − F_L(x)))`, exact when `largest_exact`.
    pub largest: Vec<Point>,
    pub largest_exact: bool,
    /// The same, counted in the simulated years (the check of `largest`).
    pub largest_simulated: Vec<Point>,
}

/// How the annual loss was obtained.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum LossMethod {
    #[default]
    Simulation,
    /// So many events a year that simulating them would not fit: a normal distribution with
    /// the exact mean `λE[L]` and variance `λE[L²]`.
    NormalApproximation,
}

/// A point of an exceedance curve.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Point {
    pub x: f64,
    pub p: f64,
    pub stderr: f64,
}

/// Expected loss of one event under each cost model, for the same records.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct CostBand {
    pub per_record: f64,
    pub dbir_2015: f64,
    /// The model in force (`per-record` or `dbir-2015`).
    pub model: crate::model::CostModel,
}

/// One entity as the entry.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Blast {
    pub entry: String,
    pub records_mean: f64,
    pub loss_mean: f64,
    pub records_stderr: f64,
    pub loss_stderr: f64,
    pub exact: bool,
}

/// One link cut.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Choke {
    /// Index into `scenario.links`.
    pub link: usize,
    pub vendor: String,
    pub client: String,
    /// Fall in expected records and loss per event when the link is cut.
    pub fall: Effect,
    pub exact: bool,
}

/// Duties a breach triggers, and the detection date they are counted from.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Duties {
    pub detected: Option<String>,
    pub items: Vec<Duty>,
}

/// The rules the calculator knows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Rule {
    /// Japan, Act on the Protection of Personal Information, Art. 26.
    Appi,
    /// Japan, Telecommunications Business Act (secrets of communication).
    Telecom,
    /// EU/EEA, GDPR Arts. 33, 34 and 83.
    Gdpr,
}

/// What made a rule apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    UnauthorisedAccess,
    SensitiveData,
    FinancialDamageRisk,
    OverThousandPersons,
    CommunicationSecrets,
    EuEeaResidents,
    JapaneseHolder,
    JapanResidents,
}

/// One rule for one holder of data.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Duty {
    pub rule: Rule,
    /// The entity that holds the data and owes the duty.
    pub holder: String,
    /// Categories (ids) that trigger it, and the countries concerned.
    pub categories: Vec<String>,
    pub countries: Vec<String>,
    pub reasons: Vec<Reason>,
    /// Probability one breach event exposes at least one of the categories.
    pub p: f64,
    pub actions: Vec<Action>,
    /// Message key of the penalty cap (`duty.appi.penalty`, …).
    pub penalty: String,
}

/// A thing to do and by when.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Action {
    /// Message key (`duty.appi.preliminary`, …).
    pub duty: String,
    pub within: Within,
    /// Last day (and first, for a range such as 3–5 days) counted from `detected`.
    pub due: Option<String>,
    pub due_from: Option<String>,
}

/// A deadline counted from detection.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Within {
    Hours(u32),
    /// Between `.0` and `.1` days.
    Days(u32, u32),
    /// No fixed number: promptly / without undue delay.
    Promptly,
}

/// The tornado: results with each input at −50 % and +50 %.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Sensitivity {
    /// `λ·E[L]` and expected records per event with every input as entered.
    pub base_ale: Option<f64>,
    pub base_records: f64,
    pub rows: Vec<SensitivityRow>,
}

/// Which input moved.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Input {
    /// `links[index]`'s vendor → client probability.
    #[default]
    LinkP,
    /// `links[index]`'s client → vendor probability.
    LinkPBack,
    /// `threats[index].rate`.
    ThreatRate,
    /// The cost range in force for `data[index]`.
    CostRange,
}

/// One row of the tornado.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SensitivityRow {
    pub input: Input,
    pub index: usize,
    /// The input's value as entered, at −50 % and at +50 % (probabilities stop at 1; a cost
    /// range shows its mean cost per record).
    pub value: f64,
    pub low_value: f64,
    pub high_value: f64,
    pub ale_low: Option<f64>,
    pub ale_high: Option<f64>,
    pub records_low: f64,
    pub records_high: f64,
    /// Standard errors of the moves (0 when exact).
    pub ale_stderr: f64,
    pub records_stderr: f64,
    pub exact: bool,
}

/// The most probable way a breach reaches an entity.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct BreachPath {
    pub entry: String,
    /// Product of the steps' probabilities.
    pub p: f64,
    pub steps: Vec<Step>,
}

/// One step of a path: every link that carries a compromise from `from` to `to`.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Step {
    pub from: String,
    pub to: String,
    /// Noisy-OR probability of the step.
    pub p: f64,
    /// Indices into `scenario.links`.
    pub links: Vec<usize>,
}

/// Notes for the reader, as message keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Note {
    /// No threat with a rate above 0: per-event figures take every entity as an equally likely
    /// entry and there is no annual loss.
    NoThreats,
    /// The DBIR 2015 formula is in US dollars and the scenario is not: no conversion is made.
    DbirInUsd,
    /// Fewer years were simulated than `trials`, to bound the number of events.
    YearsCapped,
    /// Annual loss from the normal approximation.
    NormalApproximation,
    /// Some link effects were swept again for lack of trials on one side; the rest are split
    /// estimates (shown with standard errors).
    ForcedSweepsCapped,
}
