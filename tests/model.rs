//! The scenario model against the spec: the LY file, reading, and every validation rule with a
//! case that breaks it (problem at the right path) and one just inside it (no problem there).
#![cfg(not(target_arch = "wasm32"))]

use exposure::model::{self, Problem, Scenario, examples, parse_scenario, parse_value};
use serde_json::{Value, json};

fn ly() -> Value {
    serde_json::from_str(examples::LY_CORP_JSON).unwrap()
}

/// Problems of LY after `edit`, or none when it parses.
fn problems_after(edit: impl FnOnce(&mut Value)) -> Vec<Problem> {
    let mut v = ly();
    edit(&mut v);
    match parse_value(&v) {
        Ok(p) => p.warnings,
        Err(p) => p,
    }
}

fn assert_problem(problems: &[Problem], path: &str, fragment: &str) {
    assert!(
        problems
            .iter()
            .any(|p| p.path == path && p.message.contains(fragment)),
        "expected a problem at {path} containing {fragment:?}, got:\n{}",
        problems
            .iter()
            .map(|p| p.to_string())
            .collect::<Vec<_>>()
            .join("\n")
    );
}

fn assert_clean(problems: &[Problem]) {
    let errors: Vec<_> = problems.iter().filter(|p| p.is_error()).collect();
    assert!(errors.is_empty(), "unexpected errors: {errors:?}");
}

#[test]
fn the_ly_file_is_valid_and_as_the_case_tables_it() {
    let parsed = parse_scenario(examples::LY_CORP_JSON).expect("LY parses");
    assert!(parsed.warnings.is_empty(), "{:?}", parsed.warnings);
    let s = parsed.scenario;
    assert_eq!(s.title, "LY Corp. 2023 leak");
    let ids: Vec<&str> = s.entities.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "naver",
            "softbank",
            "a-holdings",
            "ly",
            "naver-cloud",
            "contractor",
            "line-dt-shanghai"
        ]
    );
    assert_eq!(s.entity("naver").unwrap().country.as_deref(), Some("KR"));
    assert_eq!(
        s.entity("line-dt-shanghai").unwrap().country.as_deref(),
        Some("CN")
    );
    let held = |h: &str, t: &str| {
        s.holdings
            .iter()
            .find(|x| x.holder == h && x.target == t)
            .map(|x| x.percent)
    };
    assert_eq!(held("naver", "a-holdings"), Some(50.0));
    assert_eq!(held("softbank", "a-holdings"), Some(50.0));
    assert_eq!(held("a-holdings", "ly"), Some(64.5));
    assert_eq!(held("naver", "naver-cloud"), Some(100.0));
    assert_eq!(held("ly", "line-dt-shanghai"), Some(100.0));
    assert_eq!(s.total_records(), 519_506.0);
    let records = |id: &str| s.data.iter().find(|d| d.id == id).unwrap();
    assert_eq!(
        records("users").records + records("comm-secrets").records,
        302_980.0
    );
    assert_eq!(
        records("users").by_country["JP"] + records("comm-secrets").by_country["JP"],
        130_192.0
    );
    assert_eq!(records("comm-secrets").records, 22_239.0);
    assert_eq!(records("partners").records, 86_211.0);
    assert_eq!(records("employees").records, 130_315.0);
    let naver_cloud = s.links.iter().find(|l| l.vendor == "naver-cloud").unwrap();
    assert_eq!(naver_cloud.access, model::Access::Admin);
    assert_eq!(naver_cloud.shared, vec![model::Shared::Authentication]);
    assert_eq!(s.threats.len(), 1);
    assert_eq!(
        (s.threats[0].entry.as_str(), s.threats[0].rate),
        ("contractor", 0.3)
    );
    assert!(s.threats[0].description.contains("Assumption"));
    assert!(s.description.contains("Sources"));
}

#[test]
fn writing_and_reading_back_gives_the_same_scenario() {
    for e in examples::EXAMPLES {
        let s = parse_scenario(e.json).unwrap().scenario;
        let again = parse_scenario(&model::to_json_pretty(&s)).unwrap().scenario;
        assert_eq!(s, again, "example {}", e.id);
        let compact = model::to_json(&s);
        // Settings at their defaults are left out; only what the example sets (a detection
        // date) is written.
        let written: Value = serde_json::from_str(&compact).unwrap();
        let keys: Vec<&String> = written
            .get("settings")
            .and_then(Value::as_object)
            .map(|m| m.keys().collect())
            .unwrap_or_default();
        assert!(keys.iter().all(|k| *k == "detected"), "{keys:?}");
        if e.id == "ly-corp" {
            assert!(compact.contains("\"percent\":64.5") && compact.contains("\"percent\":50}"));
        }
    }
}

#[test]
fn defaults_are_the_specs() {
    let s = Scenario::default();
    let st = &s.settings;
    assert_eq!(
        (st.quota, st.strict, st.special_quota, st.turnout),
        (50.0, true, 66.667, 100.0)
    );
    assert_eq!(
        (st.weakest_link, st.float_atom, st.trials, st.seed),
        (20.0, 1.0, 100_000, 1)
    );
    assert_eq!(st.propagation.access, [0.0, 0.1, 0.3, 0.6]);
    assert_eq!(st.propagation.shared, [0.8, 0.4, 0.3, 0.2]);
    let c = st.cost_for(model::DataClass::CommunicationSecret);
    assert_eq!((c.low, c.high), (150.0, 400.0));
    assert_eq!(st.cost_for(model::DataClass::Other).low, 50.0);
    assert_eq!(st.cost_model, model::CostModel::PerRecord);
    let e = parse_value(&json!({"format": "exposure-scenario", "version": 1,
        "entities": [{"id": "a", "name": "A"}],
        "links": [], "data": [{"id": "d", "name": "D", "holder": "a", "class": "other", "records": 0}]}))
    .unwrap()
    .scenario;
    assert_eq!(e.entities[0].kind, model::EntityKind::Company);
    assert_eq!(e.data[0].exposed(), 1.0);
    assert_eq!(e.currency, "USD");
}

