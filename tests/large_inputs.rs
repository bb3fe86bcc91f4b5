//! Large inputs through every reader: a 10 MB scenario file, a link at the 1 MiB limit, and
//! long ownership chains and many small loops, which once overflowed the stack or took
//! quadratic time in validation.
#![cfg(not(target_arch = "wasm32"))]

use exposure::codec::link;
use exposure::model::{self, Entity, Holding, Scenario};

/// A chain e0 → e1 → … of `n` entities, each holding half of the next.
fn chain(n: usize, note: &str) -> Scenario {
    let mut s = Scenario::default();
    for i in 0..n {
        let mut e = Entity::new(&format!("e{i}"), &format!("Entity {i}"));
        e.description = note.to_string();
        s.entities.push(e);
    }
    for i in 1..n {
        s.holdings
            .push(Holding::new(&format!("e{}", i - 1), &format!("e{i}"), 50.0));
    }
    s
}

#[test]
fn a_ten_megabyte_file_with_a_60000_long_chain_is_read() {
    let s = chain(60_000, &"x".repeat(100));
    let json = model::to_json(&s);
    assert!(json.len() > 10 << 20, "{}", json.len());
    let parsed = model::parse_scenario(&json).unwrap();
    assert_eq!(parsed.scenario.entities.len(), 60_000);
}

#[test]
fn thousands_of_closed_loops_are_each_reported() {
    let mut s = Scenario::default();
    for i in 0..5_000 {
        s.entities.push(Entity::new(&format!("a{i}"), "A"));
        s.entities.push(Entity::new(&format!("b{i}"), "B"));
        s.holdings
            .push(Holding::new(&format!("a{i}"), &format!("b{i}"), 100.0));
        s.holdings
            .push(Holding::new(&format!("b{i}"), &format!("a{i}"), 100.0));
    }
    let errors = model::errors(&s);
    assert_eq!(
        errors
            .iter()
            .filter(|p| p.message.contains("closed ownership loop"))
            .count(),
        5_000
    );
    assert_eq!(errors[0].path, "holdings[0]");
}

#[test]
fn a_link_near_the_one_mebibyte_limit_round_trips_and_one_past_it_is_refused() {
    let s = chain(12_000, "");
    let l = link::encode(&s).unwrap();
    assert_eq!(link::decode(&l).unwrap().scenario, s);
    let too_big = chain(20_000, &"y".repeat(40));
    let p = link::encode(&too_big).unwrap_err();
    assert!(p.message.contains("too large for a link"), "{p}");
}

#[test]
fn a_bods_file_of_50000_unnamed_parties_gets_ids_in_linear_time() {
    let statements: Vec<String> = (0..50_000)
        .map(|i| {
            format!(
                r#"{{"recordId": "GB-{i}", "recordType": "entity", "recordDetails": {{"name": "株式会社"}}}}"#
            )
        })
        .collect();
    let file = format!("[{}]", statements.join(","));
    let s = exposure::codec::bods::import(file.as_bytes())
        .unwrap()
        .scenario;
    assert_eq!(s.entities.len(), 50_000);
    assert_eq!(s.entities[49_999].id, "e-50000");
}

#[test]
fn forty_thousand_problems_beside_twenty_thousand_unreadable_fields_are_all_listed() {
    // Each holding has a percent that cannot be read and a holder nobody defined. Validation
    // problems were once compared with every unreadable field (20,000², seconds in the browser,
    // a fuzzer timeout); they are looked up now.
    let n = 20_000;
    let holdings: Vec<String> = (0..n)
        .map(|i| format!(r#"{{"holder": "nobody{i}", "held": "e0", "percent": "abc"}}"#))
        .collect();
    let json = format!(
        r#"{{"format": "exposure-scenario", "version": 1, "entities": [{{"id": "e0", "name": "E"}}], "holdings": [{}]}}"#,
        holdings.join(",")
    );
    let problems = model::parse_scenario(&json).unwrap_err();
    for i in [0, n / 2, n - 1] {
        for field in ["holder", "percent"] {
            let at = format!("holdings[{i}].{field}");
            assert!(problems.iter().any(|p| p.path == at), "nothing at {at}");
        }
    }
    assert!(problems.len() >= 2 * n, "{}", problems.len());
}
