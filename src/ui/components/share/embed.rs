//! An embed's header: the scenario's title and "Open in full app", a link to the app without
//! `embed`/`view` and with the same scenario in its fragment, in a new tab.

use yew::prelude::*;

use crate::codec::link;
use crate::text::Key;
use crate::ui::hooks::{use_app, use_text};
use crate::ui::platform::location;
use crate::ui::same::Same;

#[component]
pub fn EmbedHeader() -> Html {
    let t = use_text();
    let state = use_app();
    let href = use_memo(Same(state.scenario.clone()), |s| {
        let base = location::without_params(&location::href(), &["embed", "view"]);
        format!("{base}{}", link::encode(s).unwrap_or_default())
    });
    let title = if state.scenario.title.trim().is_empty() {
        t(Key::UntitledScenario).to_string()
    } else {
        state.scenario.title.clone()
    };
    html! {
        <header class="embed-head">
            <h1 class="scenario-title">{ title }</h1>
            <a class="open-full" href={(*href).clone()} target="_blank" rel="noopener">
                { t(Key::OpenFullApp) }<span class="visually-hidden">{ " " }{ t(Key::NewTab) }</span>
                <span aria-hidden="true">{ " ↗" }</span>
            </a>
        </header>
    }
}
