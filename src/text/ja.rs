//! TEMPORARY placeholder until the Japanese catalogue (branch `ja`) is merged: English text.

use super::{Key, english};

/// The Japanese text of a key.
pub fn japanese(key: Key) -> &'static str {
    english(key)
}
