//! Civil dates ("YYYY-MM-DD", proleptic Gregorian) as day numbers, for the detection date of a
//! breach and the deadlines counted from it. A few lines of integer arithmetic instead of a date
//! crate: no time zones are involved and the result must be the same natively and in wasm.

/// A calendar date, checked to exist (30 February does not).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// Earliest and latest years accepted: wide enough for any breach, narrow enough that a typo
/// such as 20233-10-17 is caught.
pub const YEARS: (i32, i32) = (1900, 2999);

fn leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap(y) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// Reads exactly `YYYY-MM-DD`; `Err` says what is wrong in plain words.
    pub fn parse(text: &str) -> Result<Date, String> {
        let b = text.as_bytes();
        let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) {
            return Err("is not a date written YYYY-MM-DD (such as 2023-10-17)".into());
        }
        if !digits(8..10) {
            return Err("is not a date written YYYY-MM-DD (such as 2023-10-17)".into());
        }
        let num =
            |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |n, c| n * 10 + u32::from(c - b'0'));
        let (year, month, day) = (num(0..4) as i32, num(5..7), num(8..10));
        if !(YEARS.0..=YEARS.1).contains(&year) {
            return Err(format!("year {year} is outside {}–{}", YEARS.0, YEARS.1));
        }
        if !(1..=12).contains(&month) {
            return Err(format!("month {month} does not exist"));
        }
        if day == 0 || day > days_in_month(year, month) {
            return Err(format!("{year}-{month:02} has no day {day}"));
        }
        Ok(Date { year, month, day })
    }

    /// Days since 1970-01-01 (negative before it).
    pub fn days(self) -> i64 {
        // Count from 1 March so the leap day ends a year; eras of 400 years repeat exactly.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01 (the inverse of [`Date::days`]).
    pub fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    /// The date `n` days later (earlier when negative).
    pub fn plus_days(self, n: i64) -> Date {
        Date::from_days(self.days() + n)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_day_numbers() {
        assert_eq!(Date::parse("1970-01-01").unwrap().days(), 0);
        assert_eq!(Date::parse("2000-03-01").unwrap().days(), 11_017);
        assert_eq!(Date::parse("2023-10-17").unwrap().days(), 19_647);
        assert_eq!(Date::parse("1900-01-01").unwrap().days(), -25_567);
    }

    #[test]
    fn adding_days_crosses_months_years_and_leap_days() {
        let d = Date::parse("2023-10-17").unwrap();
        assert_eq!(d.plus_days(3).to_string(), "2023-10-20");
        assert_eq!(d.plus_days(60).to_string(), "2023-12-16");
        assert_eq!(d.plus_days(76).to_string(), "2024-01-01");
        let leap = Date::parse("2024-02-28").unwrap();
        assert_eq!(leap.plus_days(1).to_string(), "2024-02-29");
        assert_eq!(leap.plus_days(2).to_string(), "2024-03-01");
        let plain = Date::parse("2100-02-28").unwrap();
        assert_eq!(plain.plus_days(1).to_string(), "2100-03-01");
    }

    #[test]
    fn every_day_of_the_range_round_trips() {
        let first = Date::parse("1900-01-01").unwrap().days();
        let last = Date::parse("2999-12-31").unwrap().days();
        let mut prev = Date::from_days(first - 1);
        for n in first..=last {
            let d = Date::from_days(n);
            assert_eq!(d.days(), n);
            assert!(d > prev);
            assert_eq!(Date::parse(&d.to_string()), Ok(d));
            prev = d;
        }
    }

    #[test]
    fn bad_dates_say_what_is_wrong() {
        for (text, says) in [
            ("2023-02-29", "no day 29"),
            ("2024-13-01", "month 13"),
            ("17/10/2023", "YYYY-MM-DD"),
            ("2023-10-17T00:00", "YYYY-MM-DD"),
            ("2023-1-17", "YYYY-MM-DD"),
            ("1800-01-01", "outside"),
            ("", "YYYY-MM-DD"),
            ("２０２３-10-17", "YYYY-MM-DD"),
        ] {
            let e = Date::parse(text).unwrap_err();
            assert!(e.contains(says), "{text}: {e}");
        }
    }
}
