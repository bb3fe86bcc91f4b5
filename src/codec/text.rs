//! Turning the bytes of an imported file into text: a size limit, the UTF-8 byte-order mark
//! stripped, and a clear message (never mojibake) when the file is UTF-16, Shift-JIS or any
//! other encoding that is not UTF-8.

use crate::model::Problem;

/// Largest imported file, in bytes (the same limit as scenario JSON files).
pub const MAX_BYTES: usize = crate::model::parse::MAX_BYTES;

/// The UTF-8 byte-order mark that Japanese Excel needs to read a CSV file as UTF-8.
pub const BOM: &str = "\u{feff}";

/// Reads `bytes` as UTF-8 text, without a leading byte-order mark. `what` names the file in
/// messages ("the CSV file").
pub fn utf8<'a>(bytes: &'a [u8], what: &str) -> Result<&'a str, Problem> {
    too_large(bytes.len(), what)?;
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(Problem::error(
            "",
            format!(
                "{what} is saved as UTF-16 (\"Unicode text\"); save the file as UTF-8 \
                 (CSV UTF-8 in Excel) and try again"
            ),
        ));
    }
    let bytes = bytes.strip_prefix(BOM.as_bytes()).unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|e| {
        let at = e.valid_up_to();
        let line = 1 + bytes.iter().take(at).filter(|b| **b == b'\n').count();
        Problem::error(
            "",
            format!(
                "{what} is not UTF-8 text (line {line} holds a byte that UTF-8 does not allow; \
                 Shift-JIS, as Japanese Excel saves by default, looks like this): save the file \
                 as UTF-8 (CSV UTF-8 in Excel) and try again"
            ),
        )
    })
}

/// Refuses input above [`MAX_BYTES`] with a message naming its size.
pub fn too_large(len: usize, what: &str) -> Result<(), Problem> {
    if len > MAX_BYTES {
        return Err(Problem::error(
            "",
            format!(
                "{what} is {:.1} MB; files larger than {} MB are refused",
                len as f64 / (1024.0 * 1024.0),
                MAX_BYTES / (1024 * 1024)
            ),
        ));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_is_stripped_and_plain_utf8_passes() {
        assert_eq!(utf8("\u{feff}a,b".as_bytes(), "x").unwrap(), "a,b");
        assert_eq!(utf8("日本".as_bytes(), "x").unwrap(), "日本");
    }

    #[test]
    fn shift_jis_and_utf16_are_refused_with_the_fix() {
        // "株式" in Shift-JIS.
        let sjis = [b'a', b'\n', 0x8a, 0x94, 0x8e, 0xae];
        let e = utf8(&sjis, "the CSV file").unwrap_err();
        assert!(e.message.contains("line 2"), "{e}");
        assert!(e.message.contains("CSV UTF-8 in Excel"), "{e}");
        let e = utf8(&[0xff, 0xfe, b'a', 0], "the CSV file").unwrap_err();
        assert!(e.message.contains("UTF-16"), "{e}");
    }

    #[test]
    fn oversized_input_is_refused() {
        assert!(too_large(MAX_BYTES, "f").is_ok());
        let e = too_large(MAX_BYTES + 1, "the file").unwrap_err();
        assert!(e.message.contains("larger than 16 MB"), "{e}");
    }
}
