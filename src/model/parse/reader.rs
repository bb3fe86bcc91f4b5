//! A small reader over `serde_json::Value` that records every type problem with its JSON path
//! and keeps going, so a file with ten mistakes reports ten problems, not the first one.

use serde_json::{Map, Value};

use crate::model::problem::{Problem, quote, show};
use crate::model::types::Named;

/// Problems found while reading, shared by every reader of one document.
#[derive(Default)]
pub struct Sink {
    pub problems: Vec<Problem>,
}

impl Sink {
    pub fn error(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem::error(path, message));
    }
    pub fn warning(&mut self, path: &str, message: impl Into<String>) {
        self.problems.push(Problem::warning(path, message));
    }
}

/// Names a JSON value's type the way a user would read it.
pub fn kind_of(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("{b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) => format!("the text {}", quote(s)),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

/// Reads the fields of one JSON object, remembering which keys were known.
pub struct Obj<'a> {
    map: &'a Map<String, Value>,
    pub path: String,
    known: Vec<&'static str>,
}

impl<'a> Obj<'a> {
    /// Starts reading `v` as an object; reports and returns `None` when it is something else.
    pub fn new(v: &'a Value, path: &str, sink: &mut Sink) -> Option<Self> {
        match v {
            Value::Object(map) => Some(Obj {
                map,
                path: path.to_string(),
                known: Vec::new(),
            }),
            other => {
                sink.error(
                    path,
                    format!("expected an object, found {}", kind_of(other)),
                );
                None
            }
        }
    }

    /// The path of a field of this object.
    pub fn at(&self, key: &str) -> String {
        if self.path.is_empty() {
            key.to_string()
        } else {
            format!("{}.{key}", self.path)
        }
    }

    /// The raw value of a field, marking the key as known. `null` counts as absent.
    pub fn get(&mut self, key: &'static str) -> Option<&'a Value> {
        self.known.push(key);
        self.map.get(key).filter(|v| !v.is_null())
    }

    /// A required text field; missing or wrong type gives "" and a problem.
    pub fn text(&mut self, key: &'static str, sink: &mut Sink) -> String {
        match self.get(key) {
            Some(v) => as_text(v, &self.at(key), sink).unwrap_or_default(),
            None => {
                sink.error(&self.at(key), "missing; this field is required");
                String::new()
            }
        }
    }

    /// An optional text field.
    pub fn text_opt(&mut self, key: &'static str, sink: &mut Sink) -> Option<String> {
        let v = self.get(key)?;
        as_text(v, &self.at(key), sink)
    }

    /// A required number; missing or wrong type gives NaN (which validation then skips) and a problem.
    pub fn number(&mut self, key: &'static str, sink: &mut Sink) -> f64 {
        match self.get(key) {
            Some(v) => as_number(v, &self.at(key), sink).unwrap_or(f64::NAN),
            None => {
                sink.error(&self.at(key), "missing; this field is required");
                f64::NAN
            }
        }
    }

    /// An optional number.
    pub fn number_opt(&mut self, key: &'static str, sink: &mut Sink) -> Option<f64> {
        let v = self.get(key)?;
        Some(as_number(v, &self.at(key), sink).unwrap_or(f64::NAN))
    }

    /// An optional whole number ≥ 0 that fits in 64 bits.
    pub fn count_opt(&mut self, key: &'static str, sink: &mut Sink) -> Option<u64> {
        let v = self.get(key)?;
        let path = self.at(key);
        match v.as_u64() {
            Some(n) => Some(n),
            None => {
                sink.error(
                    &path,
                    format!("expected a whole number ≥ 0, found {}", kind_of(v)),
                );
                None
            }
        }
    }

    /// An optional `true`/`false`.
    pub fn flag_opt(&mut self, key: &'static str, sink: &mut Sink) -> Option<bool> {
        let v = self.get(key)?;
        match v {
            Value::Bool(b) => Some(*b),
            other => {
                sink.error(
                    &self.at(key),
                    format!("expected true or false, found {}", kind_of(other)),
                );
                None
            }
        }
    }

    /// An optional one-of-these-words field.
    pub fn choice_opt<T: Named>(&mut self, key: &'static str, sink: &mut Sink) -> Option<T> {
        let v = self.get(key)?;
        as_choice(v, &self.at(key), sink)
    }

    /// An optional list; each element is handed to `each` with its path.
    pub fn list<T>(
        &mut self,
        key: &'static str,
        sink: &mut Sink,
        mut each: impl FnMut(&'a Value, &str, &mut Sink) -> Option<T>,
    ) -> Vec<T> {
        let Some(v) = self.get(key) else {
            return Vec::new();
        };
        let path = self.at(key);
        match v {
            Value::Array(items) => items
                .iter()
                .enumerate()
                .filter_map(|(i, item)| each(item, &format!("{path}[{i}]"), sink))
                .collect(),
            other => {
                sink.error(&path, format!("expected a list, found {}", kind_of(other)));
                Vec::new()
            }
        }
    }

    /// Warns about every key that no reader asked for: it is ignored, not fatal.
    pub fn finish(self, sink: &mut Sink) {
        for key in self.map.keys() {
            if !self.known.iter().any(|k| k == key) {
                sink.warning(&self.at(key), "unknown field, ignored");
            }
        }
    }
}

/// Reads text; anything else is a problem.
pub fn as_text(v: &Value, path: &str, sink: &mut Sink) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        other => {
            sink.error(path, format!("expected text, found {}", kind_of(other)));
            None
        }
    }
}

/// Reads a number; text that looks like a number is still refused, with a hint.
pub fn as_number(v: &Value, path: &str, sink: &mut Sink) -> Option<f64> {
    match v {
        Value::Number(n) => n.as_f64(),
        Value::String(s) if s.trim().parse::<f64>().is_ok() => {
            sink.error(
                path,
                format!(
                    "expected a number, found the text {} (remove the quotes)",
                    quote(s)
                ),
            );
            None
        }
        other => {
            sink.error(path, format!("expected a number, found {}", kind_of(other)));
            None
        }
    }
}

/// Reads one of a fixed set of words.
pub fn as_choice<T: Named>(v: &Value, path: &str, sink: &mut Sink) -> Option<T> {
    let words = || {
        T::ALL
            .iter()
            .map(|t| format!("\"{}\"", t.word()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match v {
        Value::String(s) => match T::from_word(s) {
            Some(t) => Some(t),
            None => {
                sink.error(path, format!("{} is not one of {}", quote(s), words()));
                None
            }
        },
        other => {
            sink.error(
                path,
                format!("expected one of {}, found {}", words(), kind_of(other)),
            );
            None
        }
    }
}

/// Reads a `[low, high]` pair of numbers.
pub fn as_pair(v: &Value, path: &str, sink: &mut Sink) -> Option<[f64; 2]> {
    match v {
        Value::Array(items) if items.len() == 2 => {
            let a = as_number(&items[0], &format!("{path}[0]"), sink);
            let b = as_number(&items[1], &format!("{path}[1]"), sink);
            Some([a.unwrap_or(f64::NAN), b.unwrap_or(f64::NAN)])
        }
        Value::Array(items) => {
            sink.error(
                path,
                format!(
                    "expected [low, high], found a list of {}",
                    show(items.len() as f64)
                ),
            );
            None
        }
        other => {
            sink.error(
                path,
                format!("expected [low, high], found {}", kind_of(other)),
            );
            None
        }
    }
}
