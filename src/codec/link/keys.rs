//! The short-key dictionary of link format 1: known field names become one or two characters in
//! a link and are spelled out again when it is opened. It works on any JSON tree, so fields
//! added to the model later (which pass through under their own names) keep working.
//!
//! The rule is a bijection on object keys, whatever they are:
//! - a key in [`TABLE`] is written as its code;
//! - a key that is itself a code, or starts with `~`, is written with one more `~` in front;
//! - any other key (a country code, a field this table does not know) is written unchanged.
//!
//! Opening reverses it. The table is frozen for link format 1: changing a code would change the
//! meaning of links already shared. Codes are `A`–`Z`, `0`–`9` and `_` plus a letter, which no
//! scenario field is named.

use serde_json::{Map, Value};

/// Full field name → code, for link format 1. Frozen.
pub const TABLE: [(&str, &str); 49] = [
    ("id", "A"),
    ("name", "B"),
    ("holder", "C"),
    ("target", "D"),
    ("percent", "E"),
    ("client", "F"),
    ("vendor", "G"),
    ("service", "H"),
    ("access", "I"),
    ("shared", "J"),
    ("description", "K"),
    ("country", "L"),
    ("kind", "M"),
    ("class", "N"),
    ("records", "O"),
    ("by_country", "P"),
    ("entry", "Q"),
    ("rate", "R"),
    ("label", "S"),
    ("entities", "T"),
    ("holdings", "U"),
    ("links", "V"),
    ("data", "W"),
    ("threats", "X"),
    ("control_rights", "Y"),
    ("settings", "Z"),
    ("version", "0"),
    ("title", "1"),
    ("currency", "2"),
    ("processors", "3"),
    ("range", "4"),
    ("votes_percent", "5"),
    ("treasury_percent", "6"),
    ("value", "7"),
    ("low", "8"),
    ("high", "9"),
    ("p_back", "_a"),
    ("cost_per_record", "_b"),
    ("exposed_fraction", "_c"),
    ("quota", "_d"),
    ("strict", "_e"),
    ("special_quota", "_f"),
    ("turnout", "_g"),
    ("weakest_link", "_h"),
    ("float_atom", "_i"),
    ("trials", "_j"),
    ("seed", "_k"),
    ("propagation", "_l"),
    ("cost_model", "_m"),
];

const ESCAPE: char = '~';

fn code_of(key: &str) -> Option<&'static str> {
    TABLE.iter().find(|(k, _)| *k == key).map(|(_, c)| *c)
}

fn key_of(code: &str) -> Option<&'static str> {
    TABLE.iter().find(|(_, c)| *c == code).map(|(k, _)| *k)
}

fn short_key(key: String) -> String {
    match code_of(&key) {
        Some(code) => code.to_string(),
        None if key_of(&key).is_some() || key.starts_with(ESCAPE) => format!("{ESCAPE}{key}"),
        None => key,
    }
}

fn long_key(key: String) -> String {
    match key_of(&key) {
        Some(k) => k.to_string(),
        None => match key.strip_prefix(ESCAPE) {
            Some(rest) => rest.to_string(),
            None => key,
        },
    }
}

fn map_keys(v: Value, f: &impl Fn(String) -> String) -> Value {
    match v {
        Value::Object(m) => {
            let mut out = Map::new();
            for (k, x) in m {
                out.insert(f(k), map_keys(x, f));
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.into_iter().map(|x| map_keys(x, f)).collect()),
        other => other,
    }
}

/// Writes every known key of the tree as its code.
pub fn shorten(v: Value) -> Value {
    map_keys(v, &short_key)
}

/// Spells every code of the tree out again (the inverse of [`shorten`]).
pub fn expand(v: Value) -> Value {
    map_keys(v, &long_key)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    #[test]
    fn codes_and_names_are_each_unique() {
        for (i, (k, c)) in TABLE.iter().enumerate() {
            for (k2, c2) in &TABLE[i + 1..] {
                assert_ne!(k, k2);
                assert_ne!(c, c2);
            }
            assert!(c.len() <= 2 && !c.starts_with(ESCAPE));
        }
    }

    #[test]
    fn known_keys_shrink_and_unknown_ones_pass_through() {
        let v = json!({"holdings": [{"holder": "a", "target": "b", "percent": 5}],
                       "settings": {"detected": "2023-10-17"}, "by_country": {"JP": 1}});
        let s = shorten(v.clone());
        assert_eq!(
            s,
            json!({"U": [{"C": "a", "D": "b", "E": 5}], "Z": {"detected": "2023-10-17"},
                   "P": {"JP": 1}})
        );
        assert_eq!(expand(s), v);
    }

    #[test]
    fn keys_that_look_like_codes_are_escaped() {
        let v = json!({"A": 1, "~x": 2, "_a": 3, "p": 4});
        let s = shorten(v.clone());
        assert_eq!(s, json!({"~A": 1, "~~x": 2, "~_a": 3, "p": 4}));
        assert_eq!(expand(s), v);
    }

    proptest! {
        #[test]
        fn expand_undoes_shorten_for_any_keys(keys in prop::collection::vec("[~_A-Za-z0-9]{0,4}|[a-z_]{1,16}", 0..12)) {
            let mut m = Map::new();
            for (i, k) in keys.iter().enumerate() {
                m.insert(k.clone(), json!([{ k.clone(): i }]));
            }
            let v = Value::Object(m);
            prop_assert_eq!(expand(shorten(v.clone())), v);
        }
    }
}
