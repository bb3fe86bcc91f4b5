//! Beneficial Ownership Data Standard (BODS) 0.4: import of entity, person and relationship
//! (ownership-or-control) statements into a scenario, and export of a scenario's ownership as
//! statements. Older 0.2/0.3 statements (`statementType`) are read too.
//!
//! Mapping (both ways unless noted):
//! - entity record → entity: `entityType.type` `registeredEntity` ↔ company, `state` (and
//!   `stateBody`, import only) ↔ state, `arrangement` ↔ fund, `legalEntity` ↔ other
//!   (`anonymousEntity`, `unknownEntity` → other); `jurisdiction.code` ↔ country;
//! - person record → entity of kind person: the first `names[].fullName`,
//!   `nationalities[0].code` ↔ country;
//! - relationship record, interest `shareholding` ↔ holding: `share.exact` is the percent; a
//!   `minimum`/`maximum` band becomes `range` (percent = exact, or the band's middle when no
//!   exact value is given); `votingRights` ↔ `votes_percent`;
//! - `appointmentOfBoard` ↔ control right `board-majority`; `otherInfluenceOrControl` ↔
//!   `agreement`, or `veto` when its `details` say "veto"; `rightsGrantedByContract`,
//!   `conditionalRightsGrantedByContract` and `controlViaCompanyRulesOrArticles` → agreement.
//!   The 0.2/0.3 spellings (`appointment-of-board`, …) are read as well.
//!
//! Import is tolerant: statements of other types, interests that are indirect, ended or of a
//! type Exposure does not model, and parties that are unspecified are skipped with a warning.
//! Record ids that are valid Exposure ids are kept as entity ids (so export then import gives
//! the same scenario). Links, data, threats and settings have no place in BODS: export leaves
//! them out and says so.

mod export;
mod ids;
mod import;
mod read;
mod relations;

pub use export::{Exported, export};
pub use ids::date_from_days;
pub use import::{MAX_STATEMENTS, import, to_scenario};
