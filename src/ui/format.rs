//! Display formatting shared by components (numbers and percents as the user reads them), and
//! reading numbers the way people type them into a field.

use crate::codec::csv::{Unit, half_width, number};
use crate::model::problem::{grouped, show};

/// A whole count with separators: 519,506.
pub fn count(x: f64) -> String {
    grouped(x)
}

/// A percentage without trailing zeros, as `Intl` writes it in English and Japanese: 64.5%.
pub fn percent(x: f64) -> String {
    format!("{}%", show(x))
}

/// A probability or rate as typed: 0.3.
pub fn plain(x: f64) -> String {
    show(x)
}

/// A number as an input field shows it: the shortest text that reads back as the same number
/// (so an untouched field never changes the model), empty for NaN.
pub fn field(x: f64) -> String {
    if x.is_nan() {
        String::new()
    } else {
        format!("{x}")
    }
}

/// Why the text of a number field cannot go into the scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BadNumber {
    /// Empty, and the field needs a value.
    Empty,
    /// Not a number at all (`12a`, `1,5`).
    NotANumber,
    /// Not a whole number from 0 up, where only those fit (trials, seed).
    NotWhole,
}

/// Reads a number field: `Ok(None)` when empty and `optional`. Accepts what people type:
/// full-width digits, `1,234,567` groups, a trailing `%` (for probabilities `30 %` is 0.3).
pub fn read(text: &str, unit: Unit, optional: bool) -> Result<Option<f64>, BadNumber> {
    match number(text, unit) {
        Ok(None) if optional => Ok(None),
        Ok(None) => Err(BadNumber::Empty),
        Ok(Some(x)) => Ok(Some(x)),
        Err(_) => Err(BadNumber::NotANumber),
    }
}

/// Reads a whole number from 0 up that fits in 64 bits (trials, seed).
pub fn read_whole(text: &str) -> Result<u64, BadNumber> {
    let x = read(text, Unit::Plain, false)?.ok_or(BadNumber::Empty)?;
    if x < 0.0 || x.fract() != 0.0 {
        return Err(BadNumber::NotWhole);
    }
    // Plain digits are read directly: an f64 would round seeds above 2^53.
    let digits = half_width(text).trim().replace(',', "");
    match digits.parse::<u64>() {
        Ok(n) => Ok(n),
        Err(_) if x < 9_007_199_254_740_992.0 => Ok(x as u64),
        Err(_) => Err(BadNumber::NotWhole),
    }
}
