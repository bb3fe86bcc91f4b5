//! The question asked before deleting an entity that other items refer to: a modal `<dialog>`
//! (focus stays inside, Escape cancels, the page behind is inert) listing every item that will
//! be deleted or changed with it. Cancel returns focus to the button that asked.

use web_sys::HtmlDialogElement;
use yew::prelude::*;

use crate::model::Scenario;
use crate::model::edit::{Reference, Role};
use crate::model::problem::show;
use crate::text::{Key, Word};
use crate::ui::hooks::{use_fill, use_text};

#[derive(Properties, PartialEq)]
pub struct DeleteProps {
    /// The entity's display name.
    pub name: AttrValue,
    /// What will be deleted or changed, one line each (already written out).
    pub items: Vec<String>,
    pub on_confirm: Callback<()>,
    pub on_cancel: Callback<()>,
}

#[component]
pub fn DeleteDialog(props: &DeleteProps) -> Html {
    let t = use_text();
    let fill = use_fill();
    let dialog = use_node_ref();
    {
        let dialog = dialog.clone();
        use_effect_with((), move |_| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>()
                && !d.open()
            {
                let _ = d.show_modal();
            }
        });
    }
    let cancel = {
        let (dialog, on_cancel) = (dialog.clone(), props.on_cancel.clone());
        Callback::from(move |_: MouseEvent| {
            // Closing (not just removing) the dialog lets the browser return focus.
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                d.close();
            }
            on_cancel.emit(());
        })
    };
    let onclose = props.on_cancel.reform(|_: Event| ());
    let confirm = props.on_confirm.reform(|_: MouseEvent| ());
    html! {
        <dialog ref={dialog} class="dialog" aria-labelledby="delete-h" aria-describedby="delete-p" {onclose}>
            <h2 id="delete-h">{ fill(Key::DeleteEntityQuestion, &[&props.name]) }</h2>
            <p id="delete-p">{ fill(Key::DeleteEntityExplain, &[&props.items.len().to_string()]) }</p>
            <ul class="refs">
                for item in props.items.iter() {
                    <li>{ item.clone() }</li>
                }
            </ul>
            <div class="dialog-actions">
                <button type="button" autofocus=true onclick={cancel}>{ t(Key::Cancel) }</button>
                <button type="button" class="danger" onclick={confirm}>
                    { fill(Key::DeleteWithItems, &[&props.items.len().to_string()]) }
                </button>
            </div>
        </dialog>
    }
}

/// One line of the dialog: what refers to the entity and what happens to it.
pub fn describe(
    s: &Scenario,
    r: &Reference,
    fill: &dyn Fn(Key, &[&str]) -> String,
    t: &dyn Fn(Key) -> &'static str,
) -> String {
    let name = |id: &str| s.name_of(id).to_string();
    let what = match (r.list, r.role) {
        ("holdings", _) => s.holdings.get(r.index).map(|h| {
            fill(
                Key::RefHolding,
                &[&name(&h.holder), &show(h.percent), &name(&h.target)],
            )
        }),
        ("control_rights", _) => s.control_rights.get(r.index).map(|c| {
            fill(
                Key::RefControl,
                &[&name(&c.holder), t(c.kind.key()), &name(&c.target)],
            )
        }),
        ("links", _) => s.links.get(r.index).map(|l| {
            fill(
                Key::RefLink,
                &[&name(&l.vendor), &name(&l.client), &l.service],
            )
        }),
        ("data", Role::DataProcessor) => s
            .data
            .get(r.index)
            .map(|d| fill(Key::RefProcessor, &[&d.name])),
        ("data", _) => s.data.get(r.index).map(|d| fill(Key::RefData, &[&d.name])),
        ("threats", _) => s
            .threats
            .get(r.index)
            .map(|th| fill(Key::RefThreat, &[&th.label])),
        _ => None,
    };
    what.unwrap_or_else(|| r.path.clone())
}
