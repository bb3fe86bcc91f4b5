//! House rules kept as a test: pure modules never import browser crates, and every module
//! opens with a `//!` line saying what it is for.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

const PURE: [&str; 5] = [
    "src/model",
    "src/engine",
    "src/codec",
    "src/charts",
    "src/text",
];
const BROWSER_CRATES: [&str; 6] = [
    "yew",
    "web_sys",
    "js_sys",
    "gloo",
    "wasm_bindgen",
    "wasm_bindgen_futures",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn pure_modules_do_not_touch_the_browser() {
    let mut bad = Vec::new();
    for dir in PURE {
        let mut files = Vec::new();
        rust_files(&root().join(dir), &mut files);
        assert!(!files.is_empty(), "{dir} has no Rust files");
        for f in files {
            let text = fs::read_to_string(&f).unwrap();
            for (n, line) in text.lines().enumerate() {
                let code = line.split("//").next().unwrap_or("");
                for krate in BROWSER_CRATES {
                    let used = code.contains(&format!("{krate}::"))
                        || code.contains(&format!("use {krate}"))
                        || code.contains(&format!("extern crate {krate}"));
                    if used {
                        bad.push(format!("{}:{}: uses {krate}", f.display(), n + 1));
                    }
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "pure modules must not use browser crates:\n{}",
        bad.join("\n")
    );
}

#[test]
fn every_module_opens_with_a_doc_line() {
    let mut files = Vec::new();
    for dir in ["src", "tests", "benches"] {
        rust_files(&root().join(dir), &mut files);
    }
    let missing: Vec<String> = files
        .iter()
        .filter(|f| {
            let text = fs::read_to_string(f).unwrap();
            !text
                .lines()
                .find(|l| !l.trim().is_empty())
                .is_some_and(|l| l.starts_with("//!"))
        })
        .map(|f| f.display().to_string())
        .collect();
    assert!(
        missing.is_empty(),
        "these files do not open with a //! line:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_rule_itself_catches_a_browser_import() {
    // Guards against the checks above silently matching nothing.
    let line = "use web_sys::Window;";
    assert!(
        BROWSER_CRATES
            .iter()
            .any(|k| line.contains(&format!("use {k}")))
    );
}
