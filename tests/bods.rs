//! BODS 0.4 import and export: a register file read into entities, holdings with bands and
//! control rights; 0.3 statements; tolerance with warnings; export then import gives back the
//! ownership of any valid scenario.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use exposure::codec::bods;
use exposure::model::{ControlKind, EntityKind, Problem, Scenario, examples};
use proptest::prelude::*;

fn fixture(name: &str) -> Vec<u8> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/bods");
    std::fs::read(dir.join(name)).unwrap()
}

fn warned(ws: &[Problem], path: &str, words: &str) -> bool {
    ws.iter()
        .any(|w| !w.is_error() && w.path == path && w.message.contains(words))
}

#[test]
fn a_0_4_register_becomes_entities_holdings_and_control_rights() {
    let p = bods::import(&fixture("register-0.4.json")).unwrap();
    let s = &p.scenario;
    let ids: Vec<&str> = s.entities.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["c-alpha", "beta-holdings-ltd", "p-hanako", "state-x"]);
    assert_eq!(s.entities[1].country.as_deref(), Some("GB"));
    assert_eq!(s.entities[2].kind, EntityKind::Person);
    assert_eq!(s.entities[2].name, "Yamada Hanako");
    assert_eq!(s.entities[3].kind, EntityKind::State);
    assert_eq!(s.holdings.len(), 2);
    let beta = &s.holdings[0];
    assert_eq!(
        (beta.holder.as_str(), beta.target.as_str()),
        ("beta-holdings-ltd", "c-alpha")
    );
    assert_eq!(
        (beta.percent, beta.range, beta.votes_percent),
        (62.5, Some([50.0, 75.0]), Some(60.0))
    );
    let hanako = &s.holdings[1];
    assert_eq!((hanako.percent, hanako.range), (30.0, Some([25.0, 50.0])));
    let rights: Vec<(&str, ControlKind)> = s
        .control_rights
        .iter()
        .map(|c| (c.holder.as_str(), c.kind))
        .collect();
    assert_eq!(
        rights,
        [
            ("beta-holdings-ltd", ControlKind::BoardMajority),
            ("state-x", ControlKind::Veto)
        ]
    );
    let w = &p.warnings;
    assert!(
        warned(
            w,
            "statements[5].recordDetails.interests[1]",
            "seniorManagingOfficial"
        ),
        "{w:?}"
    );
    assert!(
        warned(w, "statements[6].recordDetails.interests[1]", "indirect"),
        "{w:?}"
    );
    assert!(
        warned(w, "statements[6].recordDetails.interests[2]", "ended"),
        "{w:?}"
    );
    assert!(warned(w, "statements[7]", "unspecified"), "{w:?}");
    assert!(
        warned(w, "statements[8]", "\"annotation\" is not read"),
        "{w:?}"
    );
}

#[test]
fn a_0_3_register_is_read_too() {
    let s = bods::import(&fixture("register-0.3.json"))
        .unwrap()
        .scenario;
    assert_eq!(s.entities[0].country.as_deref(), Some("DE"));
    assert_eq!(s.entities[1].name, "Erika Mustermann");
    assert_eq!(s.entities[1].kind, EntityKind::Person);
    assert_eq!(
        (s.holdings[0].percent, s.holdings[0].range),
        (37.5, Some([25.0, 50.0]))
    );
    let kinds: Vec<ControlKind> = s.control_rights.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [ControlKind::BoardMajority, ControlKind::Agreement]);
}

#[test]
fn later_statements_replace_earlier_ones_and_closed_records_go() {
    let file = r#"[
      {"recordId": "a", "recordType": "entity", "recordDetails": {"name": "Old name"}},
      {"recordId": "b", "recordType": "entity", "recordDetails": {"name": "B"}},
      {"recordId": "a", "recordType": "entity", "recordDetails": {"name": "New name"}},
      {"recordId": "b", "recordType": "entity", "recordStatus": "closed", "recordDetails": {}}
    ]"#;
    let s = bods::import(file.as_bytes()).unwrap().scenario;
    let names: Vec<&str> = s.entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["New name"]);
}

#[test]
fn json_lines_and_a_statements_object_are_accepted() {
    let lines = "{\"recordId\": \"a\", \"recordType\": \"entity\", \"recordDetails\": {\"name\": \"A\"}}\n\
                 {\"recordId\": \"b\", \"recordType\": \"person\", \"recordDetails\": {\"names\": [{\"fullName\": \"B\"}]}}\n";
    assert_eq!(
        bods::import(lines.as_bytes())
            .unwrap()
            .scenario
            .entities
            .len(),
        2
    );
    let obj = r#"{"statements": [{"recordId": "a", "recordType": "entity", "recordDetails": {"name": "A"}}]}"#;
    assert_eq!(
        bods::import(obj.as_bytes())
            .unwrap()
            .scenario
            .entities
            .len(),
        1
    );
}

