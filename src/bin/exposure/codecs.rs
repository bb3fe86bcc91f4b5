//! The codec commands of `exposure`: share links (`link`, `decode`), CSV (`import-csv`,
//! `export-csv`) and BODS (`import-bods`, `export-bods`). Each prints its result on stdout and
//! every problem on stderr, and exits 1 on failure.

use std::io::Read;
use std::process::ExitCode;

use exposure::codec::{bods, csv, link, text};
use exposure::model::{self, Parsed, Problem, Scenario};

/// Lines added to the usage text for these commands.
pub const USAGE: &str =
    "  exposure link [FILE|-]            print the share-link fragment (#s=1z...) of a scenario
  exposure decode LINK|-            print the scenario JSON of a share link (URL, fragment or value)
  exposure export-csv LIST [FILE|-] print one list as CSV (LIST: entities, holdings, links, data)
  exposure import-csv LIST CSV [FILE|-] [--replace]
                                    merge a CSV list into a scenario (or replace the list) and
                                    print the scenario JSON
  exposure import-bods BODS|-       print the scenario JSON of a BODS 0.4 file
  exposure export-bods [FILE|-] [--date YYYY-MM-DD]
                                    print the BODS 0.4 statements of a scenario";

/// Runs a codec command, or returns `None` when `args` is not one.
pub fn run(args: &[&str]) -> Option<ExitCode> {
    let code = match args {
        ["link", file @ ..] if file.len() <= 1 => cmd_link(file.first().copied()),
        ["decode", input] => cmd_decode(input),
        ["export-csv", list, file @ ..] if file.len() <= 1 => {
            cmd_export_csv(list, file.first().copied())
        }
        ["import-csv", list, csv_file, rest @ ..] => {
            let replace = rest.contains(&"--replace");
            let file: Vec<&str> = rest.iter().copied().filter(|a| *a != "--replace").collect();
            match file.as_slice() {
                [] | [_] => cmd_import_csv(list, csv_file, file.first().copied(), replace),
                _ => return None,
            }
        }
        ["import-bods", file] => cmd_import_bods(file),
        ["export-bods", rest @ ..] => match rest {
            [] => cmd_export_bods(None, None),
            [f] => cmd_export_bods(Some(f), None),
            ["--date", d] => cmd_export_bods(None, Some(d)),
            [f, "--date", d] => cmd_export_bods(Some(f), Some(d)),
            _ => return None,
        },
        _ => return None,
    };
    Some(code)
}

/// Reads a file ("-" for stdin) as bytes, at most the import limit plus one byte.
fn read_bytes(file: &str) -> Result<Vec<u8>, String> {
    let limit = text::MAX_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    let result = if file == "-" {
        std::io::stdin().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(file).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    result.map_err(|e| format!("{file}: cannot read: {e}"))?;
    Ok(bytes)
}

fn label(file: &str) -> String {
    if file == "-" {
        "standard input".into()
    } else {
        file.into()
    }
}

/// Prints problems under a heading naming the input; returns exit code 1.
fn fail(name: &str, problems: &[Problem]) -> ExitCode {
    let errors = problems.iter().filter(|p| p.is_error()).count();
    eprintln!(
        "{name}: {errors} problem{} found:",
        if errors == 1 { "" } else { "s" }
    );
    for p in problems {
        let tag = if p.is_error() { "error" } else { "warning" };
        eprintln!("  {tag}: {p}");
    }
    ExitCode::from(1)
}

fn warn(problems: &[Problem]) {
    for w in problems {
        eprintln!("  warning: {w}");
    }
}

/// Loads a scenario file (or the LY default), printing problems on failure.
fn scenario(file: Option<&str>) -> Result<Scenario, ExitCode> {
    let Some(file) = file else {
        return Ok(model::examples::default_scenario());
    };
    let name = label(file);
    let bytes = read_bytes(file).map_err(|e| {
        eprintln!("{e}");
        ExitCode::from(1)
    })?;
    let parsed = text::utf8(&bytes, "the scenario file")
        .map_err(|p| vec![p])
        .and_then(model::parse_scenario)
        .map_err(|problems| fail(&name, &problems))?;
    warn(&parsed.warnings);
    Ok(parsed.scenario)
}

fn print_scenario(name: &str, result: Result<Parsed, Vec<Problem>>) -> ExitCode {
    match result {
        Ok(p) => {
            warn(&p.warnings);
            println!("{}", model::to_json_pretty(&p.scenario));
            ExitCode::SUCCESS
        }
        Err(problems) => fail(name, &problems),
    }
}

fn cmd_link(file: Option<&str>) -> ExitCode {
    match scenario(file) {
        Ok(s) => match link::encode(&s) {
            Ok(fragment) => {
                println!("{fragment}");
                ExitCode::SUCCESS
            }
            Err(p) => fail(file.unwrap_or("the scenario"), &[p]),
        },
        Err(code) => code,
    }
}

fn cmd_decode(input: &str) -> ExitCode {
    let text = if input == "-" {
        match read_bytes("-") {
            Ok(b) => String::from_utf8_lossy(&b).into_owned(),
            Err(e) => {
                eprintln!("{e}");
                return ExitCode::from(1);
            }
        }
    } else {
        input.to_string()
    };
    print_scenario("the link", link::decode(&text))
}

fn list_of(name: &str) -> Option<csv::List> {
    csv::List::ALL.iter().copied().find(|l| l.name() == name)
}

fn bad_list(name: &str) -> ExitCode {
    eprintln!(
        "{}: not a list; choose entities, holdings, links or data",
        model::problem::quote(name)
    );
    ExitCode::from(2)
}

fn cmd_export_csv(list: &str, file: Option<&str>) -> ExitCode {
    let Some(list) = list_of(list) else {
        return bad_list(list);
    };
    match scenario(file) {
        Ok(s) => {
            print!("{}", csv::export(&s, list));
            ExitCode::SUCCESS
        }
        Err(code) => code,
    }
}

fn cmd_import_csv(list: &str, csv_file: &str, file: Option<&str>, replace: bool) -> ExitCode {
    let Some(list) = list_of(list) else {
        return bad_list(list);
    };
    let base = match scenario(file) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let bytes = match read_bytes(csv_file) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(1);
        }
    };
    let mode = if replace {
        csv::Mode::Replace
    } else {
        csv::Mode::Merge
    };
    print_scenario(&label(csv_file), csv::import(&base, list, &bytes, mode))
}

fn cmd_import_bods(file: &str) -> ExitCode {
    match read_bytes(file) {
        Ok(bytes) => print_scenario(&label(file), bods::import(&bytes)),
        Err(e) => {
            eprintln!("{e}");
            ExitCode::from(1)
        }
    }
}

fn cmd_export_bods(file: Option<&str>, date: Option<&str>) -> ExitCode {
    let s = match scenario(file) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let date = date.map_or_else(today, str::to_string);
    match bods::export(&s, &date) {
        Ok(out) => {
            warn(&out.warnings);
            println!("{}", out.json);
            ExitCode::SUCCESS
        }
        Err(p) => fail("--date", &[p]),
    }
}

/// Today's date (UTC) as YYYY-MM-DD, from the system clock.
fn today() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    bods::date_from_days((secs / 86_400) as i64)
}