#[test]
fn settings_are_read_and_written_back() {
    let p = problems_after(|v| {
        v["settings"] = json!({"quota": 66.7, "strict": false, "turnout": 80, "trials": 5000, "seed": 42,
            "propagation": {"access": {"admin": 0.9}, "shared": {"code": 0.05}},
            "cost_per_record": {"personal": {"low": 10, "high": 20}}, "cost_model": "dbir-2015"});
    });
    assert_clean(&p);
    let mut v = ly();
    v["settings"] = json!({"turnout": 80, "propagation": {"access": {"admin": 0.9}}, "cost_model": "dbir-2015"});
    let s = parse_value(&v).unwrap().scenario;
    assert_eq!(s.settings.turnout, 80.0);
    assert_eq!(s.settings.propagation.access[3], 0.9);
    let out: Value = serde_json::from_str(&model::to_json(&s)).unwrap();
    assert_eq!(
        out["settings"],
        json!({"turnout": 80, "propagation": {"access": {"admin": 0.9}}, "cost_model": "dbir-2015"})
    );
}

#[test]
fn the_detection_date_is_read_and_written_only_when_set() {
    // The LY example carries the real detection date (17 Oct 2023).
    let s = parse_value(&ly()).unwrap().scenario;
    assert_eq!(s.settings.detected.as_deref(), Some("2023-10-17"));
    let out: Value = serde_json::from_str(&model::to_json(&s)).unwrap();
    assert_eq!(out["settings"], json!({"detected": "2023-10-17"}));
    let mut v = ly();
    v.as_object_mut().unwrap().remove("settings");
    let plain = parse_value(&v).unwrap().scenario;
    assert_eq!(plain.settings.detected, None);
    let out: Value = serde_json::from_str(&model::to_json(&plain)).unwrap();
    assert!(out.get("settings").is_none(), "{out}");
    let mut v = ly();
    v["settings"] = json!({"detected": 20231017});
    assert_problem(
        &problems_after(|x| *x = v.clone()),
        "settings.detected",
        "text",
    );
}

#[test]
fn not_json_wrong_format_and_future_versions_are_refused_plainly() {
    let p = parse_scenario("{\"format\": ").unwrap_err();
    assert!(p[0].message.starts_with("not valid JSON (line 1"), "{p:?}");
    let p = parse_scenario("[1, 2]").unwrap_err();
    assert!(p[0].message.contains("expected a scenario object"));
    let p = parse_scenario(r#"{"format": "bods", "version": 1}"#).unwrap_err();
    assert_problem(&p, "format", "not an Exposure scenario");
    let p = parse_scenario(r#"{"format": "exposure-scenario", "version": 2}"#).unwrap_err();
    assert_problem(&p, "version", "newer Exposure");
    let p = parse_scenario(r#"{"format": "exposure-scenario"}"#).unwrap_err();
    assert_problem(&p, "version", "missing");
    let big = " ".repeat(model::parse::MAX_BYTES + 1);
    assert!(
        parse_scenario(&big).unwrap_err()[0]
            .message
            .contains("refused")
    );
    let bom = format!("\u{feff}{}", examples::LY_CORP_JSON);
    assert!(
        parse_scenario(&bom).is_ok(),
        "a byte-order mark is accepted"
    );
}

#[test]
fn every_problem_is_listed_not_only_the_first() {
    let p = problems_after(|v| {
        v["holdings"][0]["percent"] = json!(-5);
        v["links"][0]["p"] = json!(1.5);
        v["data"][0]["records"] = json!(-1);
        v["threats"][0]["entry"] = json!("nobody");
    });
    assert_problem(&p, "holdings[0].percent", "must be above 0");
    assert_problem(&p, "links[0].p", "above 1");
    assert_problem(&p, "data[0].records", "negative");
    assert_problem(&p, "threats[0].entry", "not the id of any entity");
}

#[test]
fn type_problems_are_reported_once_with_their_path_and_later_paths_stay_right() {
    let p = problems_after(|v| {
        v["entities"][1] = json!("softbank");
        v["holdings"][2]["percent"] = json!("64.5");
        v["links"][0]["access"] = json!("root");
    });
    assert_problem(&p, "entities[1]", "expected an object");
    assert_problem(&p, "holdings[2].percent", "remove the quotes");
    assert_problem(
        &p,
        "links[0].access",
        "is not one of \"none\", \"read\", \"write\", \"admin\"",
    );
    assert_eq!(
        p.iter().filter(|x| x.path == "holdings[2].percent").count(),
        1,
        "{p:?}"
    );
    // entities[2] keeps its index although entities[1] could not be read.
    let p = problems_after(|v| {
        v["entities"][1] = json!(7);
        v["entities"][2]["country"] = json!("jp");
    });
    assert_problem(&p, "entities[2].country", "write it in capitals: JP");
}

#[test]
fn unknown_fields_are_ignored_with_a_warning() {
    let mut v = ly();
    v["colour"] = json!("blue");
    v["entities"][0]["ticker"] = json!("035420");
    let parsed = parse_value(&v).expect("still valid");
    let paths: Vec<&str> = parsed.warnings.iter().map(|w| w.path.as_str()).collect();
    assert_eq!(paths, ["entities[0].ticker", "colour"]);
    assert!(
        parsed
            .warnings
            .iter()
            .all(|w| !w.is_error() && w.message.contains("ignored"))
    );
}
