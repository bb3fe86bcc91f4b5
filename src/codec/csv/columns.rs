//! The columns of each CSV list, and the conversion of one row to and from the scenario's JSON
//! for that list (so that reading and checking stay the model's job).

use serde_json::{Map, Number, Value};

use super::cells::{self, Unit};

/// How a column's cells are read and written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// An entity or category id: trimmed.
    Id,
    /// Free text, kept as typed (only a defusing quote is removed).
    Text,
    /// One word of a fixed list (`admin`, `board-majority`).
    Word,
    /// A number.
    Num(Unit),
    /// Several words of a fixed list (`authentication; network`).
    Words,
    /// Several entity ids (`naver; naver-cloud`).
    Ids,
    /// Records by country (`JP:121210; KR:5`).
    Countries,
    /// One end of a `[low, high]` pair stored under the field (0 or 1).
    Pair(usize),
    /// A member (`low`, `high`) of an object stored under the field.
    Member(&'static str),
}

/// One column: its header, the scenario field it fills, how it is read, and whether the
/// header must have it.
#[derive(Clone, Copy, Debug)]
pub struct Column {
    pub name: &'static str,
    pub field: &'static str,
    pub kind: Kind,
    pub required: bool,
}

const fn col(name: &'static str, kind: Kind, required: bool) -> Column {
    Column {
        name,
        field: name,
        kind,
        required,
    }
}

const fn part(name: &'static str, field: &'static str, kind: Kind) -> Column {
    Column {
        name,
        field,
        kind,
        required: false,
    }
}

pub const ENTITIES: &[Column] = &[
    col("id", Kind::Id, true),
    col("name", Kind::Text, true),
    col("kind", Kind::Word, false),
    col("country", Kind::Id, false),
    col("treasury_percent", Kind::Num(Unit::Percent), false),
    col("value", Kind::Num(Unit::Plain), false),
    col("description", Kind::Text, false),
];

pub const HOLDINGS: &[Column] = &[
    col("holder", Kind::Id, true),
    col("target", Kind::Id, true),
    col("percent", Kind::Num(Unit::Percent), true),
    col("votes_percent", Kind::Num(Unit::Percent), false),
    part("range_low", "range", Kind::Pair(0)),
    part("range_high", "range", Kind::Pair(1)),
    col("description", Kind::Text, false),
];

pub const LINKS: &[Column] = &[
    col("client", Kind::Id, true),
    col("vendor", Kind::Id, true),
    col("service", Kind::Text, false),
    col("access", Kind::Word, false),
    col("shared", Kind::Words, false),
    col("p", Kind::Num(Unit::Fraction), false),
    col("p_back", Kind::Num(Unit::Fraction), false),
    col("description", Kind::Text, false),
];

pub const DATA: &[Column] = &[
    col("id", Kind::Id, true),
    col("name", Kind::Text, true),
    col("holder", Kind::Id, true),
    col("class", Kind::Word, true),
    col("records", Kind::Num(Unit::Plain), true),
    col("processors", Kind::Ids, false),
    col("by_country", Kind::Countries, false),
    part("cost_low", "cost_per_record", Kind::Member("low")),
    part("cost_high", "cost_per_record", Kind::Member("high")),
    col("exposed_fraction", Kind::Num(Unit::Fraction), false),
    col("description", Kind::Text, false),
];

fn number(x: f64) -> Value {
    Number::from_f64(x).map_or(Value::Null, Value::Number)
}

