//! Files and sharing: the toolbar that opens files (scenario JSON, CSV lists, BODS), saves and
//! exports them, copies the share link and the embed code, prints, and manages local data; the
//! messages area; the drop target; the CSV question; the print view; an embed's header.
//! Everything reads the scenario from the app state and the session from `SessionCtx`.

mod csv_dialog;
mod drop;
mod embed;
mod notices;
mod print;

pub use csv_dialog::CsvDialog;
pub use drop::DropZone;
pub use embed::EmbedHeader;
pub use notices::Notices;
pub use print::PrintView;

use std::rc::Rc;

use web_sys::{Element, HtmlInputElement};
use yew::prelude::*;

use crate::charts::escape::escape;
use crate::codec::csv::{self, List};
use crate::codec::file::file_name;
use crate::codec::{bods, link};
use crate::model::{Scenario, to_json_pretty};
use crate::text::Key;
use crate::ui::hooks::{use_app, use_dispatch, use_fill, use_text};
use crate::ui::platform::{clipboard, download, location};
use crate::ui::session::address::address_of;
use crate::ui::session::{Note, NoteAction, SessionCtx};
use crate::ui::state::Action;

/// Offers `text` as a download; a refusal is only logged (nothing the user can do about it).
fn save(text: &str, mime: &str, name: &str) {
    if let Err(e) = download::save_text(text, mime, name) {
        gloo::console::error!("download failed", e);
    }
}

/// A callback that saves the scenario as pretty JSON, `exposure-<title>.json`.
pub fn save_json(s: Rc<Scenario>) -> Callback<MouseEvent> {
    Callback::from(move |e: MouseEvent| {
        close_menu(&e);
        let name = file_name(&s.title, "", "json");
        save(&to_json_pretty(&s), "application/json", &name);
    })
}

/// Today's date as YYYY-MM-DD (local time), for BODS statements and the print view.
pub fn today() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date()
    )
}

/// The `<iframe>` that embeds the app on `s` in another page (a wiki), title escaped.
pub fn embed_code(s: &Scenario, title: &str) -> Option<String> {
    let fragment = link::encode(s).ok()?;
    let base = location::without_params(&location::href(), &["embed", "view"]);
    let sep = if base.contains('?') { '&' } else { '?' };
    Some(format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"600\" loading=\"lazy\" \
         style=\"border:0\"></iframe>",
        escape(&format!("{base}{sep}embed=1{fragment}")),
        escape(title)
    ))
}

/// Closes the menu (`<details>`) a click came from.
fn close_menu(e: &MouseEvent) {
    let menu = e
        .target_dyn_into::<Element>()
        .and_then(|el| el.closest("details").ok().flatten());
    if let Some(m) = menu {
        let _ = m.remove_attribute("open");
    }
}

/// Copies `text`, or shows it for copying by hand when the browser refuses.
fn copy(text: String, done: Key, note: Callback<NoteAction>) {
    wasm_bindgen_futures::spawn_local(async move {
        let shown = if clipboard::copy(&text).await {
            Note::Copied(done)
        } else {
            Note::CopyByHand(text.into())
        };
        note.emit(NoteAction::Show(shown));
    });
}

fn list_heading(l: List) -> Key {
    match l {
        List::Entities => Key::EntitiesHeading,
        List::Holdings => Key::HoldingsHeading,
        List::Links => Key::LinksHeading,
        List::Data => Key::DataHeading,
    }
}

