//! Light or dark, following the system: the charts are drawn in the matching palette and
//! redrawn when the system switches.

use gloo::events::EventListener;
use yew::prelude::*;

const DARK: &str = "(prefers-color-scheme: dark)";

fn prefers_dark() -> bool {
    gloo::utils::window()
        .match_media(DARK)
        .ok()
        .flatten()
        .is_some_and(|m| m.matches())
}

/// Whether the system asks for a dark page now; re-renders when that changes.
#[hook]
pub fn use_prefers_dark() -> bool {
    let dark = use_state(prefers_dark);
    {
        let dark = dark.clone();
        use_effect_with((), move |_| {
            let query = gloo::utils::window().match_media(DARK).ok().flatten();
            let listener =
                query.map(|q| EventListener::new(&q, "change", move |_| dark.set(prefers_dark())));
            move || drop(listener)
        });
    }
    *dark
}