/// Puts one non-empty cell into the row's JSON object; `Err` is the reason it cannot be read.
pub fn read_cell(c: &Column, cell: &str, obj: &mut Map<String, Value>) -> Result<(), String> {
    let raw = cells::undefuse(cell);
    let put = |obj: &mut Map<String, Value>, v: Value| {
        obj.insert(c.field.to_string(), v);
    };
    match c.kind {
        Kind::Text => put(obj, Value::String(raw.to_string())),
        Kind::Id => put(obj, Value::String(raw.trim().to_string())),
        Kind::Word => put(obj, Value::String(cells::word(raw))),
        Kind::Num(unit) => {
            if let Some(x) = cells::number(cell, unit)? {
                put(obj, number(x));
            }
        }
        Kind::Words | Kind::Ids => {
            let list = cells::items(raw).into_iter().map(|w| {
                Value::String(if c.kind == Kind::Words {
                    cells::word(&w)
                } else {
                    w
                })
            });
            put(obj, Value::Array(list.collect()));
        }
        Kind::Countries => {
            let mut m = Map::new();
            for (code, n) in cells::country_map(raw)? {
                m.insert(code, number(n));
            }
            put(obj, Value::Object(m));
        }
        Kind::Pair(i) => {
            if let Some(x) = cells::number(cell, Unit::Percent)? {
                let slot = obj
                    .entry(c.field)
                    .or_insert_with(|| Value::Array(vec![Value::Null, Value::Null]));
                if let Some(v) = slot.as_array_mut().and_then(|a| a.get_mut(i)) {
                    *v = number(x);
                }
            }
        }
        Kind::Member(key) => {
            if let Some(x) = cells::number(cell, Unit::Plain)? {
                let slot = obj
                    .entry(c.field)
                    .or_insert_with(|| Value::Object(Map::new()));
                if let Some(m) = slot.as_object_mut() {
                    m.insert(key.to_string(), number(x));
                }
            }
        }
    }
    Ok(())
}

/// The cell of column `c` for one element of the list (as the model writes it), not yet
/// defused.
pub fn write_cell(c: &Column, element: &Value) -> String {
    let Some(v) = element.get(c.field) else {
        return String::new();
    };
    let v = match c.kind {
        Kind::Pair(i) => v.get(i).unwrap_or(&Value::Null),
        Kind::Member(key) => v.get(key).unwrap_or(&Value::Null),
        _ => v,
    };
    match v {
        Value::String(s) => s.clone(),
        Value::Number(n) => n.to_string(),
        Value::Bool(b) => b.to_string(),
        Value::Array(items) => items
            .iter()
            .map(|x| write_cell(&col("", Kind::Text, false), &single(x)))
            .collect::<Vec<_>>()
            .join("; "),
        Value::Object(m) => m
            .iter()
            .map(|(k, x)| {
                format!(
                    "{k}:{}",
                    write_cell(&col("", Kind::Text, false), &single(x))
                )
            })
            .collect::<Vec<_>>()
            .join("; "),
        Value::Null => String::new(),
    }
}

/// Wraps a value as the only field (named "") of an object, to reuse [`write_cell`].
fn single(v: &Value) -> Value {
    let mut m = Map::new();
    m.insert(String::new(), v.clone());
    Value::Object(m)
}

/// The header a problem at `field` (a path inside one element, `range[0]`, `by_country.JP`)
/// belongs to in `columns`.
pub fn column_of(columns: &[Column], field: &str) -> Option<&'static str> {
    let head = field.split(['.', '[']).next().unwrap_or(field);
    let matching: Vec<&Column> = columns.iter().filter(|c| c.field == head).collect();
    match matching.as_slice() {
        [one] => Some(one.name),
        [] => None,
        several => {
            let rest = &field[head.len()..];
            several
                .iter()
                .find(|c| match c.kind {
                    Kind::Pair(i) => rest.starts_with(&format!("[{i}]")),
                    Kind::Member(k) => rest == format!(".{k}"),
                    _ => false,
                })
                .or(several.first())
                .map(|c| c.name)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn problem_paths_find_their_column() {
        assert_eq!(column_of(HOLDINGS, "range[1]"), Some("range_high"));
        assert_eq!(column_of(HOLDINGS, "range"), Some("range_low"));
        assert_eq!(column_of(HOLDINGS, "percent"), Some("percent"));
        assert_eq!(column_of(DATA, "cost_per_record.high"), Some("cost_high"));
        assert_eq!(column_of(DATA, "by_country.JP"), Some("by_country"));
        assert_eq!(column_of(DATA, "processors[2]"), Some("processors"));
        assert_eq!(column_of(DATA, "nothing"), None);
    }

    #[test]
    fn cells_round_trip_through_json() {
        let d = json!({"id": "u", "processors": ["a", "b"], "by_country": {"JP": 5, "KR": 1},
                       "cost_per_record": {"low": 1, "high": 2.5}});
        let mut obj = Map::new();
        for c in DATA {
            let cell = write_cell(c, &d);
            if !cell.is_empty() {
                read_cell(c, &cell, &mut obj).unwrap();
            }
        }
        assert_eq!(obj.get("processors"), d.get("processors"));
        assert_eq!(obj["by_country"]["JP"].as_f64(), Some(5.0));
        assert_eq!(obj["cost_per_record"]["high"].as_f64(), Some(2.5));
    }
}
