//! Small helpers for the figures and sentences the engine attaches to its results: rounding
//! that hides binary noise (64.5 % × 50 % prints as 32.25, not 32.250000000000004) and short
//! number formatting for English sentences. The UI translates from the structured fields.

/// Rounds to nine decimals: enough for any percent, and clean in JSON.
pub fn round9(v: f64) -> f64 {
    if v.is_finite() {
        (v * 1e9).round() / 1e9
    } else {
        v
    }
}

/// A percent for a sentence: at most two decimals, no trailing zeros.
pub fn pct(v: f64) -> String {
    let r = (v * 100.0).round() / 100.0;
    let s = format!("{r:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Comparisons of fractions treat values this close as equal (decimal inputs are not exact).
pub const TIE: f64 = 1e-9;

/// `a > b` beyond rounding noise.
pub fn above(a: f64, b: f64) -> bool {
    a > b + TIE
}

/// `a >= b` up to rounding noise.
pub fn at_least(a: f64, b: f64) -> bool {
    a >= b - TIE
}
