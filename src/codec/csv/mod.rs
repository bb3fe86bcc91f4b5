//! CSV import and export of the entities, holdings, links and data lists, for spreadsheets.
//!
//! Export writes UTF-8 with a byte-order mark (so Japanese Excel reads it as UTF-8), CRLF line
//! ends, a header row, and text cells starting with `= + - @`, tab or CR prefixed with `'` so
//! that no spreadsheet runs them as formulas. Import takes UTF-8 with or without the mark,
//! removes that quote again, accepts full-width digits and punctuation in number cells, and
//! refuses other encodings (Shift-JIS, UTF-16) with the fix in the message. An import returns
//! a new scenario, or every problem (by row and column) and leaves the current one alone.
//! Columns are listed in `docs/formats.md`.

mod cells;
mod columns;
mod merge;
mod read;

pub use cells::{Unit, country_map, defuse, half_width, number, undefuse};
pub use columns::Column;
pub use read::{MAX_PROBLEMS, MAX_ROWS};

use crate::codec::text;
use crate::model::{self, Parsed, Problem, Scenario};

/// A list of the scenario that travels as CSV.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum List {
    Entities,
    Holdings,
    Links,
    Data,
}

impl List {
    /// Every list, in the scenario's order.
    pub const ALL: [List; 4] = [List::Entities, List::Holdings, List::Links, List::Data];

    /// The list's name in the scenario (and in file names: `holdings.csv`).
    pub fn name(self) -> &'static str {
        match self {
            List::Entities => "entities",
            List::Holdings => "holdings",
            List::Links => "links",
            List::Data => "data",
        }
    }

    /// The list's columns, in the order export writes them.
    pub fn columns(self) -> &'static [Column] {
        match self {
            List::Entities => columns::ENTITIES,
            List::Holdings => columns::HOLDINGS,
            List::Links => columns::LINKS,
            List::Data => columns::DATA,
        }
    }

    /// The fields that identify an element when merging: a row with the same values replaces it.
    pub fn key(self) -> &'static [&'static str] {
        match self {
            List::Entities | List::Data => &["id"],
            List::Holdings => &["holder", "target"],
            List::Links => &["client", "vendor", "service"],
        }
    }
}

/// What an import does with the list already in the scenario.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// Rows whose key matches an element replace it; other rows are added.
    Merge,
    /// The file's rows become the whole list.
    Replace,
}

/// One list as CSV text: byte-order mark, header, one row per element, CRLF line ends.
pub fn export(s: &Scenario, list: List) -> String {
    let value = crate::model::to_value(s);
    let empty = Vec::new();
    let elements = value
        .get(list.name())
        .and_then(|v| v.as_array())
        .unwrap_or(&empty);
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    let cols = list.columns();
    // Writing to memory cannot fail; a failure would only shorten the output.
    let _ = w.write_record(cols.iter().map(|c| c.name));
    for e in elements {
        let row = cols.iter().map(|c| {
            let cell = columns::write_cell(c, e);
            match c.kind {
                columns::Kind::Num(_) | columns::Kind::Pair(_) | columns::Kind::Member(_) => cell,
                _ => defuse(&cell),
            }
        });
        let _ = w.write_record(row);
    }
    let body = w.into_inner().unwrap_or_default();
    format!("{}{}", text::BOM, String::from_utf8_lossy(&body))
}

/// Imports one list from CSV bytes into a copy of `base`. `Ok`: the new scenario (valid) and
/// warnings; `Err`: every problem, by `row N, column` where it sits in the file.
pub fn import(
    base: &Scenario,
    list: List,
    bytes: &[u8],
    mode: Mode,
) -> Result<Parsed, Vec<Problem>> {
    let text = text::utf8(bytes, "the CSV file").map_err(|p| vec![p])?;
    let (rows, mut warnings) = read::rows(text, list.columns())?;
    let (value, lines) = merge::apply(base, list, rows, mode);
    let relocate = |ps: Vec<Problem>| -> Vec<Problem> {
        ps.into_iter()
            .map(|p| merge::locate(p, list, &lines))
            .collect()
    };
    match model::parse_value(&value) {
        Ok(parsed) => {
            warnings.extend(relocate(parsed.warnings));
            Ok(Parsed {
                scenario: parsed.scenario,
                warnings,
            })
        }
        Err(problems) => Err(relocate(problems)),
    }
}

/// [`import`] of the entities list.
pub fn import_entities(base: &Scenario, bytes: &[u8], mode: Mode) -> Result<Parsed, Vec<Problem>> {
    import(base, List::Entities, bytes, mode)
}

/// [`import`] of the holdings list.
pub fn import_holdings(base: &Scenario, bytes: &[u8], mode: Mode) -> Result<Parsed, Vec<Problem>> {
    import(base, List::Holdings, bytes, mode)
}

/// [`import`] of the links list.
pub fn import_links(base: &Scenario, bytes: &[u8], mode: Mode) -> Result<Parsed, Vec<Problem>> {
    import(base, List::Links, bytes, mode)
}

/// [`import`] of the data list.
pub fn import_data(base: &Scenario, bytes: &[u8], mode: Mode) -> Result<Parsed, Vec<Problem>> {
    import(base, List::Data, bytes, mode)
}
