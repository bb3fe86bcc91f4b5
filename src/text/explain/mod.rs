//! Sentences about results, built from the engine's structured figures and the catalogue (never
//! English assembled in components): entity names instead of ids, numbers written once, lists
//! joined the language's way. Pure, so every sentence is tested natively.
//!
//! - [`Words`]: names, lists and numbers in one language for one scenario;
//! - [`control`]: the control panel's answer, rows, wedge, power and lens sentences;
//! - [`flags`]: inverted supervision in plain words;
//! - [`breach`]: the breach answers, exposure and loss sentences, duties and notes.

pub mod breach;
pub mod control;
pub mod flags;

use super::{Key, Lang, fill, text};
use crate::charts::format::{NumberFormat, units_en, units_ja};
use crate::model::Scenario;
use crate::model::date::Date;
use crate::model::problem::{grouped, show};

/// How money in `currency` is written in charts and sentences, compact, as
/// `Intl.NumberFormat` writes it for the language (CLDR's symbols): the currency's sign where
/// it has a well-known one ($1.2M; in Japanese $1570万 and ￥1.56億 with 万/億/兆), else its
/// code (CHF 1.2M). A browser test checks these against `Intl` itself.
pub fn money_format(currency: &str, lang: Lang) -> NumberFormat {
    let sign = match (currency, lang) {
        ("USD", _) => "$",
        ("EUR", _) => "€",
        ("GBP", _) => "£",
        ("JPY", Lang::Ja) => "￥",
        ("JPY", Lang::En) => "¥",
        ("KRW", _) => "₩",
        ("INR", _) => "₹",
        ("AUD", _) => "A$",
        ("CAD", _) => "CA$",
        ("HKD", _) => "HK$",
        ("TWD", _) => "NT$",
        ("CNY", Lang::En) => "CN¥",
        ("CNY", Lang::Ja) => "元 ",
        _ => "",
    };
    let prefix = if sign.is_empty() {
        format!("{currency} ")
    } else {
        sign.to_string()
    };
    NumberFormat {
        prefix,
        ..compact_format(lang)
    }
}

/// Compact counts: 520K in English, 52万 in Japanese.
pub fn compact_format(lang: Lang) -> NumberFormat {
    NumberFormat {
        units: match lang {
            Lang::En => units_en(),
            Lang::Ja => units_ja(),
        },
        ..NumberFormat::plain()
    }
}

/// Words about one scenario's results in one language.
#[derive(Clone, Copy)]
pub struct Words<'a> {
    pub lang: Lang,
    pub scenario: &'a Scenario,
}

impl<'a> Words<'a> {
    pub fn new(lang: Lang, scenario: &'a Scenario) -> Words<'a> {
        Words { lang, scenario }
    }

    /// The catalogue text of `key`.
    pub fn t(&self, key: Key) -> &'static str {
        text(self.lang, key)
    }

    /// The catalogue text of `key` with its placeholders filled. A sentence that ends on a
    /// name ending in a full stop ("LY Corp.") keeps one full stop.
    pub fn f(&self, key: Key, args: &[&str]) -> String {
        let mut out = fill(self.t(key), args);
        if out.ends_with("..") && !out.ends_with("...") {
            out.pop();
        }
        out
    }

    /// The display name of an entity id; `float:E` is E's unrecorded shares.
    pub fn name(&self, id: &str) -> String {
        match id.strip_prefix("float:") {
            Some(e) => self.f(Key::FloatOf, &[self.scenario.name_of(e)]),
            None => self.scenario.name_of(id).to_string(),
        }
    }

    /// Names of ids as a list: "A", "A and B", "A, B and C".
    pub fn names(&self, ids: &[String]) -> String {
        let names: Vec<String> = ids.iter().map(|i| self.name(i)).collect();
        self.list(&names)
    }

