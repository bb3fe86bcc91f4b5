//! The page header: the product name, the scenario's title, the toolbar (undo, redo, the
//! examples menu, the language) with a status line that tells screen readers what undo, redo or a load did,
//! and the files and sharing tools (`share::FileTools`).

use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::model::examples::{EXAMPLES, example_in};
use crate::text::{Key, Lang, example_name};
use crate::ui::components::share::FileTools;
use crate::ui::hooks::{SetLang, use_app, use_dispatch, use_text};
use crate::ui::state::{Action, Notice};

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
            <div class="header-main">
                <div>
                    <div class="brand">
                        <span class="logo" aria-hidden="true">{ "◆" }</span>
                        <span class="product">{ t(Key::AppName) }</span>
                    </div>
                    <h1 class="scenario-title">{ title }</h1>
                    <p class="tagline">{ t(Key::Tagline) }</p>
                    <p class="meta">{ format!("{} {}", t(Key::MoneyIn), props.currency) }</p>
                </div>
                <Toolbar />
            </div>
            <FileTools />
        </header>
    }
}

/// Undo, redo and the examples menu.
#[component]
pub fn Toolbar() -> Html {
    let t = use_text();
    let state = use_app();
    let dispatch = use_dispatch();
    let lang = use_context::<Lang>().unwrap_or_default();
    let set_lang = use_context::<SetLang>();
    let pick = use_node_ref();
    let load = {
        let (pick, dispatch) = (pick.clone(), dispatch.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(sel) = pick.cast::<HtmlSelectElement>() else {
                return;
            };
            if let Some(s) = example_in(&sel.value(), lang == Lang::Ja) {
                dispatch.emit(Action::Load(Rc::new(s)));
            }
        })
    };
    let notice = state.notice.map(|(n, count)| {
        let text = match n {
            Notice::Undone => t(Key::NoticeUndone),
            Notice::Redone => t(Key::NoticeRedone),
            Notice::Loaded => t(Key::NoticeLoaded),
        };
        // The counter makes a repeated notice a new text, so it is announced again.
        html! { <span key={count.to_string()}>{ text }</span> }
    });
    html! {
        <div class="toolbar" role="group" aria-label={t(Key::ToolbarLabel)}>
            <div class="history">
                <button type="button" onclick={dispatch.reform(|_| Action::Undo)} disabled={!state.history.can_undo()}
                    aria-keyshortcuts="Control+Z Meta+Z" title={t(Key::UndoTitle)}>
                    <span aria-hidden="true">{ "↶ " }</span>{ t(Key::Undo) }
                </button>
                <button type="button" onclick={dispatch.reform(|_| Action::Redo)} disabled={!state.history.can_redo()}
                    aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z Control+Y" title={t(Key::RedoTitle)}>
                    <span aria-hidden="true">{ "↷ " }</span>{ t(Key::Redo) }
                </button>
            </div>
            <div class="examples">
                <label for="example-pick">{ t(Key::Examples) }</label>
                <select id="example-pick" ref={pick}>
                    // Yew inserts options last first: the first is marked, or the last would show.
                    for (i, e) in EXAMPLES.iter().enumerate() {
                        <option value={e.id} selected={i == 0}>{ example_name(e.id).map_or(e.id, &t) }</option>
                    }
                </select>
                <button type="button" onclick={load}>{ t(Key::LoadExample) }</button>
            </div>
            if let Some(set) = set_lang {
                <div class="language">
                    <label for="language-pick">{ t(Key::LanguageLabel) }</label>
                    <select id="language-pick" data-testid="language"
                        onchange={set.reform(|e: Event| Lang::parse(&e.target_unchecked_into::<HtmlSelectElement>().value()).unwrap_or_default())}>
                        for l in Lang::ALL {
                            <option value={l.tag()} lang={l.tag()} selected={l == lang}>{ l.endonym() }</option>
                        }
                    </select>
                </div>
            }
            <p class="status visually-hidden" role="status" aria-live="polite">{ notice.unwrap_or_default() }</p>
        </div>
    }
}
