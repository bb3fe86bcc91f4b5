//! Validation of a scenario against every rule of scenario v1. It returns all problems at once,
//! each with its JSON path, so the editor can show each next to its field as the user types.

mod checks;
mod lists;
mod ownership;

use super::problem::Problem;
use super::types::Scenario;

/// Every problem of a scenario (errors and warnings), in document order.
pub fn validate(s: &Scenario) -> Vec<Problem> {
    let mut out = Vec::new();
    lists::top(s, &mut out);
    lists::entities(s, &mut out);
    lists::holdings(s, &mut out);
    lists::control_rights(s, &mut out);
    lists::links(s, &mut out);
    lists::data(s, &mut out);
    lists::threats(s, &mut out);
    lists::settings(s, &mut out);
    ownership::totals(s, &mut out);
    ownership::closed_loops(s, &mut out);
    out
}

/// Only the errors: what stops a scenario from being computed.
pub fn errors(s: &Scenario) -> Vec<Problem> {
    validate(s).into_iter().filter(Problem::is_error).collect()
}

pub use checks::is_id;
