//! Opening a file the user picked or dropped, whatever it holds: a scenario (JSON), a BODS file
//! (JSON or JSON Lines) or a CSV list, told apart by name and content, each read by its codec;
//! and the names of the files the app saves. Pure: the app and tests call the same functions.

use super::csv::{self, List, Mode};
use super::{bods, text};
use crate::model::{self, Parsed, Problem, Scenario};

/// What a file holds, as far as its name and its first bytes tell.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileKind {
    /// An Exposure scenario (or a JSON file that is not BODS: its reader says what is wrong).
    Scenario,
    /// Beneficial Ownership Data Standard statements.
    Bods,
    /// One list as CSV; the user says which list and whether to merge.
    Csv,
}

/// Bytes looked at to tell the kinds apart (a BODS file names its statement type early).
const HEAD: usize = 4096;

/// Keys only BODS statements have.
const BODS_KEYS: [&str; 5] = [
    "\"statementType\"",
    "\"recordType\"",
    "\"statementID\"",
    "\"statementId\"",
    "\"recordDetails\"",
];

/// Tells what `bytes` (named `name`) hold. A `.csv` or `.tsv` name is CSV; JSON that names the
/// Exposure format is a scenario; a JSON array, JSON Lines or an object with BODS keys is BODS;
/// any other JSON object is read as a scenario; other text with separators on its first line
/// is CSV.
pub fn kind(name: &str, bytes: &[u8]) -> FileKind {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    if matches!(ext.as_str(), "csv" | "tsv") {
        return FileKind::Csv;
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(HEAD)]);
    let start = head.trim_start_matches(['\u{feff}', ' ', '\t', '\r', '\n']);
    if head.contains("\"exposure-scenario\"") {
        return FileKind::Scenario;
    }
    if ext == "jsonl" || start.starts_with('[') || BODS_KEYS.iter().any(|k| head.contains(k)) {
        return FileKind::Bods;
    }
    if ext == "json" || start.starts_with('{') {
        return FileKind::Scenario;
    }
    let first_line = start.lines().next().unwrap_or_default();
    if first_line.contains([',', ';', '\t']) {
        FileKind::Csv
    } else {
        FileKind::Scenario
    }
}

/// Reads a file of `kind` into a new, valid scenario. CSV is merged into (or replaces a list
/// of) `base` as `csv` says. `Err` holds every problem; `base` is never changed.
pub fn open(
    kind: FileKind,
    bytes: &[u8],
    base: &Scenario,
    csv: (List, Mode),
) -> Result<Parsed, Vec<Problem>> {
    match kind {
        FileKind::Scenario => {
            let text = text::utf8(bytes, "the file").map_err(|p| vec![p])?;
            model::parse_scenario(text)
        }
        FileKind::Bods => bods::import(bytes),
        FileKind::Csv => csv::import(base, csv.0, bytes, csv.1),
    }
}

/// The list a CSV file's name suggests (`holdings.csv`, `LY links (1).csv`), if any.
pub fn list_from_name(name: &str) -> Option<List> {
    let lower = name.to_lowercase();
    let stem = |l: List| match l {
        List::Entities => "entit",
        List::Holdings => "holding",
        List::Links => "link",
        List::Data => "data",
    };
    List::ALL.into_iter().find(|l| lower.contains(stem(*l)))
}

/// The name of a file the app saves: `exposure-<title>[-<part>].<ext>`, the title reduced to
/// lower-case letters and digits (any script) joined by `-`, at most 60 characters of it.
pub fn file_name(title: &str, part: &str, ext: &str) -> String {
    let mut slug = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            slug.push(c);
        } else if !slug.is_empty() && !slug.ends_with('-') {
            slug.push('-');
        }
        if slug.chars().count() >= 60 {
            break;
        }
    }
    let mut name = String::from("exposure");
    for p in [slug.trim_end_matches('-'), part] {
        if !p.is_empty() {
            name.push('-');
            name.push_str(p);
        }
    }
    if name == "exposure" {
        name.push_str("-scenario");
    }
    format!("{name}.{ext}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_come_from_name_and_content() {
        let scenario = br#"{"format": "exposure-scenario", "version": 1}"#;
        assert_eq!(kind("x.json", scenario), FileKind::Scenario);
        assert_eq!(kind("x.txt", scenario), FileKind::Scenario);
        assert_eq!(
            kind("x.json", b"\xef\xbb\xbf [{\"statementId\": 1}]"),
            FileKind::Bods
        );
        assert_eq!(
            kind("x.json", br#"{"statements": [{"recordType": "entity"}]}"#),
            FileKind::Bods
        );
        assert_eq!(kind("x.jsonl", b"{}\n{}"), FileKind::Bods);
        assert_eq!(kind("x.json", b"{\"title\": 1}"), FileKind::Scenario);
        assert_eq!(kind("x.json", b"not json at all"), FileKind::Scenario);
        assert_eq!(kind("x.CSV", scenario), FileKind::Csv);
        assert_eq!(kind("export", b"id,name\nx,y"), FileKind::Csv);
        assert_eq!(kind("export", b"hello"), FileKind::Scenario);
        assert_eq!(kind("", b""), FileKind::Scenario);
    }

    #[test]
    fn csv_names_suggest_their_list() {
        assert_eq!(list_from_name("holdings.csv"), Some(List::Holdings));
        assert_eq!(list_from_name("LY Links (1).csv"), Some(List::Links));
        assert_eq!(list_from_name("entity-list.csv"), Some(List::Entities));
        assert_eq!(list_from_name("exposure-ly-data.csv"), Some(List::Data));
        assert_eq!(list_from_name("book1.csv"), None);
    }

    #[test]
    fn file_names_are_slugs_of_the_title() {
        assert_eq!(
            file_name("LY Corp. 2023 leak", "", "json"),
            "exposure-ly-corp-2023-leak.json"
        );
        assert_eq!(
            file_name("LY Corp. 2023 leak", "holdings", "csv"),
            "exposure-ly-corp-2023-leak-holdings.csv"
        );
        assert_eq!(file_name("", "", "json"), "exposure-scenario.json");
        assert_eq!(file_name("<>/\\:*?", "bods", "json"), "exposure-bods.json");
        assert_eq!(
            file_name("情報 漏洩", "", "json"),
            "exposure-情報-漏洩.json"
        );
        assert!(file_name(&"a".repeat(500), "", "json").len() < 80);
    }
}
