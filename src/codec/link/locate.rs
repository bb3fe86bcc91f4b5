//! Finding the `s=` value in whatever the user pasted: a whole URL, a fragment or the bare
//! value, repaired from what mail clients and scanners do to links on the way (`#` written as
//! `%23` or `%2523`, `=` as `%3D`, line breaks and spaces inserted, a full stop or bracket
//! stuck to the end).

/// Times `%25` is undone at most: one for each time a scanner escaped the link again.
const MAX_UNESCAPE: usize = 4;

/// The link value (`1z.<payload>.<check>`) found in `input`, repaired. `None` when there is
/// nothing that looks like an Exposure link at all.
pub fn value(input: &str) -> Option<String> {
    let mut text: String = input.chars().filter(|c| !c.is_whitespace()).collect();
    for _ in 0..MAX_UNESCAPE {
        if !contains_ci(&text, "%25") {
            break;
        }
        text = replace_ci(&text, "%25", "%");
    }
    let text = replace_ci(&replace_ci(&text, "%23", "#"), "%3d", "=");
    let found = after_key(&text).or_else(|| bare(&text))?;
    let end = found
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.')))
        .unwrap_or(found.len());
    let v = found[..end].trim_end_matches('.');
    (!v.is_empty()).then(|| v.to_string())
}

/// The text after `s=` where `s=` starts the input or follows `#`, `?`, `&` or `;`.
fn after_key(text: &str) -> Option<&str> {
    let mut from = 0;
    while let Some(i) = text.get(from..)?.find("s=") {
        let at = from + i;
        let starts_part =
            at == 0 || matches!(text.as_bytes().get(at - 1), Some(b'#' | b'?' | b'&' | b';'));
        if starts_part {
            return text.get(at + 2..);
        }
        from = at + 2;
    }
    None
}

/// The input itself (or what follows its `#`) when it starts like a link value: a digit.
fn bare(text: &str) -> Option<&str> {
    let t = text.rsplit('#').next().unwrap_or(text);
    t.starts_with(|c: char| c.is_ascii_digit()).then_some(t)
}

fn contains_ci(text: &str, pat: &str) -> bool {
    text.to_ascii_lowercase().contains(pat)
}

/// Replaces an ASCII pattern, ignoring case, in one linear pass.
fn replace_ci(text: &str, pat: &str, with: &str) -> String {
    let lower = text.to_ascii_lowercase();
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (i, _) in lower.match_indices(pat) {
        out.push_str(&text[last..i]);
        out.push_str(with);
        last = i + pat.len();
    }
    out.push_str(&text[last..]);
    out
}

#[cfg(test)]
mod tests {
    use super::value;

    #[test]
    fn accepts_a_url_a_fragment_and_the_bare_value() {
        let v = Some("1z.abc.defg".to_string());
        assert_eq!(value("https://x.example/app/?embed=1#s=1z.abc.defg"), v);
        assert_eq!(value("#s=1z.abc.defg&view=graph"), v);
        assert_eq!(value("s=1z.abc.defg"), v);
        assert_eq!(value("1z.abc.defg"), v);
    }

    #[test]
    fn repairs_what_mail_does_to_links() {
        let v = Some("1z.abc.defg".to_string());
        assert_eq!(value("https://x.example/%23s=1z.abc.defg"), v);
        assert_eq!(value("https://x.example/%2523s%253D1z.abc.defg"), v);
        assert_eq!(value("<https://x.example/#s=1z.a\r\n  bc.de\tfg>."), v);
        assert_eq!(value("(see #s=1z.abc.defg)"), v);
    }

    #[test]
    fn text_without_a_link_gives_nothing() {
        assert_eq!(value("hello world"), None);
        assert_eq!(value("https://x.example/#news=1"), None);
        assert_eq!(value(""), None);
        assert_eq!(value("#s="), None);
    }
}