/// The toolbar of files and sharing (the full app only).
#[component]
pub fn FileTools() -> Html {
    let t = use_text();
    let fill = use_fill();
    let state = use_app();
    let dispatch = use_dispatch();
    let Some(ctx) = use_context::<SessionCtx>().filter(|c| c.embed.is_none()) else {
        return html! {};
    };
    let s = state.scenario.clone();
    let note = ctx.note.clone();
    let onchange = {
        let opener = ctx.opener.clone();
        Callback::from(move |e: Event| {
            let Some(input) = e.target_dyn_into::<HtmlInputElement>() else {
                return;
            };
            if let Some(f) = input.files().and_then(|l| l.get(0)) {
                opener.open(f);
            }
            // Choosing the same file again opens it again.
            input.set_value("");
        })
    };
    let export_csv = |list: List| {
        let s = s.clone();
        Callback::from(move |e: MouseEvent| {
            close_menu(&e);
            let name = file_name(&s.title, list.name(), "csv");
            save(&csv::export(&s, list), "text/csv;charset=utf-8", &name);
        })
    };
    let export_bods = {
        let (s, note) = (s.clone(), note.clone());
        Callback::from(move |e: MouseEvent| {
            close_menu(&e);
            if let Ok(out) = bods::export(&s, &today()) {
                let name = file_name(&s.title, "bods", "json");
                save(&out.json, "application/json", &name);
                if !out.warnings.is_empty() {
                    note.emit(NoteAction::Show(Note::Saved {
                        file: name.into(),
                        warnings: Rc::new(out.warnings),
                    }));
                }
            }
        })
    };
    let copy_link = {
        let (s, note) = (s.clone(), note.clone());
        Callback::from(move |_: MouseEvent| {
            if let Ok(url) = address_of(&s) {
                copy(url, Key::LinkCopied, note.clone());
            }
        })
    };
    let copy_embed = {
        let (s, note, title) = (s.clone(), note.clone(), fill(Key::EmbedTitle, &[&s.title]));
        Callback::from(move |_: MouseEvent| {
            if let Some(code) = embed_code(&s, &title) {
                copy(code, Key::EmbedCopied, note.clone());
            }
        })
    };
    let no_link = matches!(ctx.link, crate::ui::session::LinkState::TooLarge(_));
    let print = ctx.print.reform(|_: MouseEvent| ());
    let clear = {
        let (clear, question) = (ctx.clear.clone(), t(Key::ClearLocalQuestion));
        Callback::from(move |e: MouseEvent| {
            close_menu(&e);
            if gloo::utils::window()
                .confirm_with_message(question)
                .unwrap_or(false)
            {
                clear.emit(());
            }
        })
    };
    let restore = ctx
        .set_aside
        .clone()
        .filter(|saved| !Rc::ptr_eq(saved, &s))
        .map(|saved| {
            dispatch.reform(move |e: MouseEvent| {
                close_menu(&e);
                Action::Load(saved.clone())
            })
        });
    html! {
        <div class="file-tools" role="group" aria-label={t(Key::FileToolsLabel)}>
            <span class="file-open" title={t(Key::OpenTitle)}>
                <input id="open-file" type="file" class="visually-hidden" {onchange}
                    accept=".json,.jsonl,.csv,.tsv,application/json,text/csv" />
                <label for="open-file" class="button">{ t(Key::Open) }</label>
            </span>
            <button type="button" onclick={save_json(s.clone())}>{ t(Key::SaveJson) }</button>
            <details class="menu">
                <summary>{ t(Key::ExportMenu) }</summary>
                <div class="menu-list">
                    for list in List::ALL {
                        <button type="button" onclick={export_csv(list)}>{ fill(Key::ExportCsv, &[t(list_heading(list))]) }</button>
                    }
                    <button type="button" onclick={export_bods}>{ t(Key::ExportBods) }</button>
                </div>
            </details>
            <button type="button" onclick={copy_link} disabled={no_link}>{ t(Key::CopyLink) }</button>
            <button type="button" onclick={copy_embed} disabled={no_link}>{ t(Key::CopyEmbed) }</button>
            <button type="button" onclick={print}>{ t(Key::Print) }</button>
            if ctx.local {
                <details class="menu">
                    <summary>{ t(Key::LocalData) }</summary>
                    <div class="menu-list">
                        if let Some(onclick) = restore {
                            <button type="button" {onclick}>{ t(Key::RestoreLastWork) }</button>
                        }
                        <button type="button" onclick={clear}>{ t(Key::ClearLocalData) }</button>
                    </div>
                </details>
            }
        </div>
    }
}
