//! No visible string bypasses the catalogue: the components' markup (`src/ui`) holds no text
//! literal with a letter in it, neither as a text node (`{ "…" }`) nor in an attribute a person
//! reads or hears (`aria-label`, `title`, `placeholder`, `alt`). Words come from `text::` keys,
//! so the Japanese catalogue covers everything the page shows. Symbols (↶, ◆, –, →) are fine.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in fs::read_dir(dir).into_iter().flatten().flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The string literals of `line` that follow `opener` (`{ "`, `aria-label="`, …).
fn literals_after<'a>(line: &'a str, opener: &str) -> Vec<&'a str> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(i) = rest.find(opener) {
        let after = &rest[i + opener.len()..];
        let Some(end) = after.find('"') else { break };
        if !branch_value(&rest[..i]) {
            out.push(&after[..end]);
        }
        rest = &after[end + 1..];
    }
    out
}

/// Whether a `{ "…" }` is the value of an `if … { "a" } else { "b" }` (a class or attribute
/// value chosen in code, `.then_some(if list { "selected" } else { "refers" })`), given the text
/// before it on the line.
fn branch_value(before: &str) -> bool {
    let before = before.trim_end();
    let since_open = before.rsplit(['{', '(']).next().unwrap_or(before);
    before.ends_with("else") || since_open.trim_start().starts_with("if ")
}

/// Words in markup, as `file:line: "text"`.
fn words_in_markup() -> Vec<String> {
    let mut files = Vec::new();
    rust_files(
        &PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("src/ui"),
        &mut files,
    );
    let openers = [
        "{ \"",
        "aria-label=\"",
        "title=\"",
        "placeholder=\"",
        "alt=\"",
    ];
    let mut found = Vec::new();
    for f in files {
        let text = fs::read_to_string(&f).unwrap_or_default();
        for (n, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if code.starts_with("//") {
                continue;
            }
            // A conditional attribute value (`class={if e { "error" } else { "warning" }}`,
            // `data-…={if …}`) is not read by anyone.
            if code.contains("={if") || code.contains("={ if") {
                continue;
            }
            for opener in openers {
                for lit in literals_after(code, opener) {
                    if lit.chars().any(char::is_alphabetic) {
                        found.push(format!("{}:{}: {lit:?}", f.display(), n + 1));
                    }
                }
            }
        }
    }
    found
}

#[test]
fn no_visible_string_bypasses_the_catalogue() {
    let found = words_in_markup();
    assert!(
        found.is_empty(),
        "text outside the catalogue:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_scan_finds_words_where_they_would_be() {
    assert_eq!(literals_after(r#"<p>{ "Hello" }</p>"#, "{ \""), ["Hello"]);
    assert_eq!(
        literals_after(r#"<b aria-label="Close">"#, "aria-label=\""),
        ["Close"]
    );
    assert!(
        literals_after(r#"<span>{ "↶ " }</span>"#, "{ \"")[0]
            .chars()
            .all(|c| !c.is_alphabetic())
    );
}
