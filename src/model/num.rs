//! Number output: whole numbers are written without a trailing `.0`, so files and share links
//! stay short and read the way people typed them (`50`, not `50.0`).

use serde::Serializer;
use std::collections::BTreeMap;

/// Largest integer an f64 holds exactly; beyond it we keep the float form.
const EXACT: f64 = 9_007_199_254_740_992.0;

/// Writes one number, as an integer when it is whole.
pub fn one<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if v.is_finite() && v.fract() == 0.0 && v.abs() < EXACT {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

/// Writes an optional number (only called when present).
pub fn opt<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(x) => one(x, s),
        None => s.serialize_none(),
    }
}

/// Writes an optional `[low, high]` pair.
pub fn opt_pair<S: Serializer>(v: &Option<[f64; 2]>, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeSeq;
    match v {
        Some([a, b]) => {
            let mut seq = s.serialize_seq(Some(2))?;
            seq.serialize_element(&Num(*a))?;
            seq.serialize_element(&Num(*b))?;
            seq.end()
        }
        None => s.serialize_none(),
    }
}

/// Writes a map of numbers.
pub fn map<S: Serializer>(v: &BTreeMap<String, f64>, s: S) -> Result<S::Ok, S::Error> {
    use serde::ser::SerializeMap;
    let mut m = s.serialize_map(Some(v.len()))?;
    for (k, x) in v {
        m.serialize_entry(k, &Num(*x))?;
    }
    m.end()
}

/// A number that serialises the short way; usable inside other containers.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Num(pub f64);

impl serde::Serialize for Num {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        one(&self.0, s)
    }
}

#[cfg(test)]
mod tests {
    use super::Num;

    #[test]
    fn whole_numbers_have_no_fraction_and_others_keep_it() {
        assert_eq!(serde_json::to_string(&Num(50.0)).unwrap(), "50");
        assert_eq!(serde_json::to_string(&Num(-3.0)).unwrap(), "-3");
        assert_eq!(serde_json::to_string(&Num(64.5)).unwrap(), "64.5");
        // serde_json 1.0.154 writes exponents as "1e+300"; older releases wrote "1e300".
        let big = serde_json::to_string(&Num(1e300)).unwrap();
        assert!(big == "1e300" || big == "1e+300", "{big}");
    }
}
