//! The page's address: reading it (a share link arrives in it, `?embed=1` and `view=` too) and
//! replacing its fragment as the scenario changes, with `history.replaceState` so editing adds
//! no history entries. Any failure (an opaque origin refuses `replaceState`) leaves it as it is.

use wasm_bindgen::JsValue;

/// The whole address of the page (`""` if it cannot be read).
pub fn href() -> String {
    gloo::utils::window().location().href().unwrap_or_default()
}

/// The address without its fragment, and without a link that mail mangled into the path or
/// query (`…/%23s=1z…`), so a link added to it is the only one.
pub fn base(href: &str) -> &str {
    let mut end = href.find('#').unwrap_or(href.len());
    let lower = href.to_ascii_lowercase();
    for mangled in ["%23s", "%2523s"] {
        if let Some(i) = lower.find(mangled) {
            end = end.min(i);
        }
    }
    &href[..end]
}

/// The value of query parameter `name` in `href` (`?embed=1&view=graph`), undecoded.
pub fn param<'a>(href: &'a str, name: &str) -> Option<&'a str> {
    let query = base(href).split_once('?')?.1;
    query
        .split('&')
        .filter_map(|kv| kv.split_once('=').or(Some((kv, ""))))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v)
}

/// `href` without the query parameters `names` (the full app's address from an embed's).
pub fn without_params(href: &str, names: &[&str]) -> String {
    let base = base(href);
    let Some((path, query)) = base.split_once('?') else {
        return base.to_string();
    };
    let kept: Vec<&str> = query
        .split('&')
        .filter(|kv| !kv.is_empty() && !names.contains(&kv.split('=').next().unwrap_or(kv)))
        .collect();
    if kept.is_empty() {
        path.to_string()
    } else {
        format!("{path}?{}", kept.join("&"))
    }
}

/// Replaces the page's address by `url` (same document), keeping the history entry.
pub fn replace(url: &str) {
    if let Ok(h) = gloo::utils::window().history() {
        let _ = h.replace_state_with_url(&JsValue::NULL, "", Some(url));
    }
}
