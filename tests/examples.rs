//! The built-in examples: each one validates without a problem, says what is assumed, and has
//! the shape its menu entry promises (cross-holdings form cycles; the vendor chain is three
//! tiers deep behind the client, with shared infrastructure and EU data).
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeSet, HashMap};

use exposure::model::countries::EEA;
use exposure::model::{Scenario, examples, parse_scenario, validate};

fn example(id: &str) -> Scenario {
    examples::example(id).unwrap_or_else(|| panic!("example {id} is missing or invalid"))
}

#[test]
fn every_example_validates_without_warnings_and_names_its_assumptions() {
    let mut ids = BTreeSet::new();
    for e in examples::EXAMPLES {
        assert!(ids.insert(e.id), "example id {} twice", e.id);
        let parsed = parse_scenario(e.json).unwrap_or_else(|p| panic!("{}: {p:?}", e.id));
        assert!(
            parsed.warnings.is_empty(),
            "{}: {:?}",
            e.id,
            parsed.warnings
        );
        assert!(validate(&parsed.scenario).is_empty(), "{}", e.id);
        let s = &parsed.scenario;
        assert!(!s.title.is_empty(), "{} has a title", e.id);
        assert!(
            s.description.contains("Assumption") || s.description.contains("Sources"),
            "{} says what is assumed or sourced",
            e.id
        );
        assert!(!s.threats.is_empty() && !s.data.is_empty() && !s.links.is_empty());
    }
    assert_eq!(
        examples::EXAMPLES[0].id,
        "ly-corp",
        "the default comes first"
    );
    assert!(examples::EXAMPLES.len() >= 3);
}

/// Whether the holdings graph has a cycle (Kahn's algorithm leaves nodes behind).
fn has_ownership_cycle(s: &Scenario) -> bool {
    let mut indegree: HashMap<&str, usize> =
        s.entities.iter().map(|e| (e.id.as_str(), 0)).collect();
    for h in &s.holdings {
        *indegree.get_mut(h.target.as_str()).unwrap() += 1;
    }
    let mut ready: Vec<&str> = indegree
        .iter()
        .filter(|(_, d)| **d == 0)
        .map(|(k, _)| *k)
        .collect();
    let mut seen = 0;
    while let Some(n) = ready.pop() {
        seen += 1;
        for h in s.holdings.iter().filter(|h| h.holder == n) {
            let d = indegree.get_mut(h.target.as_str()).unwrap();
            *d -= 1;
            if *d == 0 {
                ready.push(h.target.as_str());
            }
        }
    }
    seen < s.entities.len()
}

#[test]
fn the_cross_holdings_group_owns_itself_in_cycles_with_outside_float() {
    let s = example("cross-holdings");
    assert!(has_ownership_cycle(&s));
    // A holds B and B holds A for at least one pair.
    let mutual = s.holdings.iter().any(|h| {
        s.holdings
            .iter()
            .any(|g| g.holder == h.target && g.target == h.holder)
    });
    assert!(mutual);
    assert!(s.holdings.iter().any(|h| h.range.is_some()));
    assert!(s.holdings.iter().any(|h| h.votes_percent.is_some()));
    assert!(!s.control_rights.is_empty());
}

#[test]
fn the_vendor_chain_reaches_fourth_parties_three_tiers_behind_the_client() {
    let s = example("vendor-chain");
    // Tier by breadth-first search from the retailer over vendor links.
    let mut tier: HashMap<&str, usize> = HashMap::from([("northwind-retail", 0)]);
    let mut frontier = vec!["northwind-retail"];
    while !frontier.is_empty() {
        let mut next = Vec::new();
        for c in frontier {
            for l in s.links.iter().filter(|l| l.client == c) {
                if !tier.contains_key(l.vendor.as_str()) {
                    tier.insert(l.vendor.as_str(), tier[c] + 1);
                    next.push(l.vendor.as_str());
                }
            }
        }
        frontier = next;
    }
    assert_eq!(tier.values().max(), Some(&3), "{tier:?}");
    let shared: BTreeSet<&str> = s
        .links
        .iter()
        .flat_map(|l| l.shared.iter().map(|x| exposure::model::Named::word(*x)))
        .collect();
    assert!(shared.contains("hosting") && shared.contains("authentication"));
    let countries: BTreeSet<&str> = s
        .data
        .iter()
        .flat_map(|d| d.by_country.keys().map(String::as_str))
        .collect();
    assert!(countries.iter().filter(|c| EEA.contains(c)).count() >= 3);
}
