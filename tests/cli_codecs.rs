//! The codec commands of `exposure`: link and decode, CSV and BODS, each printing its result
//! on stdout and every problem on stderr with exit code 1.
#![cfg(not(target_arch = "wasm32"))]

use std::io::Write;
use std::process::{Command, Output, Stdio};

use exposure::model::{self, examples};

fn run(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_exposure"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn out(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn err(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

fn fixture(path: &str) -> String {
    format!("{}/tests/fixtures/{path}", env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn link_then_decode_gives_the_scenario_back() {
    let l = run(&["link"], "");
    assert!(l.status.success(), "{}", err(&l));
    let fragment = out(&l).trim().to_string();
    assert!(fragment.starts_with("#s=1z."), "{fragment}");
    let d = run(
        &[
            "decode",
            &format!("https://example.org/#{}", &fragment[1..]),
        ],
        "",
    );
    assert!(d.status.success(), "{}", err(&d));
    let back = model::parse_scenario(&out(&d)).unwrap().scenario;
    assert_eq!(back, examples::default_scenario());
    let from_stdin = run(&["link", "-"], examples::LY_CORP_JSON);
    assert_eq!(out(&from_stdin).trim(), fragment);
    let d = run(&["decode", "-"], &fragment);
    assert!(d.status.success(), "{}", err(&d));
}

#[test]
fn a_bad_link_prints_its_problem_and_exits_1() {
    let d = run(&["decode", "#s=1z.abc"], "");
    assert_eq!(d.status.code(), Some(1));
    assert!(err(&d).contains("this link is incomplete"), "{}", err(&d));
    assert!(out(&d).is_empty());
    let d = run(&["decode", "#s=3z.abc.defg"], "");
    assert!(err(&d).contains("newer version of Exposure"), "{}", err(&d));
}

#[test]
fn csv_export_then_import_through_the_command() {
    let e = run(&["export-csv", "holdings"], "");
    assert!(e.status.success());
    assert!(out(&e).starts_with("\u{feff}holder,target,percent"));
    let dir = std::env::temp_dir().join(format!("exposure-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let csv = dir.join("holdings.csv");
    std::fs::write(&csv, "holder,target,percent\nsoftbank,ly,５\n").unwrap();
    let i = run(&["import-csv", "holdings", csv.to_str().unwrap()], "");
    assert!(i.status.success(), "{}", err(&i));
    let s = model::parse_scenario(&out(&i)).unwrap().scenario;
    assert_eq!(
        s.holdings.len(),
        examples::default_scenario().holdings.len() + 1
    );
    std::fs::write(&csv, "holder,target,percent\nsoftbank,nobody,5\n").unwrap();
    let i = run(
        &[
            "import-csv",
            "holdings",
            csv.to_str().unwrap(),
            "-",
            "--replace",
        ],
        examples::LY_CORP_JSON,
    );
    assert_eq!(i.status.code(), Some(1));
    assert!(err(&i).contains("row 2, target"), "{}", err(&i));
    let bad = run(&["export-csv", "people"], "");
    assert_eq!(bad.status.code(), Some(2));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn bods_import_and_export_through_the_command() {
    let i = run(&["import-bods", &fixture("bods/register-0.4.json")], "");
    assert!(i.status.success(), "{}", err(&i));
    assert!(err(&i).contains("warning: statements[8]"), "{}", err(&i));
    assert!(model::parse_scenario(&out(&i)).is_ok());
    let e = run(&["export-bods", "--date", "2024-03-05"], "");
    assert!(e.status.success(), "{}", err(&e));
    assert!(out(&e).contains("\"bodsVersion\": \"0.4\""));
    let today = run(&["export-bods"], "");
    assert!(today.status.success());
    assert!(out(&today).contains("\"statementDate\": \"20"));
}
