//! Share links: a whole scenario in the URL fragment, which no server sees.
//!
//! Format 1, as `scenario-v1.md` specifies: `#s=1z.<payload>.<check>`.
//! - `1` is the link format version; a larger number is refused with a message that the link
//!   was made by a newer version of Exposure.
//! - `z`: the payload is raw DEFLATE (RFC 1951, no zlib header) of compact JSON; `j`: the payload
//!   is the compact JSON itself, used when deflate saves less than 20 %.
//! - The JSON is the scenario as files write it (defaults left out) with the `format` member
//!   left out (a link is always an Exposure scenario) and field names shortened by the frozen
//!   dictionary of [`keys`].
//! - The payload is unpadded base64url (RFC 4648 §5).
//! - `<check>` is 4 characters: see [`check`] (CRC-32 of the payload characters).
//!
//! A decoder never inflates (nor accepts) more than [`MAX_JSON`] bytes of JSON.

pub mod check;
pub mod keys;
mod locate;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use miniz_oxide::inflate::TINFLStatus;
use serde_json::Value;

use crate::model::{self, FORMAT, Parsed, Problem, Scenario};

/// The link format this build writes; it opens this one and every earlier one.
pub const FORMAT_VERSION: u32 = 1;
/// Most JSON a link may carry, compressed or not: 1 MiB.
pub const MAX_JSON: usize = 1024 * 1024;
/// Deflate is used only when it saves at least this share of the JSON's length.
const MIN_SAVING: f64 = 0.20;
/// The deflate level used (miniz_oxide's highest).
const LEVEL: u8 = 10;

/// The fragment for a scenario, `#s=1z.<payload>.<check>`. Fails only when the scenario's JSON
/// is larger than [`MAX_JSON`] (no decoder would open it; save a file instead).
pub fn encode(s: &Scenario) -> Result<String, Problem> {
    let mut value = crate::model::to_value(s);
    if let Value::Object(m) = &mut value {
        m.remove("format");
    }
    let json = serde_json::to_string(&keys::shorten(value)).unwrap_or_default();
    if json.len() > MAX_JSON {
        return Err(Problem::error(
            "",
            format!(
                "the scenario is {} KB of JSON, too large for a link (at most {} KB); save it \
                 as a JSON file instead",
                json.len() / 1024,
                MAX_JSON / 1024
            ),
        ));
    }
    let deflated = miniz_oxide::deflate::compress_to_vec(json.as_bytes(), LEVEL);
    let (mode, bytes) = if (deflated.len() as f64) <= (1.0 - MIN_SAVING) * json.len() as f64 {
        ('z', deflated.as_slice())
    } else {
        ('j', json.as_bytes())
    };
    let payload = URL_SAFE_NO_PAD.encode(bytes);
    let check = check::check(&payload);
    Ok(format!("#s={FORMAT_VERSION}{mode}.{payload}.{check}"))
}

/// Opens a link: a whole URL, a fragment (`#s=…`) or the bare value (`1z.…`), repaired from
/// mail mangling. A link with a wrong scenario inside gives the same problems, with the same
/// paths, as a file would. Never panics; bounded in time and memory for any input.
pub fn decode(input: &str) -> Result<Parsed, Vec<Problem>> {
    let value = decode_json(input).map_err(|p| vec![p])?;
    model::parse_value(&value)
}

/// Whether `input` (a page address, pasted text) carries something that looks like an Exposure
/// link, repaired as [`decode`] repairs it: then opening it either works or says why not. A page
/// address with another fragment (`#results`) carries none.
pub fn contains_link(input: &str) -> bool {
    input.len() > 16 * MAX_JSON || locate::value(input).is_some()
}

/// Opens a link as far as its JSON (full field names, `format` restored), without reading it
/// as a scenario.
pub fn decode_json(input: &str) -> Result<Value, Problem> {
    let fail = |m: &str| Problem::error("", m);
    if input.len() > 16 * MAX_JSON {
        return Err(fail("this is far longer than any Exposure link; refused"));
    }
    let value = locate::value(input).ok_or_else(|| {
        fail("no Exposure link found; a link looks like https://…/#s=1z.… (paste all of it)")
    })?;
    let parts: Vec<&str> = value.splitn(4, '.').collect();
    let head = parts.first().copied().unwrap_or_default();
    let digits = head.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let mode = &head[digits.len()..];
    match digits.parse::<u64>() {
        Ok(v) if v > u64::from(FORMAT_VERSION) => {
            return Err(fail(&format!(
                "this link was made by a newer version of Exposure (link format {v}; this \
                 version opens format {FORMAT_VERSION}); open it with the newer version"
            )));
        }
        Ok(v) if v == u64::from(FORMAT_VERSION) => {}
        Err(_) if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
            return Err(fail(
                "this link was made by a newer version of Exposure (its link format number is \
                 too large for this version); open it with the newer version",
            ));
        }
        _ => {
            return Err(fail(
                "this is not an Exposure link (it does not start with 1z. or 1j.)",
            ));
        }
    }
    if !matches!(mode, "z" | "j") {
        return Err(fail(&format!(
            "this link uses an encoding this version does not know ({}); it may come from \
             a newer version of Exposure",
            crate::model::problem::quote(mode)
        )));
    }
    let (payload, check) = match parts.as_slice() {
        [_, p, c] if c.len() == check::LEN => (*p, *c),
        [_, _, c] if c.len() < check::LEN => {
            return Err(incomplete());
        }
        [_, _, c] if c.len() > check::LEN => {
            return Err(fail(
                "this link is damaged: it has extra characters at its end",
            ));
        }
        [_, _, _, ..] => {
            return Err(fail("this link is damaged: it has extra parts at its end"));
        }
        _ => return Err(incomplete()),
    };
    if check::check(payload) != check {
        return Err(fail(
            "this link is damaged: its checksum does not match (characters were changed or \
             lost, or it was cut off); copy the whole link again",
        ));
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(payload)
        .map_err(|_| fail("this link is damaged: its payload is not valid base64url"))?;
    let json = if mode == "z" {
        inflate(&bytes)?
    } else if bytes.len() > MAX_JSON {
        return Err(too_big());
    } else {
        bytes
    };
    let text = std::str::from_utf8(&json)
        .map_err(|_| fail("this link is damaged: its content is not UTF-8 text"))?;
    let value: Value = serde_json::from_str(text).map_err(|e| {
        fail(&format!(
            "this link does not hold a scenario: its content is not valid JSON ({e})"
        ))
    })?;
    let mut value = keys::expand(value);
    if let Value::Object(m) = &mut value {
        m.entry("format")
            .or_insert_with(|| Value::String(FORMAT.to_string()));
    }
    Ok(value)
}

fn incomplete() -> Problem {
    Problem::error(
        "",
        "this link is incomplete: its end is missing (it was probably cut off when it was \
         copied or sent); copy the whole link again",
    )
}

fn too_big() -> Problem {
    Problem::error(
        "",
        format!(
            "this link would open to more than {} KB of data; refused",
            MAX_JSON / 1024
        ),
    )
}

fn inflate(bytes: &[u8]) -> Result<Vec<u8>, Problem> {
    miniz_oxide::inflate::decompress_to_vec_with_limit(bytes, MAX_JSON).map_err(|e| {
        match e.status {
            TINFLStatus::HasMoreOutput => too_big(),
            TINFLStatus::FailedCannotMakeProgress => Problem::error(
                "",
                "this link is incomplete: its compressed data ends too early",
            ),
            _ => Problem::error("", "this link is damaged: its compressed data is not valid"),
        }
    })
}
