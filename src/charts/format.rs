//! Number formatting for tick and value labels, as plain data the UI can set per language
//! (compact units such as k/M/B or 万/億, currency prefix, percent suffix). Charts cannot call the
//! browser's `Intl`, so the UI either passes pre-formatted labels or one of these.

/// How numbers on an axis or beside a bar are written. Plain data: the UI builds it from the
/// catalogue and the scenario's currency.
#[derive(Clone, Debug, PartialEq)]
pub struct NumberFormat {
    /// Written before the number (`$`, `¥`).
    pub prefix: String,
    /// Written after the number and unit (` %`, `%`).
    pub suffix: String,
    /// The value is multiplied by this before writing (100 turns a fraction into percent).
    pub scale: f64,
    /// Compact units, largest first: `(1e6, "M")` writes 1,200,000 as `1.2M`.
    pub units: Vec<(f64, String)>,
    /// Significant digits. Without units only the fractional part is rounded (519,506 stays
    /// whole); with units the whole number is, as `Intl`'s compact notation does
    /// (1,566万 → 1570万).
    pub digits: u8,
    /// Thousands separator (empty for none).
    pub group: String,
    /// Decimal mark.
    pub decimal: String,
}

impl Default for NumberFormat {
    fn default() -> Self {
        NumberFormat {
            prefix: String::new(),
            suffix: String::new(),
            scale: 1.0,
            units: Vec::new(),
            digits: 3,
            group: ",".to_string(),
            decimal: ".".to_string(),
        }
    }
}

