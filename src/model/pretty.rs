//! Pretty JSON from compact JSON text: the same layout as `serde_json::to_string_pretty` (two
//! spaces, `": "`, empty `[]` and `{}` kept on one line), made by re-indenting the compact text.
//! The wasm then carries one serialiser per type instead of a compact and a pretty one.

/// `compact` (valid JSON without insignificant white space) laid out over lines.
pub fn pretty(compact: &str) -> String {
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0usize;
    let (mut in_string, mut escaped) = (false, false);
    let mut chars = compact.chars().peekable();
    let newline = |out: &mut String, depth: usize| {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    };
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                if chars.peek().is_some_and(|&n| n == '}' || n == ']') {
                    out.extend(chars.next());
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            _ => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::pretty;
    use crate::model::{examples, parse_scenario};

    #[test]
    fn lays_out_like_serde_json() {
        let v: serde_json::Value = serde_json::from_str(
            r#"{"a":[],"b":{},"c":[1,{"d":"x,:{}[]\"\\"}],"e":-0.5,"f":null,"g":[[]]}"#,
        )
        .unwrap();
        let compact = serde_json::to_string(&v).unwrap();
        assert_eq!(pretty(&compact), serde_json::to_string_pretty(&v).unwrap());
    }

    #[test]
    fn every_example_reads_as_serde_json_writes_it() {
        for e in examples::EXAMPLES {
            let s = parse_scenario(e.json).unwrap().scenario;
            let expected = serde_json::to_string_pretty(&s).unwrap();
            assert_eq!(
                super::super::to_json_pretty(&s),
                expected,
                "example {}",
                e.id
            );
        }
    }
}
