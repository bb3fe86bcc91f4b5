//! Problems found in a scenario: a JSON path, a plain message and whether it stops the scenario
//! from being used (error) or is only worth knowing (warning).

use serde::Serialize;
use std::collections::HashSet;
use std::fmt;

/// How serious a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// The scenario cannot be computed until this is fixed.
    Error,
    /// Kept going; the user should know (an ignored field, for instance).
    Warning,
}

/// One problem, located by its JSON path (`holdings[3].percent`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    pub path: String,
    pub message: String,
    pub severity: Severity,
}

impl Problem {
    /// An error at `path`.
    pub fn error(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            path: path.into(),
            message: message.into(),
            severity: Severity::Error,
        }
    }

    /// A warning at `path`.
    pub fn warning(path: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            path: path.into(),
            message: message.into(),
            severity: Severity::Warning,
        }
    }

    /// Whether this is an error (not a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// Whether this problem sits at `path` or inside it (`holdings[1]` covers
    /// `holdings[1].percent`), so the editor can show it next to that field.
    pub fn is_at(&self, path: &str) -> bool {
        self.path == path
            || (self.path.starts_with(path)
                && matches!(self.path.as_bytes().get(path.len()), Some(b'.' | b'[')))
    }

    /// Whether [`Problem::is_at`] holds for any of `paths`, looking up each field or item that
    /// holds this problem's path (a few look-ups) instead of comparing with every path: a file
    /// with thousands of unreadable rows and thousands of other problems stays linear.
    pub fn is_at_any(&self, paths: &HashSet<&str>) -> bool {
        let p = &self.path;
        p.char_indices()
            .filter(|&(_, c)| c == '.' || c == '[')
            .map(|(i, _)| &p[..i])
            .chain([p.as_str()])
            .any(|holder| paths.contains(holder))
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

/// Quotes user text for a message, shortened so one bad value cannot flood the screen.
pub fn quote(text: &str) -> String {
    const MAX: usize = 60;
    let mut out: String = text.chars().take(MAX).collect();
    if text.chars().count() > MAX {
        out.push('…');
    }
    format!("\"{out}\"")
}

/// Formats a number the way messages show it: no trailing zeros.
pub fn show(x: f64) -> String {
    if x.is_nan() {
        return "not a number".to_string();
    }
    if x.fract() == 0.0 && x.abs() < 1e15 {
        return format!("{}", x as i64);
    }
    let s = format!("{x:.6}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Formats a count with thousands separators: 519506 → "519,506".
pub fn grouped(x: f64) -> String {
    let whole = format!("{:.0}", x.abs());
    let mut out = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if x < 0.0 { format!("-{out}") } else { out }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn is_at_any_agrees_with_is_at_on_every_path() {
        let paths = [
            "",
            "holdings",
            "holdings[1]",
            "holdings[1].percent",
            "holdings[10]",
            "holdings[1].perc",
            "entities[0].name",
            "settings.cost",
            ".odd",
            "[0]",
        ];
        for held in paths {
            let p = Problem::error(held, "x");
            for k in 0..1u32 << paths.len() {
                let set: HashSet<&str> = (0..paths.len())
                    .filter(|i| k >> i & 1 == 1)
                    .map(|i| paths[i])
                    .collect();
                let slow = set.iter().any(|u| p.is_at(u));
                assert_eq!(p.is_at_any(&set), slow, "{held} in {set:?}");
            }
        }
    }

    #[test]
    fn is_at_matches_the_field_and_what_is_inside_it_only() {
        let p = Problem::error("holdings[1].percent", "x");
        assert!(p.is_at("holdings[1].percent"));
        assert!(p.is_at("holdings[1]"));
        assert!(!p.is_at("holdings[10]"));
        assert!(!p.is_at("holdings[1].perc"));
    }

    #[test]
    fn quote_cuts_long_text_and_show_trims_zeros() {
        assert_eq!(quote(&"a".repeat(100)).chars().count(), 63);
        assert_eq!(show(64.5), "64.5");
        assert_eq!(show(300.0), "300");
        assert_eq!(show(1.0 / 3.0), "0.333333");
        assert_eq!(show(f64::NAN), "not a number");
    }

    #[test]
    fn groups_thousands() {
        assert_eq!(grouped(519506.0), "519,506");
        assert_eq!(grouped(999.0), "999");
        assert_eq!(grouped(1000.0), "1,000");
        assert_eq!(grouped(-1234567.0), "-1,234,567");
        assert_eq!(grouped(0.0), "0");
    }
}