/// English compact units: K, M, B, T (as `Intl.NumberFormat("en", {notation: "compact"})`).
pub fn units_en() -> Vec<(f64, String)> {
    [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")]
        .into_iter()
        .map(|(v, u)| (v, u.to_string()))
        .collect()
}

/// Japanese compact units: 万 (10⁴), 億 (10⁸), 兆 (10¹²).
pub fn units_ja() -> Vec<(f64, String)> {
    [(1e12, "兆"), (1e8, "億"), (1e4, "万")]
        .into_iter()
        .map(|(v, u)| (v, u.to_string()))
        .collect()
}

impl NumberFormat {
    /// Plain numbers with separators: 519,506; 0.597.
    pub fn plain() -> NumberFormat {
        NumberFormat::default()
    }

    /// Compact counts: 1.2M, 520K.
    pub fn compact() -> NumberFormat {
        NumberFormat {
            units: units_en(),
            ..NumberFormat::default()
        }
    }

    /// Compact money with a currency prefix: $1.2M.
    pub fn money(prefix: &str) -> NumberFormat {
        NumberFormat {
            prefix: prefix.to_string(),
            ..NumberFormat::compact()
        }
    }

    /// A fraction written as percent: 0.3225 → 32.3% (no space, as `Intl` writes it in
    /// English and Japanese).
    pub fn percent() -> NumberFormat {
        NumberFormat {
            suffix: "%".to_string(),
            scale: 100.0,
            ..NumberFormat::default()
        }
    }

    /// The same format without compact units, for data tables where full numbers help more
    /// than short ones.
    pub fn full(&self) -> NumberFormat {
        NumberFormat {
            units: Vec::new(),
            ..self.clone()
        }
    }

    /// Writes one value. Non-finite values become an en dash, a sign rather than a word.
    pub fn format(&self, value: f64) -> String {
        let x = value * self.scale;
        if !x.is_finite() {
            return "–".to_string();
        }
        let (mut shown, mut unit) = (x, "");
        for (size, name) in &self.units {
            // Compare after rounding, so 999,999 becomes 1M rather than 1,000k.
            if *size > 0.0 && round_sig(x.abs() / size, self.digits) >= 1.0 {
                shown = x / size;
                unit = name;
                break;
            }
        }
        let compact = !self.units.is_empty();
        let number = self.digits_of(if compact {
            round_whole(shown, self.digits)
        } else {
            shown
        });
        // Intl writes compact numbers without separators (1230 in Japanese, 1570万).
        let number = if compact && !self.group.is_empty() {
            number.replace(self.group.as_str(), "")
        } else {
            number
        };
        let sign = if number.starts_with('-') { "-" } else { "" };
        let body = number.trim_start_matches('-');
        format!("{sign}{}{body}{unit}{}", self.prefix, self.suffix)
    }

    fn digits_of(&self, x: f64) -> String {
        let decimals = decimals_for(x, self.digits);
        let text = format!("{:.*}", decimals, round_half_away(x, decimals));
        let (int, frac) = match text.split_once('.') {
            Some((i, f)) => (i, f.trim_end_matches('0')),
            None => (text.as_str(), ""),
        };
        let (sign, int) = match int.strip_prefix('-') {
            Some(rest) => ("-", rest),
            None => ("", int),
        };
        let mut out = String::from(sign);
        out.push_str(&group_digits(int, &self.group));
        if !frac.is_empty() {
            out.push_str(&self.decimal);
            out.push_str(frac);
        }
        if out == "-0" { "0".to_string() } else { out }
    }
}

/// Decimals that keep `digits` significant digits, none for numbers that already have them.
fn decimals_for(x: f64, digits: u8) -> usize {
    if x == 0.0 || !x.is_finite() {
        return 0;
    }
    let magnitude = x.abs().log10().floor() as i32;
    (i32::from(digits) - 1 - magnitude).clamp(0, 12) as usize
}

/// Rounds the whole part too, to `digits` significant digits: 1566 → 1570.
fn round_whole(x: f64, digits: u8) -> f64 {
    if x == 0.0 || !x.is_finite() {
        return x;
    }
    let excess = x.abs().log10().floor() as i32 + 1 - i32::from(digits);
    if excess <= 0 {
        return x;
    }
    let scale = 10f64.powi(excess);
    round_half_away(x / scale, 0) * scale
}

fn round_sig(x: f64, digits: u8) -> f64 {
    round_half_away(x, decimals_for(x, digits))
}

/// Rounds to `decimals` places with ties away from zero, as people round (32.25 → 32.3),
/// treating values within float noise of a tie as the tie.
fn round_half_away(x: f64, decimals: usize) -> f64 {
    let scale = 10f64.powi(decimals as i32);
    let y = x * scale;
    if !y.is_finite() || y.abs() >= 1e15 {
        return x;
    }
    let frac = (y - y.trunc()).abs();
    let r = if (frac - 0.5).abs() < 1e-9 {
        y.trunc() + y.signum()
    } else {
        y.round()
    };
    r / scale
}

fn group_digits(int: &str, sep: &str) -> String {
    let n = int.len();
    let mut out = String::with_capacity(n + n / 3 * sep.len());
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(3) {
            out.push_str(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_money() {
        let f = NumberFormat::money("$");
        assert_eq!(f.format(1_234_567.0), "$1.23M");
        assert_eq!(f.format(5_922_706.8), "$5.92M");
        assert_eq!(f.format(999_999.0), "$1M");
        assert_eq!(f.format(12_000.0), "$12K");
        assert_eq!(f.format(950.0), "$950");
        assert_eq!(f.format(0.0), "$0");
        assert_eq!(f.format(-2_500.0), "-$2.5K");
        assert_eq!(
            f.format(3.2e16),
            "$32000T",
            "beyond the units, rounded and not grouped"
        );
        assert_eq!(f.format(3.2e13), "$32T");
        assert_eq!(f.full().format(5_922_706.8), "$5,922,707");
    }

    #[test]
    fn japanese_units() {
        let f = NumberFormat {
            prefix: "¥".into(),
            units: units_ja(),
            ..NumberFormat::default()
        };
        assert_eq!(f.format(519_506.0), "¥52万");
        assert_eq!(f.format(1.5e8), "¥1.5億");
        assert_eq!(f.format(15_660_000.0), "¥1570万");
        assert_eq!(f.format(1_234.0), "¥1230");
    }

    #[test]
    fn percent_and_plain() {
        let p = NumberFormat::percent();
        assert_eq!(p.format(0.645), "64.5%");
        assert_eq!(p.format(0.5), "50%");
        assert_eq!(p.format(1.0), "100%");
        assert_eq!(p.format(0.3225), "32.3%");
        assert_eq!(p.format(0.000_5), "0.05%");
        let n = NumberFormat::plain();
        assert_eq!(n.format(519_506.0), "519,506");
        assert_eq!(n.format(0.5968), "0.597");
        assert_eq!(n.format(0.000_123_4), "0.000123");
    }

    #[test]
    fn non_finite_is_a_dash() {
        let f = NumberFormat::money("$");
        assert_eq!(f.format(f64::NAN), "–");
        assert_eq!(f.format(f64::INFINITY), "–");
        assert_eq!(f.format(-0.0), "$0");
    }
}
