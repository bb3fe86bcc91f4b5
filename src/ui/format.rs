//! Display formatting shared by components (numbers and percents as the user reads them).

use crate::model::problem::{grouped, show};

/// A whole count with separators: 519,506.
pub fn count(x: f64) -> String {
    grouped(x)
}

/// A percentage without trailing zeros: 64.5 %.
pub fn percent(x: f64) -> String {
    format!("{} %", show(x))
}

/// A probability or rate as typed: 0.3.
pub fn plain(x: f64) -> String {
    show(x)
}
