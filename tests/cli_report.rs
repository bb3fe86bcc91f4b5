//! `exposure report`: the readable table and `--json` with the spec's fields, for the default
//! scenario and a file; an invalid file still fails with every problem and nothing printed.
//! `exposure synthetic`: the seeded web, and its arguments' messages.
#![cfg(not(target_arch = "wasm32"))]

use std::process::Command;

fn exposure(args: &[&str]) -> (String, String, Option<i32>) {
    let o = Command::new(env!("CARGO_BIN_EXE_exposure"))
        .args(args)
        .output()
        .unwrap();
    (
        String::from_utf8_lossy(&o.stdout).into_owned(),
        String::from_utf8_lossy(&o.stderr).into_owned(),
        o.status.code(),
    )
}

fn report(args: &[&str]) -> (String, String, bool) {
    let all: Vec<&str> = ["report"].iter().chain(args).copied().collect();
    let (out, err, code) = exposure(&all);
    (out, err, code == Some(0))
}

#[test]
fn the_json_report_of_the_default_scenario_has_every_control_field() {
    let (out, err, ok) = report(&["--json"]);
    assert!(ok, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["ownership"]["ultimate"]["ly"]["float:ly"], 35.5);
    assert_eq!(
        v["control"]["ly"]["vetoes"],
        serde_json::json!(["naver", "softbank", "a-holdings"])
    );
    assert_eq!(
        v["control"]["ly"]["special_blockers"],
        serde_json::json!(["naver", "softbank", "a-holdings"])
    );
    assert_eq!(v["power"]["a-holdings"]["softbank"]["banzhaf"], 0.5);
    let np = v["network_power"].as_object().unwrap();
    let total: f64 = np.values().map(|x| x["value"].as_f64().unwrap()).sum();
    assert!(
        (total - 7.0).abs() < 1e-9,
        "values add up to the entities' total value: {total}"
    );
    assert_eq!(v["flags"].as_array().unwrap().len(), 1);
    assert!(
        v["lenses"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["disagree"] == true)
    );
}

#[test]
fn the_text_report_shows_chains_power_and_flags() {
    let (out, _, ok) = report(&[]);
    assert!(ok);
    for want in [
        "Ultimate owners",
        "a-holdings → ly",
        "naver + softbank",
        "Network power index",
        "inverted-supervision",
    ] {
        assert!(out.contains(want), "{want} missing in:\n{out}");
    }
}

#[test]
fn a_file_with_cross_holdings_reports_its_intervals() {
    let dir = std::env::temp_dir().join(format!("exposure-cli-report-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let f = dir.join("bands.json");
    std::fs::write(
        &f,
        r#"{"format":"exposure-scenario","version":1,"currency":"USD",
            "entities":[{"id":"p","name":"P"},{"id":"a","name":"A"},{"id":"b","name":"B"}],
            "holdings":[{"holder":"p","target":"a","percent":40,"range":[25,50]},
                        {"holder":"a","target":"b","percent":50},{"holder":"b","target":"a","percent":10}],
            "settings":{"trials":100}}"#,
    )
    .unwrap();
    let (out, err, ok) = report(&[f.to_str().unwrap(), "--json"]);
    assert!(ok, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let iv = &v["ownership"]["ultimate_intervals"]["b"]["p"];
    let (lo, hi) = (iv[0].as_f64().unwrap(), iv[1].as_f64().unwrap());
    let point = v["ownership"]["ultimate"]["b"]["p"].as_f64().unwrap();
    assert!(lo < point && point < hi, "{lo} {point} {hi}");
    assert!(
        v["ownership"]["integrated"]["a"]["a"].as_f64().unwrap() > 0.0,
        "indirect self-ownership"
    );
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn the_synthetic_web_is_a_valid_scenario_and_the_same_for_a_seed() {
    let (out, err, code) = exposure(&["synthetic", "50", "120", "3"]);
    assert_eq!(code, Some(0), "{err}");
    let parsed = exposure::model::parse_scenario(&out).unwrap();
    assert_eq!(
        (parsed.scenario.entities.len(), parsed.scenario.links.len()),
        (50, 120)
    );
    assert_eq!(exposure(&["synthetic", "50", "120", "3"]).0, out);
    assert_ne!(exposure(&["synthetic", "50", "120", "4"]).0, out);
}

#[test]
fn a_bad_synthetic_argument_is_named_and_nothing_is_printed() {
    let (out, err, code) = exposure(&["synthetic", "1", "many", "3"]);
    assert_eq!(code, Some(2));
    assert!(out.is_empty());
    assert!(
        err.contains("ENTITIES must be a whole number from 2"),
        "{err}"
    );
    assert!(
        err.contains("LINKS must be a whole number from 0 to 1000000, not \"many\""),
        "{err}"
    );
    assert!(!err.contains("SEED"), "{err}");
}

#[test]
fn a_synthetic_web_too_big_to_read_back_is_written_with_a_warning() {
    let (out, err, code) = exposure(&["synthetic", "30000", "150000", "1"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(out.len() > exposure::model::parse::MAX_BYTES);
    assert!(
        err.contains("more than the 16 MB that `exposure report` and the app read"),
        "{err}"
    );
    // Within the limit, no warning.
    assert!(exposure(&["synthetic", "50", "120", "3"]).1.is_empty());
}
