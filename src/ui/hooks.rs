//! Hooks shared by components: the active language's catalogue.

use yew::prelude::*;

use crate::text::{Key, Lang, text};

/// A function that looks up catalogue text in the language the app is shown in.
#[hook]
pub fn use_text() -> impl Fn(Key) -> &'static str + Clone {
    let lang = use_context::<Lang>().unwrap_or_default();
    move |k| text(lang, k)
}
