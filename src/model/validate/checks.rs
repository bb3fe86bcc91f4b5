//! The small checks every list shares: ids, references, ranges of numbers, text lengths.

use std::collections::HashSet;

use crate::model::problem::{Problem, quote, show};

/// Longest name or label accepted, in characters.
pub const MAX_TEXT: usize = 200;

/// Whether `id` matches `[a-z0-9][a-z0-9._-]{0,63}`.
pub fn is_id(id: &str) -> bool {
    let b = id.as_bytes();
    !b.is_empty()
        && b.len() <= 64
        && (b[0].is_ascii_lowercase() || b[0].is_ascii_digit())
        && b[1..].iter().all(|c| {
            c.is_ascii_lowercase() || c.is_ascii_digit() || matches!(c, b'.' | b'_' | b'-')
        })
}

/// Checks an id's form and uniqueness within its list.
pub fn id(id: &str, path: &str, seen: &mut HashSet<String>, out: &mut Vec<Problem>) {
    if id.is_empty() {
        out.push(Problem::error(
            path,
            "is empty; give an id such as \"acme-corp\"",
        ));
    } else if !is_id(id) {
        out.push(Problem::error(
            path,
            format!(
                "{} is not a valid id: use 1 to 64 lower-case letters, digits, '.', '_' or '-', starting with a letter or digit",
                quote(id)
            ),
        ));
    } else if !seen.insert(id.to_string()) {
        out.push(Problem::error(
            path,
            format!("{} is used twice; ids must be unique", quote(id)),
        ));
    }
}

/// Checks that `id` names a known entity.
pub fn reference(id: &str, path: &str, entities: &HashSet<&str>, out: &mut Vec<Problem>) {
    if id.is_empty() {
        out.push(Problem::error(path, "is empty; choose an entity"));
    } else if !entities.contains(id) {
        out.push(Problem::error(
            path,
            format!("{} is not the id of any entity", quote(id)),
        ));
    }
}

/// Checks required display text: not blank, not too long.
pub fn text(value: &str, path: &str, required: bool, out: &mut Vec<Problem>) {
    if required && value.trim().is_empty() {
        out.push(Problem::error(path, "is empty; a name is required"));
    }
    let n = value.chars().count();
    if n > MAX_TEXT {
        out.push(Problem::error(
            path,
            format!("is {n} characters long; at most {MAX_TEXT} are allowed"),
        ));
    }
}

/// Longest description accepted, in characters.
pub const MAX_DESCRIPTION: usize = 2000;

/// Checks an optional description's length.
pub fn description(value: &str, path: &str, out: &mut Vec<Problem>) {
    let n = value.chars().count();
    if n > MAX_DESCRIPTION {
        out.push(Problem::error(
            path,
            format!("is {n} characters long; at most {MAX_DESCRIPTION} are allowed"),
        ));
    }
}

/// How an interval's ends are treated.
#[derive(Clone, Copy)]
pub enum Bounds {
    /// `low ≤ x ≤ high`
    Closed,
    /// `low < x ≤ high`
    OpenLow,
    /// `low ≤ x < high`
    OpenHigh,
}

/// Checks a finite number in a range; `what` names the unit in messages ("percent").
pub fn within(
    x: f64,
    low: f64,
    high: f64,
    bounds: Bounds,
    path: &str,
    what: &str,
    out: &mut Vec<Problem>,
) {
    if !x.is_finite() {
        out.push(Problem::error(path, "is not a number"));
        return;
    }
    let (above_low, below_high) = match bounds {
        Bounds::Closed => (x >= low, x <= high),
        Bounds::OpenLow => (x > low, x <= high),
        Bounds::OpenHigh => (x >= low, x < high),
    };
    if !above_low {
        let rel = if matches!(bounds, Bounds::OpenLow) {
            "must be above"
        } else {
            "is below"
        };
        out.push(Problem::error(
            path,
            format!("{} {rel} {}{what}", show(x), show(low)),
        ));
    } else if !below_high {
        let rel = if matches!(bounds, Bounds::OpenHigh) {
            "must be below"
        } else {
            "is above"
        };
        out.push(Problem::error(
            path,
            format!("{} {rel} {}{what}", show(x), show(high)),
        ));
    }
}

/// A percentage: `0 ≤ x ≤ 100`.
pub fn percent(x: f64, path: &str, out: &mut Vec<Problem>) {
    within(x, 0.0, 100.0, Bounds::Closed, path, "", out);
}

/// A probability: `0 ≤ x ≤ 1`.
pub fn probability(x: f64, path: &str, out: &mut Vec<Problem>) {
    within(
        x,
        0.0,
        1.0,
        Bounds::Closed,
        path,
        " (probabilities go from 0 to 1)",
        out,
    );
}

/// A count of records: whole and `≥ 0`.
pub fn whole(x: f64, path: &str, out: &mut Vec<Problem>) {
    if !x.is_finite() {
        out.push(Problem::error(path, "is not a number"));
    } else if x < 0.0 {
        out.push(Problem::error(
            path,
            format!("{} is negative; records are counted from 0", show(x)),
        ));
    } else if x.fract() != 0.0 {
        out.push(Problem::error(
            path,
            format!("{} is not a whole number of records", show(x)),
        ));
    } else if x > 1e15 {
        out.push(Problem::error(
            path,
            format!("{} is more records than any data set holds", show(x)),
        ));
    }
}
