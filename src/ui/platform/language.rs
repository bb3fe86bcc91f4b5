//! The page's language: what the address (`?lang=ja|en`) or else the browser asks for, the
//! `lang` attribute of `<html>` (screen readers and fonts follow it), and the address kept in
//! step when the reader switches, so a copied address opens in the same language.

use super::location;
use crate::text::Lang;

/// The language to start in: `?lang=` when it names one the app speaks, else the first of the
/// browser's preferred languages that it speaks, else English.
pub fn initial() -> Lang {
    let href = location::href();
    if let Some(l) = location::param(&href, "lang").and_then(Lang::parse) {
        return l;
    }
    let nav = gloo::utils::window().navigator();
    let listed: Vec<String> = nav
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .chain(nav.language())
        .collect();
    Lang::preferred(listed.iter().map(String::as_str))
}

/// Sets `<html lang>`.
pub fn set_document(lang: Lang) {
    if let Some(root) = gloo::utils::document().document_element() {
        let _ = root.set_attribute("lang", lang.tag());
    }
}

/// Puts `lang=` into the page's address (replacing any), keeping the other parameters and the
/// fragment (the share link).
pub fn set_address(lang: Lang) {
    let href = location::href();
    let fragment = href.find('#').map_or("", |i| &href[i..]);
    let rest = location::without_params(&href, &["lang"]);
    let sep = if rest.contains('?') { '&' } else { '?' };
    location::replace(&format!("{rest}{sep}lang={}{fragment}", lang.tag()));
}
