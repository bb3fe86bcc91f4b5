//! Pieces every editor row shares: the buttons at its end (more fields, delete), the row of
//! less-used fields that the first one opens, and the line for problems about the whole item.
//! Plain functions rather than components: rows render them inside their own render.

use yew::prelude::*;

use crate::model::Problem;
use crate::text::Key;
use crate::ui::components::fields::{Fill, field_id, messages};

/// The buttons at the end of a row. `row` names the row in their accessible names
/// ("holding 3"); `more_problems` is how many problems sit inside the more fields (shown on
/// the toggle; the row stays open while there are any).
pub fn row_tools(
    row: &str,
    more_id: &str,
    open: bool,
    more_problems: usize,
    on_toggle: Callback<()>,
    on_delete: Callback<()>,
    fill: Fill,
) -> Html {
    let more_label = fill(Key::MoreFieldsOf, &[row]);
    let delete_label = fill(Key::DeleteItem, &[row]);
    html! {
        <td class="tools">
            <button type="button" class="icon more" aria-expanded={open.to_string()}
                aria-controls={more_id.to_string()} aria-label={more_label.clone()} title={more_label}
                onclick={on_toggle.reform(|_: MouseEvent| ())}>
                <span aria-hidden="true">{ if open { "▴" } else { "▾" } }</span>
                if more_problems > 0 {
                    <span class="badge">{ more_problems }</span>
                }
            </button>
            <button type="button" class="icon delete" aria-label={delete_label.clone()} title={delete_label}
                onclick={on_delete.reform(|_: MouseEvent| ())}>
                <span aria-hidden="true">{ "×" }</span>
            </button>
        </td>
    }
}

/// The row of less-used fields under an item, with visible labels.
pub fn more_row(id: &str, columns: usize, children: Html) -> Html {
    html! {
        <tr class="more-row" id={id.to_string()}>
            <td colspan={columns.to_string()}>
                <div class="more-grid">{ children }</div>
            </td>
        </tr>
    }
}

/// Problems about the item as a whole (`holdings[3]`: a pair listed twice, a closed loop).
pub fn row_problems(
    path: &str,
    row: &str,
    columns: usize,
    problems: &[Problem],
    fill: Fill,
) -> Html {
    if problems.is_empty() {
        return html! {};
    }
    html! {
        <tr class="row-problems">
            <td colspan={columns.to_string()}>
                { messages(&format!("{}-msg", field_id(path)), row, problems, None, fill) }
            </td>
        </tr>
    }
}