    /// Items joined as a list: "A", "A and B", "A, B and C".
    pub fn list(&self, items: &[String]) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [head @ .., last] => {
                let head = head.join(self.t(Key::ListSep));
                self.f(Key::ListTwo, &[&head, last])
            }
        }
    }

    /// Names along a chain: "A → B → C".
    pub fn chain(&self, ids: &[String]) -> String {
        let names: Vec<String> = ids.iter().map(|i| self.name(i)).collect();
        names.join(" → ")
    }

    /// A percent already in percent: 64.5 → "64.5 %".
    pub fn pct(&self, x: f64) -> String {
        self.f(Key::Percent, &[&show(round2(x))])
    }

    /// A fraction as percent: 0.5 → "50 %".
    pub fn share(&self, x: f64) -> String {
        self.pct(x * 100.0)
    }

    /// Money in the scenario's currency, compact: $15.7M.
    pub fn money(&self, x: f64) -> String {
        self.money_format().format(x)
    }

    /// The money format of the scenario's currency in this language.
    pub fn money_format(&self) -> NumberFormat {
        money_format(&self.scenario.currency, self.lang)
    }

    /// Compact counts in this language.
    pub fn compact(&self) -> NumberFormat {
        compact_format(self.lang)
    }

    /// Fractions as percent: 32.3%, as `Intl` writes percentages in English and Japanese alike.
    pub fn percent_format(&self) -> NumberFormat {
        NumberFormat::percent()
    }

    /// An ISO date (2023-10-20) as `Intl.DateTimeFormat` writes it in the long style:
    /// October 20, 2023 in English, 2023年10月20日 in Japanese. Anything else is returned as
    /// it is.
    pub fn date(&self, iso: &str) -> String {
        const MONTHS: [&str; 12] = [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ];
        // The model's date reader, so only real dates (no 2023-02-30) are rewritten.
        let Ok(Date { year, month, day }) = Date::parse(iso) else {
            return iso.to_string();
        };
        match self.lang {
            Lang::En => format!("{} {day}, {year}", MONTHS[month as usize - 1]),
            Lang::Ja => format!("{year}年{month}月{day}日"),
        }
    }

    /// A count, whole, with separators: 310,041.
    pub fn count(&self, x: f64) -> String {
        grouped(x.round())
    }

    /// A rate or other plain number, at most three decimals: 0.3.
    pub fn number(&self, x: f64) -> String {
        show((x * 1000.0).round() / 1000.0)
    }

    /// A probability with four decimals at most: 0.5968.
    pub fn prob(&self, p: f64) -> String {
        show((p * 1e4).round() / 1e4)
    }

    /// The display name of a data category id (its name, else the id).
    pub fn category(&self, id: &str) -> String {
        self.scenario
            .data
            .iter()
            .find(|d| d.id == id)
            .filter(|d| !d.name.is_empty())
            .map_or_else(|| id.to_string(), |d| d.name.clone())
    }

    /// Sentences one after another: separated by a space in English, run together in
    /// Japanese (whose full stop needs none).
    pub fn sentences(&self, parts: &[String]) -> String {
        let sep = match self.lang {
            Lang::En => " ",
            Lang::Ja => "",
        };
        parts
            .iter()
            .filter(|p| !p.is_empty())
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(sep)
    }

    /// " through A and B" when `ids` is not empty (the catalogue's own spacing), else "".
    pub fn through(&self, ids: &[String]) -> String {
        if ids.is_empty() {
            String::new()
        } else {
            self.f(Key::ThroughPart, &[&self.names(ids)])
        }
    }
}

/// Rounds to two decimals (sentences; the tables keep every digit).
fn round2(x: f64) -> f64 {
    if x.is_finite() {
        (x * 100.0).round() / 100.0
    } else {
        x
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::examples::default_scenario;

    #[test]
    fn names_lists_and_numbers() {
        let s = default_scenario();
        let w = Words::new(Lang::En, &s);
        assert_eq!(w.name("naver"), "NAVER Corp.");
        assert_eq!(w.name("float:ly"), "unrecorded shares of LY Corp.");
        assert_eq!(w.name("nobody"), "nobody");
        let ids = |v: &[&str]| v.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(w.names(&ids(&["naver"])), "NAVER Corp.");
        assert_eq!(
            w.names(&ids(&["naver", "softbank"])),
            "NAVER Corp. and SoftBank Corp."
        );
        assert_eq!(
            w.names(&ids(&["naver", "softbank", "ly"])),
            "NAVER Corp., SoftBank Corp. and LY Corp."
        );
        assert_eq!(
            w.chain(&ids(&["a-holdings", "ly"])),
            "A Holdings Corp. → LY Corp."
        );
        assert_eq!(w.pct(64.5), "64.5%");
        assert_eq!(w.pct(33.333333333), "33.33%");
        assert_eq!(w.share(0.5), "50%");
        assert_eq!(w.through(&[]), "");
        assert_eq!(
            w.through(&ids(&["a-holdings"])),
            " through A Holdings Corp."
        );
    }
}