#[test]
fn unusable_input_is_refused_with_a_reason() {
    let e = bods::import(b"hello").unwrap_err();
    assert!(e[0].message.contains("not BODS"), "{e:?}");
    let e = bods::import(b"42").unwrap_err();
    assert!(e[0].message.contains("list of statements"), "{e:?}");
    let e = bods::import(&[0x8a, 0x94]).unwrap_err();
    assert!(e[0].message.contains("UTF-8"), "{e:?}");
}

#[test]
fn a_register_that_breaks_a_rule_names_the_statement() {
    let file = r#"[
      {"recordId": "a", "recordType": "entity", "recordDetails": {"name": "A"}},
      {"recordId": "b", "recordType": "entity", "recordDetails": {"name": "B"}},
      {"recordId": "c", "recordType": "entity", "recordDetails": {"name": "C"}},
      {"recordId": "r1", "recordType": "relationship", "recordDetails": {"subject": "a", "interestedParty": "b",
        "interests": [{"type": "shareholding", "share": {"exact": 70}}]}},
      {"recordId": "r2", "recordType": "relationship", "recordDetails": {"subject": "a", "interestedParty": "c",
        "interests": [{"type": "shareholding", "share": {"exact": 40}}]}}
    ]"#;
    let e = bods::import(file.as_bytes()).unwrap_err();
    assert!(
        e.iter()
            .any(|p| p.path == "holdings[1].percent" && p.message.contains("(from statements[4])")),
        "{e:?}"
    );
    let (s, _) = bods::to_scenario(file.as_bytes()).unwrap();
    assert_eq!(
        s.holdings.len(),
        2,
        "the unvalidated scenario is still there to edit"
    );
}

#[test]
fn export_is_dated_deterministic_and_says_what_it_leaves_out() {
    let s = examples::default_scenario();
    let a = bods::export(&s, "2024-03-05").unwrap();
    assert_eq!(a, bods::export(&s, "2024-03-05").unwrap());
    assert!(a.json.contains("\"bodsVersion\": \"0.4\""));
    assert!(a.json.contains("\"statementDate\": \"2024-03-05\""));
    assert!(
        a.warnings[0].message.contains("links, data, threats"),
        "{:?}",
        a.warnings
    );
    assert!(bods::export(&s, "5 March").is_err());
}

/// What BODS carries of a scenario: entities (id, name, kind, country), holdings, rights.
fn ownership(s: &Scenario) -> Scenario {
    let mut o = Scenario {
        title: "Imported from BODS".into(),
        ..Scenario::default()
    };
    o.entities = s
        .entities
        .iter()
        .map(|e| {
            let mut x = exposure::model::Entity::new(&e.id, &e.name);
            x.kind = e.kind;
            x.country = e.country.clone();
            x
        })
        .collect();
    o.holdings = s
        .holdings
        .iter()
        .map(|h| {
            let mut x = h.clone();
            x.description.clear();
            x
        })
        .collect();
    let mut rights: Vec<_> = s
        .control_rights
        .iter()
        .map(|c| {
            let mut x = c.clone();
            x.description.clear();
            x
        })
        .collect();
    rights.sort_by(|a, b| (&a.holder, &a.target, a.kind).cmp(&(&b.holder, &b.target, b.kind)));
    o.control_rights = rights;
    o
}

#[test]
fn the_ly_case_survives_export_then_import() {
    let s = examples::default_scenario();
    let out = bods::export(&s, "2024-03-05").unwrap();
    let back = bods::import(out.json.as_bytes()).unwrap().scenario;
    assert_eq!(ownership(&back), ownership(&s));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(100))]

    #[test]
    fn export_then_import_keeps_the_ownership(s in common::scenario_strategy::scenario()) {
        let out = bods::export(&s, "2024-01-31").unwrap();
        let back = bods::import(out.json.as_bytes());
        prop_assert!(back.is_ok(), "{:?}", back.err());
        prop_assert_eq!(ownership(&back.unwrap().scenario), ownership(&s));
    }

    #[test]
    fn import_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
        let _ = bods::import(&bytes);
    }

    #[test]
    fn import_never_panics_on_statement_like_json(
        kinds in proptest::collection::vec(prop_oneof![Just("entity"), Just("person"), Just("relationship"), Just("x")], 0..6),
        shares in proptest::collection::vec((-10.0f64..200.0, any::<bool>()), 0..6),
    ) {
        let mut st = Vec::new();
        for (i, k) in kinds.iter().enumerate() {
            let (x, exact) = shares.get(i).copied().unwrap_or((1.0, true));
            let share = if exact { format!("{{\"exact\": {x}}}") } else { format!("{{\"minimum\": {x}}}") };
            st.push(format!(
                r#"{{"recordId": "r{i}", "recordType": "{k}", "recordDetails": {{"name": "N", "subject": "r0",
                   "interestedParty": "r{}", "interests": [{{"type": "shareholding", "share": {share}}}]}}}}"#,
                (i + 1) % kinds.len().max(1)
            ));
        }
        let _ = bods::import(format!("[{}]", st.join(",")).as_bytes());
    }
}
