//! Putting imported rows into a scenario: merged (a row whose key matches an element replaces
//! it, the others are added) or replacing the whole list; then the problems the model finds in
//! imported elements are told by CSV row and column instead of JSON path.

use serde_json::{Map, Value};
use std::collections::HashMap;

use super::columns::column_of;
use super::read::{Row, at};
use super::{List, Mode};
use crate::model::{Problem, Scenario};

/// The scenario's JSON with the rows put into `list`, and for each element index of that list
/// that came from the file, the file's line.
pub fn apply(
    base: &Scenario,
    list: List,
    rows: Vec<Row>,
    mode: Mode,
) -> (Value, HashMap<usize, u64>) {
    let mut value = crate::model::to_value(base);
    let mut elements = match (mode, value.get(list.name())) {
        (Mode::Merge, Some(Value::Array(items))) => items.clone(),
        _ => Vec::new(),
    };
    let key_fields = list.key();
    let key = |o: &Map<String, Value>| -> Vec<String> {
        key_fields
            .iter()
            .map(|f| o.get(*f).and_then(Value::as_str).unwrap_or("").to_string())
            .collect()
    };
    // Key of each element already there -> its index, first occurrence only.
    let mut existing: HashMap<Vec<String>, usize> = HashMap::new();
    for (i, e) in elements.iter().enumerate() {
        if let Some(o) = e.as_object() {
            existing.entry(key(o)).or_insert(i);
        }
    }
    let mut lines = HashMap::new();
    for row in rows {
        let k = key(&row.object);
        // A second row with the same key is added, so the model reports the duplicate.
        match existing.remove(&k) {
            Some(i) if i < elements.len() => {
                elements[i] = Value::Object(row.object);
                lines.insert(i, row.line);
            }
            _ => {
                lines.insert(elements.len(), row.line);
                elements.push(Value::Object(row.object));
            }
        }
    }
    if let Value::Object(m) = &mut value {
        m.insert(list.name().to_string(), Value::Array(elements));
    }
    (value, lines)
}

/// Re-tells a problem at `list[i].field` as `row N, column` when element `i` came from the file.
pub fn locate(p: Problem, list: List, lines: &HashMap<usize, u64>) -> Problem {
    let Some(rest) = p
        .path
        .strip_prefix(list.name())
        .and_then(|r| r.strip_prefix('['))
    else {
        return p;
    };
    let Some((index, field)) = rest.split_once(']') else {
        return p;
    };
    let Some(line) = index.parse::<usize>().ok().and_then(|i| lines.get(&i)) else {
        return p;
    };
    let field = field.strip_prefix('.').unwrap_or(field);
    let path = match column_of(list.columns(), field) {
        Some(col) => at(*line, col),
        None if field.is_empty() => format!("row {line}"),
        None => at(*line, field),
    };
    Problem { path, ..p }
}
