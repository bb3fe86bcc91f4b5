//! `exposure`: the calculator on the command line, on the same engine as the app.
//!
//! `exposure check FILE|-` validates; `exposure report FILE|- [--json]` prints the report.
//! Without a file both use the LY Corp. default scenario. Nothing here panics on any input.
//! The share-link, CSV and BODS commands live in `exposure/codecs.rs`.

#[path = "exposure/codecs.rs"]
mod codecs;

use std::io::Read;
use std::process::ExitCode;

use exposure::engine::report;
use exposure::model::{self, Parsed, examples};

const USAGE: &str = "usage:
  exposure check [FILE|-]           validate a scenario (exit 0 when valid, 1 with every problem)
  exposure report [FILE|-] [--json] print the report (the spec's report fields with --json)
Without FILE the LY Corp. default scenario is used; '-' reads standard input.
  exposure synthetic ENTITIES LINKS SEED
                                    print the JSON of a seeded synthetic vendor web (what the
                                    benchmarks use: 1000 5000 1; see benches/scalar_bfs.mjs)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let json = args.iter().any(|a| a == "--json");
    let rest: Vec<&str> = args
        .iter()
        .map(String::as_str)
        .filter(|a| *a != "--json")
        .collect();
    if let Some(code) = codecs::run(&rest) {
        return code;
    }
    match rest.as_slice() {
        ["check", file @ ..] if file.len() <= 1 => check(file.first().copied()),
        ["report", file @ ..] if file.len() <= 1 => run_report(file.first().copied(), json),
        ["synthetic", n, links, seed] => synthetic(n, links, seed),
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            println!("{}", codecs::USAGE);
            ExitCode::SUCCESS
        }
        ["--version" | "-V"] => {
            println!("exposure {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            eprintln!("{}", codecs::USAGE);
            ExitCode::from(2)
        }
    }
}

/// Reads the scenario text of `file` ("-" for stdin; None for the default), bounded in size.
fn read_input(file: Option<&str>) -> Result<(String, String), String> {
    let Some(file) = file else {
        return Ok((
            "LY Corp. default scenario".into(),
            examples::LY_CORP_JSON.into(),
        ));
    };
    let limit = model::parse::MAX_BYTES as u64 + 1;
    let mut bytes = Vec::new();
    let result = if file == "-" {
        std::io::stdin().take(limit).read_to_end(&mut bytes)
    } else {
        std::fs::File::open(file).and_then(|f| f.take(limit).read_to_end(&mut bytes))
    };
    result.map_err(|e| format!("{file}: cannot read: {e}"))?;
    let name = if file == "-" {
        "standard input".to_string()
    } else {
        file.to_string()
    };
    let text = String::from_utf8(bytes).map_err(|e| {
        format!(
            "{name}: not UTF-8 text (invalid byte at position {}); save the file as UTF-8",
            e.utf8_error().valid_up_to()
        )
    })?;
    Ok((name, text))
}

/// Reads and validates, printing every problem on stderr when it fails.
fn load(file: Option<&str>) -> Result<(String, Parsed), ExitCode> {
    let (name, text) = read_input(file).map_err(|e| {
        eprintln!("{e}");
        ExitCode::from(1)
    })?;
    match model::parse_scenario(&text) {
        Ok(p) => Ok((name, p)),
        Err(problems) => {
            let errors = problems.iter().filter(|p| p.is_error()).count();
            eprintln!(
                "{name}: {errors} problem{} found:",
                if errors == 1 { "" } else { "s" }
            );
            for p in &problems {
                let tag = if p.is_error() { "error" } else { "warning" };
                eprintln!("  {tag}: {p}");
            }
            Err(ExitCode::from(1))
        }
    }
}

fn check(file: Option<&str>) -> ExitCode {
    match load(file) {
        Ok((name, parsed)) => {
            for w in &parsed.warnings {
                eprintln!("  warning: {w}");
            }
            let s = &parsed.scenario;
            println!(
                "{name}: valid ({} entities, {} holdings, {} links, {} records)",
                s.entities.len(),
                s.holdings.len(),
                s.links.len(),
                model::problem::grouped(s.total_records())
            );
            ExitCode::SUCCESS
        }
        Err(code) => code,
    }
}

fn run_report(file: Option<&str>, json: bool) -> ExitCode {
    match load(file) {
        Ok((_, parsed)) => {
            let r = report::build(&parsed.scenario, parsed.warnings);
            if json {
                match serde_json::to_string_pretty(&r) {
                    Ok(s) => println!("{s}"),
                    Err(e) => {
                        eprintln!("cannot write the report: {e}");
                        return ExitCode::from(1);
                    }
                }
            } else {
                print!("{}", report::text(&r));
            }
            ExitCode::SUCCESS
        }
        Err(code) => code,
    }
}

/// Most entities or links the command makes (bounds its time and memory; files past
/// `model::parse::MAX_BYTES` are written, with a warning, since nothing here reads them back).
const MAX_SYNTHETIC: u64 = 1_000_000;

/// `exposure synthetic ENTITIES LINKS SEED`.
fn synthetic(n: &str, links: &str, seed: &str) -> ExitCode {
    let number = |name: &str, text: &str, min: u64, max: u64| {
        text.parse::<u64>()
            .ok()
            .filter(|v| (min..=max).contains(v))
            .ok_or_else(|| {
                format!("{name} must be a whole number from {min} to {max}, not {text:?}")
            })
    };
    let args = (
        number("ENTITIES", n, 2, MAX_SYNTHETIC),
        number("LINKS", links, 0, MAX_SYNTHETIC),
        number("SEED", seed, 0, u64::MAX),
    );
    match args {
        (Ok(n), Ok(links), Ok(seed)) => {
            let web =
                exposure::engine::breach::synthetic::vendor_web(n as usize, links as usize, seed);
            let json = model::to_json_pretty(&web);
            if json.len() > model::parse::MAX_BYTES {
                eprintln!(
                    "exposure synthetic: warning: {:.1} MB is more than the {} MB that \
                     `exposure report` and the app read; use fewer entities or links to open it",
                    json.len() as f64 / 1e6,
                    model::parse::MAX_BYTES >> 20
                );
            }
            println!("{json}");
            ExitCode::SUCCESS
        }
        (a, b, c) => {
            for e in [a.err(), b.err(), c.err()].into_iter().flatten() {
                eprintln!("exposure synthetic: {e}");
            }
            ExitCode::from(2)
        }
    }
}
