//! The question a CSV file needs answered before it can be imported: which list it holds
//! (guessed from its name) and whether its rows merge into the list or replace it. A modal
//! `<dialog>`: Escape or Cancel leaves the scenario as it was.

use web_sys::{HtmlDialogElement, HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use super::list_heading;
use crate::codec::csv::{List, Mode};
use crate::codec::file::list_from_name;
use crate::text::Key;
use crate::ui::hooks::{use_app, use_fill, use_text};
use crate::ui::session::{Opener, PendingCsv};

#[derive(Properties, PartialEq)]
pub struct CsvDialogProps {
    pub csv: PendingCsv,
    pub opener: Opener,
    pub on_close: Callback<()>,
}

#[component]
pub fn CsvDialog(props: &CsvDialogProps) -> Html {
    let t = use_text();
    let fill = use_fill();
    let state = use_app();
    let dialog = use_node_ref();
    let list_ref = use_node_ref();
    let replace_ref = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with(props.csv.name.clone(), move |_| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>()
                && !d.open()
            {
                let _ = d.show_modal();
            }
        });
    }
    let guess = list_from_name(&props.csv.name).unwrap_or(List::Entities);
    let import = {
        let (csv, opener, close) = (
            props.csv.clone(),
            props.opener.clone(),
            props.on_close.clone(),
        );
        let (list_ref, replace_ref, base) = (
            list_ref.clone(),
            replace_ref.clone(),
            state.scenario.clone(),
        );
        Callback::from(move |_: MouseEvent| {
            let chosen = list_ref.cast::<HtmlSelectElement>().map(|s| s.value());
            let list = List::ALL
                .into_iter()
                .find(|l| chosen.as_deref() == Some(l.name()))
                .unwrap_or(List::Entities);
            let replace = replace_ref
                .cast::<HtmlInputElement>()
                .is_some_and(|r| r.checked());
            let mode = if replace { Mode::Replace } else { Mode::Merge };
            opener.open_csv(&csv, &base, list, mode);
            close.emit(());
        })
    };
    let cancel = props.on_close.reform(|_: MouseEvent| ());
    let onclose = props.on_close.reform(|_: Event| ());
    html! {
        <dialog ref={dialog} class="dialog" aria-labelledby="csv-h" {onclose}>
            <h2 id="csv-h">{ fill(Key::CsvQuestion, &[&props.csv.name]) }</h2>
            <label for="csv-list">{ t(Key::CsvWhichList) }</label>
            <select id="csv-list" ref={list_ref}>
                // Yew inserts options last first: each is marked, or the last would show.
                for l in List::ALL {
                    <option value={l.name()} selected={l == guess}>{ t(list_heading(l)) }</option>
                }
            </select>
            <fieldset class="csv-mode">
                <legend>{ t(Key::CsvHow) }</legend>
                <label class="check"><input type="radio" name="csv-mode" checked=true />{ t(Key::CsvMerge) }</label>
                <label class="check"><input type="radio" name="csv-mode" ref={replace_ref} />{ t(Key::CsvReplace) }</label>
            </fieldset>
            <div class="dialog-actions">
                <button type="button" onclick={cancel}>{ t(Key::Cancel) }</button>
                <button type="button" class="primary" autofocus=true onclick={import}>{ t(Key::CsvImport) }</button>
            </div>
        </dialog>
    }
}
