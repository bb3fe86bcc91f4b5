//! The 4-character check of a share link: CRC-32 of the payload, shown as base64url.
//!
//! Definition (reproducible from this text alone): take the payload exactly as it appears in
//! the link (its base64url characters as ASCII bytes); compute CRC-32/ISO-HDLC over them (the
//! CRC of zlib, PNG and Ethernet: reflected polynomial 0xEDB88320, initial value 0xFFFFFFFF,
//! final XOR 0xFFFFFFFF; "123456789" gives 0xCBF43926); write the CRC as 4 big-endian bytes;
//! the check is the unpadded base64url encoding of the first 3 of those bytes (4 characters).

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// Characters in a check.
pub const LEN: usize = 4;

const TABLE: [u32; 256] = table();

const fn table() -> [u32; 256] {
    let mut t = [0u32; 256];
    let mut i = 0;
    while i < 256 {
        let mut c = i as u32;
        let mut k = 0;
        while k < 8 {
            c = if c & 1 == 1 {
                0xEDB8_8320 ^ (c >> 1)
            } else {
                c >> 1
            };
            k += 1;
        }
        t[i] = c;
        i += 1;
    }
    t
}

/// CRC-32/ISO-HDLC of `bytes`.
pub fn crc32(bytes: &[u8]) -> u32 {
    let mut c = 0xFFFF_FFFFu32;
    for b in bytes {
        c = TABLE[((c ^ u32::from(*b)) & 0xFF) as usize] ^ (c >> 8);
    }
    c ^ 0xFFFF_FFFF
}

/// The check of a payload (see the module doc).
pub fn check(payload: &str) -> String {
    let crc = crc32(payload.as_bytes()).to_be_bytes();
    URL_SAFE_NO_PAD.encode(&crc[..3])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn crc32_matches_the_published_check_value() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
        assert_eq!(crc32(b""), 0);
    }

    #[test]
    fn check_is_four_url_safe_characters() {
        // 0xCBF439 -> base64url "y_Q5".
        assert_eq!(check("123456789"), "y_Q5");
        let c = check("abc");
        assert_eq!(c.len(), LEN);
        assert!(
            c.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        );
    }
}
