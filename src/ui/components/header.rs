//! The page header: the product name and the scenario's title.

use yew::prelude::*;

use crate::text::Key;
use crate::ui::hooks::use_text;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub title: AttrValue,
    pub currency: AttrValue,
}

/// The header with the scenario title (or "Untitled scenario").
#[component]
pub fn Header(props: &HeaderProps) -> Html {
    let t = use_text();
    let title = if props.title.trim().is_empty() {
        t(Key::UntitledScenario).into()
    } else {
        props.title.clone()
    };
    html! {
        <header class="app-header">
            <a class="skip" href="#results">{ t(Key::Skip) }</a>
            <div class="brand">
                <span class="logo" aria-hidden="true">{ "◆" }</span>
                <span class="product">{ t(Key::AppName) }</span>
            </div>
            <h1 class="scenario-title">{ title }</h1>
            <p class="tagline">{ t(Key::Tagline) }</p>
            <p class="meta">{ format!("{} {}", t(Key::MoneyIn), props.currency) }</p>
        </header>
    }
}
