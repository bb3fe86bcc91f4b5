//! The example scenarios built into the app and the command: the LY Corp. case opens by default.

use super::parse::parse_scenario;
use super::types::Scenario;

/// The LY Corp. (LINE) 2023 leak, as `ly-case.md` tables it.
pub const LY_CORP_JSON: &str = include_str!("../../scenarios/ly-corp.json");

/// The same case with its names and notes in Japanese (LINEヤフー, Aホールディングス, ソフトバンク…):
/// what the app opens with in Japanese. Ids and figures are those of [`LY_CORP_JSON`].
pub const LY_CORP_JA_JSON: &str = include_str!("../../scenarios/ly-corp.ja.json");

/// A keiretsu-style group holding shares of each other (cycles with outside float).
pub const CROSS_HOLDINGS_JSON: &str = include_str!("../../scenarios/cross-holdings.json");

/// A retailer, its vendors, their subcontractors and fourth parties behind them.
pub const VENDOR_CHAIN_JSON: &str = include_str!("../../scenarios/vendor-chain.json");

/// An example: its id (used in menus and tests) and its JSON (which carries its title).
pub struct Example {
    pub id: &'static str,
    pub json: &'static str,
}

/// Every built-in example, the default first.
pub const EXAMPLES: &[Example] = &[
    Example {
        id: "ly-corp",
        json: LY_CORP_JSON,
    },
    Example {
        id: "cross-holdings",
        json: CROSS_HOLDINGS_JSON,
    },
    Example {
        id: "vendor-chain",
        json: VENDOR_CHAIN_JSON,
    },
];

/// The scenario the app opens with. The file is checked by tests, so a failure here is a
/// build defect; an empty scenario keeps the page alive all the same.
pub fn default_scenario() -> Scenario {
    parse_scenario(LY_CORP_JSON)
        .map(|p| p.scenario)
        .unwrap_or_default()
}

/// A built-in example by id.
pub fn example(id: &str) -> Option<Scenario> {
    let e = EXAMPLES.iter().find(|e| e.id == id)?;
    parse_scenario(e.json).ok().map(|p| p.scenario)
}

/// A built-in example by id, with its names in Japanese where it has them (the LY case).
pub fn example_in(id: &str, japanese: bool) -> Option<Scenario> {
    match (id, japanese) {
        ("ly-corp", true) => parse_scenario(LY_CORP_JA_JSON).ok().map(|p| p.scenario),
        _ => example(id),
    }
}

/// The scenario the app opens with, in Japanese or English.
pub fn default_in(japanese: bool) -> Scenario {
    example_in("ly-corp", japanese).unwrap_or_default()
}

/// The id of the built-in example `s` is, unchanged, in either language.
pub fn which(s: &Scenario) -> Option<(&'static str, bool)> {
    EXAMPLES.iter().find_map(|e| {
        [false, true]
            .into_iter()
            .find(|ja| example_in(e.id, *ja).as_ref() == Some(s))
            .map(|ja| (e.id, ja))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Everything but the words: ids, kinds, countries, figures, links, settings.
    fn figures(mut s: Scenario) -> Scenario {
        s.title.clear();
        s.description.clear();
        s.entities.iter_mut().for_each(|e| e.name.clear());
        s.links.iter_mut().for_each(|l| l.service.clear());
        s.data.iter_mut().for_each(|d| {
            d.name.clear();
            d.description.clear();
        });
        s.threats.iter_mut().for_each(|t| {
            t.label.clear();
            t.description.clear();
        });
        s
    }

    #[test]
    fn the_japanese_ly_case_differs_only_in_its_words() {
        let (en, ja) = (default_in(false), default_in(true));
        assert_eq!(figures(en.clone()), figures(ja.clone()));
        assert_eq!(ja.name_of("ly"), "LINEヤフー");
        assert_eq!(ja.name_of("a-holdings"), "Aホールディングス");
        assert_eq!(ja.name_of("softbank"), "ソフトバンク");
        assert_eq!(ja.name_of("naver"), "NAVER");
        assert_ne!(en.name_of("ly"), ja.name_of("ly"));
        assert!(crate::model::errors(&ja).is_empty());
    }

    #[test]
    fn an_unchanged_example_is_recognised_in_either_language() {
        assert_eq!(which(&default_in(false)), Some(("ly-corp", false)));
        assert_eq!(which(&default_in(true)), Some(("ly-corp", true)));
        assert_eq!(
            which(&example("vendor-chain").unwrap()),
            Some(("vendor-chain", false))
        );
        let mut changed = default_in(true);
        changed.holdings[0].percent = 49.0;
        assert_eq!(which(&changed), None);
    }
}
