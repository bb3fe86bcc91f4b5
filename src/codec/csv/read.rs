//! Reading a CSV list: the header matched to the list's columns, then each row turned into the
//! JSON of one element, with a problem for every cell that cannot be read (`row 4, percent`).

use serde_json::{Map, Value};

use super::columns::{Column, read_cell};
use crate::model::Problem;
use crate::model::problem::quote;

/// Most data rows read from one file.
pub const MAX_ROWS: usize = 200_000;
/// Most problems listed for one file; a file that is wrong everywhere is wrong in the same way.
pub const MAX_PROBLEMS: usize = 200;
/// Most header cells looked at (the lists have about ten columns).
const MAX_COLUMNS: usize = 100;

/// One data row: its line in the file (the spreadsheet row number) and its element's JSON.
pub struct Row {
    pub line: u64,
    pub object: Map<String, Value>,
}

/// The path of a problem in a row's cell.
pub fn at(line: u64, column: &str) -> String {
    format!("row {line}, {column}")
}

/// The header normalised: trimmed, lower case, spaces as `_`.
fn header_name(h: &str) -> String {
    h.trim_start_matches('\u{feff}')
        .trim()
        .to_lowercase()
        .replace([' ', '-'], "_")
}

/// `,` unless the first line plainly uses `;` or tab instead (European and TSV exports).
fn delimiter(text: &str) -> u8 {
    let first = text.lines().next().unwrap_or("");
    if first.contains(',') {
        b','
    } else if first.contains('\t') {
        b'\t'
    } else if first.contains(';') {
        b';'
    } else {
        b','
    }
}

/// Reads every row of `text` against `columns`: the rows and warnings, or every problem.
pub fn rows(text: &str, columns: &[Column]) -> Result<(Vec<Row>, Vec<Problem>), Vec<Problem>> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter(text))
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let header = match records.next() {
        Some(Ok(h)) => h,
        Some(Err(e)) => return Err(vec![Problem::error("row 1", format!("cannot read: {e}"))]),
        None => {
            return Err(vec![Problem::error(
                "",
                "the file is empty; the first row must name the columns",
            )]);
        }
    };
    if header.len() > MAX_COLUMNS {
        return Err(vec![Problem::error(
            "row 1",
            format!(
                "the header has {} columns; is this the right file?",
                header.len()
            ),
        )]);
    }
    // For each header cell, the column it fills (None: ignored).
    let mut slots: Vec<Option<&Column>> = Vec::new();
    for name in header.iter().map(header_name) {
        let col = columns.iter().find(|c| c.name == name);
        if col.is_some()
            && slots
                .iter()
                .flatten()
                .any(|c| Some(c.name) == col.map(|c| c.name))
        {
            problems.push(Problem::error(
                "row 1",
                format!("the column {} appears twice", quote(&name)),
            ));
        } else if col.is_none() && !name.is_empty() {
            warnings.push(Problem::warning(
                "row 1",
                format!("the column {} is not known and is ignored", quote(&name)),
            ));
        }
        slots.push(col);
    }
    for c in columns.iter().filter(|c| c.required) {
        if !slots.iter().flatten().any(|s| s.name == c.name) {
            let names: Vec<&str> = columns.iter().map(|c| c.name).collect();
            problems.push(Problem::error(
                "row 1",
                format!(
                    "the header has no {} column; the first row names the columns: {}",
                    quote(c.name),
                    names.join(",")
                ),
            ));
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    let mut out = Vec::new();
    for record in records {
        if problems.len() >= MAX_PROBLEMS {
            problems.push(Problem::error(
                "",
                format!("more problems follow; the first {MAX_PROBLEMS} are listed"),
            ));
            return Err(problems);
        }
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                problems.push(Problem::error("", format!("cannot read the file: {e}")));
                return Err(problems);
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        if record.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if out.len() >= MAX_ROWS {
            problems.push(Problem::error(
                at(line, "row"),
                format!("more than {MAX_ROWS} rows; split the file"),
            ));
            return Err(problems);
        }
        let mut object = Map::new();
        for (col, cell) in slots.iter().zip(record.iter()) {
            if let Some(col) = col.filter(|_| !cell.is_empty())
                && let Err(reason) = read_cell(col, cell, &mut object)
            {
                problems.push(Problem::error(at(line, col.name), reason));
            }
        }
        if record
            .iter()
            .skip(slots.len())
            .any(|c| !c.trim().is_empty())
        {
            problems.push(Problem::error(
                format!("row {line}"),
                format!(
                    "has {} cells but the header names {} columns",
                    record.len(),
                    slots.len()
                ),
            ));
        }
        half_pair(&mut object, columns, line, &mut problems);
        out.push(Row { line, object });
    }
    if problems.is_empty() {
        Ok((out, warnings))
    } else {
        Err(problems)
    }
}

/// A `[low, high]` band needs both ends.
fn half_pair(obj: &mut Map<String, Value>, columns: &[Column], line: u64, out: &mut Vec<Problem>) {
    use super::columns::Kind;
    for c in columns.iter().filter(|c| c.kind == Kind::Pair(0)) {
        let Some(Value::Array(pair)) = obj.get(c.field) else {
            continue;
        };
        if pair.iter().any(Value::is_null) {
            let other = columns
                .iter()
                .find(|o| o.field == c.field && o.kind == Kind::Pair(1))
                .map_or("", |o| o.name);
            out.push(Problem::error(
                at(line, c.name),
                format!("{} and {other} go together: give both or neither", c.name),
            ));
        }
    }
}
