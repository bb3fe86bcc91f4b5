//! The engine: everything the calculator computes from a valid scenario. Pure and deterministic:
//! the same scenario (and seed) gives the same numbers natively and in wasm.
//!
//! # The control side's API (what the UI calls)
//! - [`results::control_report`]`(&Scenario) -> `[`results::ControlResults`] computes every lens
//!   with the scenario's settings; [`results::control_report_with`]`(&Scenario, &Options)` lets
//!   the UI lower the network power index's trials (`Options { network_trials: Some(2_000) }`
//!   keeps the LY scenario to a few milliseconds). `ControlResults` (Serialize, Clone,
//!   PartialEq) holds, per entity in scenario order, an [`results::EntityResults`]:
//!   - `ownership`: [`ownership::Ultimate`]: `ultimate` (holder key, entity, percent,
//!     `interval` when bands exist, main `paths`, `sentence`) adding up to 100, and `integrated`;
//!   - `control`: [`control::ControlEntry`]: the spec's `controller`, `chain`, `joint`, `vetoes`,
//!     `special_blockers`, and `why` ([`control::ControlWhy`]: the link to the nearest
//!     controller with votes, threshold, rule and contributors; each veto and blocker with its
//!     side's votes; who passes a special resolution alone and up to which turnout; contested
//!     control; English sentences);
//!   - `power`: [`power::PowerTable`] (Banzhaf normalised and absolute, Shapley–Shubik of each
//!     direct holder; the float atoms together as `float:T`; `improper`);
//!   - `weakest_link`: [`control::weakest::WeakestLink`] per upstream holder;
//!   - `regimes`: [`control::regimes::RegimeVerdict`] per rule (`eu-amlr-52`, `eu-amlr-53`,
//!     `ofac-50`, `uk-psc`, `jp-ordinary`, `jp-special`, `jp-blocking`, `jp-subsidiary`,
//!     `fefta-foreign`, `fefta-notification`): who counts, with figure and path;
//!   - `lenses`: [`lenses::LensRow`] per holder: every lens's figure and verdict, `disagree`.
//!
//!   Then `network_power` (value and standard error per entity), `flags`
//!   ([`flags::Flag`], `inverted-supervision`) and `warnings`.
//! - Lower level, per lens: [`graph::Net`] (the indexed network), [`ownership::column`] (one
//!   target's column of `(I - A)^-1` on a [`ownership::Condensed`] network),
//!   [`control::ControlState`] (majority chains, blocking, joint control),
//!   [`power::power_table`] / [`power::game::Game`], [`control::weakest::weakest_links`],
//!   [`control::regimes::regimes`], [`network::network_power`], [`flags::inverted_supervision`].
//! - [`synthetic`]: seeded synthetic groups for benchmarks.
//! - [`job`]: the compute job the UI's worker runs (request, progress, result as JSON).
//! - [`view`]: what the results panels show, the compact value the job returns.

pub mod breach;
pub mod control;
pub mod explain;
pub mod flags;
pub mod graph;
pub mod job;
pub mod lenses;
pub mod network;
pub mod ownership;
pub mod power;
pub mod report;
pub mod results;
pub mod summary;
pub mod synthetic;
pub mod view;
pub mod wide;
