//! Text measuring without a font: an estimate of the width of a label from its characters
//! (wide for CJK and full-width forms, narrow for thin Latin letters), identical natively and
//! in wasm, and shortening with an ellipsis to fit.

/// Bold text runs about this much wider than the estimate for regular text.
pub const BOLD: f64 = 1.1;

/// Estimated width in px of `text` at `size` px: wide for CJK and full-width forms, narrow for
/// thin Latin letters. Deliberately a little generous so labels do not overflow.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars().map(|c| char_em(c) * size).sum()
}

fn char_em(c: char) -> f64 {
    let u = c as u32;
    let wide = matches!(u,
        0x1100..=0x115f | 0x2e80..=0xa4cf | 0xac00..=0xd7a3 | 0xf900..=0xfaff
        | 0xfe30..=0xfe4f | 0xff00..=0xff60 | 0xffe0..=0xffe6 | 0x1f300..=0x1faff
        | 0x20000..=0x3fffd);
    if wide {
        1.0
    } else if "iljtfrI.,:;'|!() ".contains(c) {
        0.36
    } else if "MWmw@%—".contains(c) || (0x2190..=0x21ff).contains(&u) {
        0.92
    } else if c.is_ascii_uppercase() {
        0.74
    } else {
        0.62
    }
}

/// Shortens `text` with an ellipsis so it fits `max` px at `size` px.
pub fn fit(text: &str, max: f64, size: f64) -> String {
    if text_width(text, size) <= max {
        return text.to_string();
    }
    let budget = max - text_width("…", size);
    let mut used = 0.0;
    let mut out = String::new();
    for c in text.chars() {
        used += char_em(c) * size;
        if used > budget {
            break;
        }
        out.push(c);
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_is_wider_than_latin() {
        assert!(text_width("ソフトバンク", 10.0) > text_width("SoftBank", 10.0));
        assert_eq!(text_width("", 10.0), 0.0);
    }

    #[test]
    fn fit_shortens_with_an_ellipsis() {
        let long = "Subcontractor of NAVER Cloud Corporation and friends";
        let short = fit(long, 80.0, 12.0);
        assert!(short.ends_with('…'));
        assert!(text_width(&short, 12.0) <= 80.0);
        assert_eq!(fit("LY", 80.0, 12.0), "LY");
        assert_eq!(fit("abc", 0.0, 12.0), "…");
    }
}
