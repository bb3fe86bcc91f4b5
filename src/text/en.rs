//! English, the catalogue's first column (declared beside the keys in `text/mod.rs`).

use super::{Key, english_table};

/// The English text of a key.
pub fn english(key: Key) -> &'static str {
    english_table(key)
}
