//! The example scenarios built into the app and the command: the LY Corp. case opens by default.

use super::parse::parse_scenario;
use super::types::Scenario;

/// The LY Corp. (LINE) 2023 leak, as `ly-case.md` tables it.
pub const LY_CORP_JSON: &str = include_str!("../../scenarios/ly-corp.json");

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
