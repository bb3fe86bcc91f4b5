//! A titled section around one list's table, with its count and an "Add" button. After an
//! item is added the new row's first field gets focus (its text selected, so typing replaces
//! it); after one is deleted (and the focus
//! went with its row) the "Add" button gets it, so keyboard users never land on the page top.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;
use yew::prelude::*;

use crate::text::Key;
use crate::ui::hooks::use_text;

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub id: AttrValue,
    pub heading: Key,
    pub count: usize,
    pub add: Key,
    pub on_add: Callback<()>,
    /// A sentence under the heading saying what the list is for.
    #[prop_or_default]
    pub hint: Option<Key>,
    /// The table (shown when the list has items).
    pub children: Html,
    /// Shown under the table (totals).
    #[prop_or_default]
    pub footer: Html,
}

#[component]
pub fn ListSection(props: &SectionProps) -> Html {
    let t = use_text();
    let table_ref = use_node_ref();
    let add_ref = use_node_ref();
    let adding = use_mut_ref(|| false);
    {
        let (table_ref, add_ref, adding) = (table_ref.clone(), add_ref.clone(), adding.clone());
        let count = props.count;
        let last = use_mut_ref(|| count);
        use_effect_with(count, move |&count| {
            let before = std::mem::replace(&mut *last.borrow_mut(), count);
            if count > before && std::mem::take(&mut *adding.borrow_mut()) {
                focus_first_field_of_last_row(&table_ref);
            } else if count < before
                && focus_is_lost()
                && let Some(b) = add_ref.cast::<HtmlElement>()
            {
                let _ = b.focus();
            }
        });
    }
    let onclick = {
        let (on_add, adding) = (props.on_add.clone(), adding.clone());
        Callback::from(move |_: MouseEvent| {
            *adding.borrow_mut() = true;
            on_add.emit(());
        })
    };
    let heading_id = format!("{}-h", props.id);
    html! {
        <section class="card list-card" id={props.id.clone()} aria-labelledby={heading_id.clone()}>
            <div class="list-head">
                <h3 id={heading_id}>{ t(props.heading) }<span class="count">{ props.count }</span></h3>
                <button type="button" class="add" ref={add_ref} {onclick}>
                    <span aria-hidden="true">{ "+ " }</span>{ t(props.add) }
                </button>
            </div>
            if let Some(h) = props.hint {
                <p class="hint">{ t(h) }</p>
            }
            if props.count == 0 {
                <p class="empty">{ t(Key::NoneYet) }</p>
            } else {
                <div class="table-wrap" ref={table_ref} tabindex="0" role="region" aria-label={t(props.heading)}>
                    { props.children.clone() }
                </div>
                { props.footer.clone() }
            }
        </section>
    }
}

/// Whether the focused element left the page with its row (focus fell back to the body).
fn focus_is_lost() -> bool {
    let doc = gloo::utils::document();
    match (doc.active_element(), doc.body()) {
        (None, _) => true,
        (Some(a), Some(b)) => a == *b.unchecked_ref::<web_sys::Element>(),
        _ => false,
    }
}

fn focus_first_field_of_last_row(table: &NodeRef) {
    let Some(el) = table.cast::<web_sys::Element>() else {
        return;
    };
    let rows = el.query_selector_all("tbody > tr.item").ok();
    let last = rows.and_then(|r| r.length().checked_sub(1).and_then(|i| r.item(i)));
    let field = last
        .and_then(|row| row.dyn_into::<web_sys::Element>().ok())
        .and_then(|row| row.query_selector("input, select, textarea").ok().flatten())
        .and_then(|f| f.dyn_into::<HtmlElement>().ok());
    if let Some(f) = field {
        let _ = f.focus();
        // A new item's name is a placeholder: typing replaces it.
        if let Some(input) = f.dyn_ref::<web_sys::HtmlInputElement>() {
            input.select();
        }
    }
}
