//! Identifiers for BODS: entity ids made from record ids or names, stable statement ids, and
//! dates.

use std::collections::{HashMap, HashSet};

use crate::model::validate::is_id;

/// The entity ids handed out so far, and for each stem the next number to try, so that a
/// file of 100,000 unnamed parties costs linear time, not quadratic.
#[derive(Default)]
pub struct Ids {
    used: HashSet<String>,
    next: HashMap<String, usize>,
}

impl Ids {
    /// An entity id for a record: its record id when that is a valid id, else one made from
    /// its name, else `e-1`, `e-2`…; never one already handed out.
    pub fn entity_id(&mut self, record_id: &str, name: &str) -> String {
        let slug = slug(name);
        let direct = [record_id, slug.as_str()]
            .into_iter()
            .find(|c| is_id(c) && !self.used.contains(*c))
            .map(str::to_string);
        let id = direct.unwrap_or_else(|| {
            let stem = if is_id(&slug) && slug.len() <= 48 {
                slug
            } else {
                "e".to_string()
            };
            let n = self.next.entry(stem.clone()).or_insert(1);
            // Each number is tried once per stem over the whole import.
            loop {
                let candidate = format!("{stem}-{n}");
                *n += 1;
                if !self.used.contains(&candidate) {
                    break candidate;
                }
            }
        });
        self.used.insert(id.clone());
        id
    }
}

/// `NAVER Corp.` → `naver-corp`: ASCII letters and digits, runs of anything else as one `-`.
fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
        if out.len() >= 48 {
            break;
        }
    }
    out.trim_end_matches('-').to_string()
}

/// FNV-1a (64-bit) of `bytes` from a given offset basis.
fn fnv1a(bytes: &[u8], basis: u64) -> u64 {
    bytes.iter().fold(basis, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// A statement id that depends only on `content`, shaped like a UUID (36 characters, within
/// BODS's 32–64): two FNV-1a hashes with different offset bases.
pub fn statement_id(content: &str) -> String {
    let a = fnv1a(content.as_bytes(), 0xcbf2_9ce4_8422_2325);
    let b = fnv1a(content.as_bytes(), 0x6c62_272e_07bb_0142);
    let h = format!("{a:016x}{b:016x}");
    format!(
        "{}-{}-{}-{}-{}",
        &h[..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// The date `days` after 1970-01-01 as YYYY-MM-DD (proleptic Gregorian calendar).
pub fn date_from_days(days: i64) -> String {
    // Civil-from-days over 400-year eras of 146,097 days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Whether `date` is written YYYY-MM-DD with a month 1–12 and a day 1–31.
pub fn is_date(date: &str) -> bool {
    let b = date.as_bytes();
    let digits = |r: std::ops::Range<usize>| {
        b.get(r.clone())
            .is_some_and(|s| s.iter().all(u8::is_ascii_digit))
    };
    let num = |r: std::ops::Range<usize>| date.get(r).and_then(|s| s.parse::<u32>().ok());
    b.len() == 10
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && num(5..7).is_some_and(|m| (1..=12).contains(&m))
        && num(8..10).is_some_and(|d| (1..=31).contains(&d))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_come_from_records_then_names_then_counters() {
        let mut ids = Ids::default();
        assert_eq!(ids.entity_id("63e3a8a8946f", "Company B"), "63e3a8a8946f");
        assert_eq!(ids.entity_id("GB-COH-123", "NAVER Corp."), "naver-corp");
        assert_eq!(ids.entity_id("GB-COH-124", "NAVER Corp."), "naver-corp-1");
        assert_eq!(ids.entity_id("naver-corp-2", "Other"), "naver-corp-2");
        assert_eq!(ids.entity_id("GB-COH-125", "NAVER Corp."), "naver-corp-3");
        assert_eq!(ids.entity_id("X", "株式会社"), "e-1");
        assert_eq!(ids.entity_id("Y", ""), "e-2");
        assert_eq!(ids.used.len(), 7);
    }

    #[test]
    fn dates_from_days_match_the_calendar() {
        assert_eq!(date_from_days(0), "1970-01-01");
        assert_eq!(date_from_days(19_647), "2023-10-17");
        assert_eq!(date_from_days(11_016), "2000-02-29");
        assert_eq!(date_from_days(-1), "1969-12-31");
        assert!(is_date("2023-10-17"));
        assert!(!is_date("2023-13-01") && !is_date("23-10-17") && !is_date("2023-10-1x"));
    }

    #[test]
    fn statement_ids_are_stable_uuid_shaped_and_content_dependent() {
        let a = statement_id("x");
        assert_eq!(a.len(), 36);
        assert_eq!(a, statement_id("x"));
        assert_ne!(a, statement_id("y"));
    }
}
