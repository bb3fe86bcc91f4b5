//! The holdings table: who holds what share of whom, with votes and bands where they differ.

use yew::prelude::*;

use super::{TableProps, TableSection, entity_cell};
use crate::text::Key;
use crate::ui::format;
use crate::ui::hooks::use_text;

#[component]
pub fn HoldingsTable(props: &TableProps) -> Html {
    let t = use_text();
    let s = &props.scenario;
    html! {
        <TableSection id="holdings" heading={Key::HoldingsHeading} count={s.holdings.len()}>
            <table>
                <thead><tr>
                    <th scope="col">{ t(Key::ColHolder) }</th>
                    <th scope="col">{ t(Key::ColTarget) }</th>
                    <th scope="col" class="num">{ t(Key::ColPercent) }</th>
                    <th scope="col" class="num">{ t(Key::ColVotes) }</th>
                    <th scope="col" class="num">{ t(Key::ColRange) }</th>
                </tr></thead>
                <tbody>
                    for h in s.holdings.iter() {
                        <tr>
                            <td>{ entity_cell(s, &h.holder) }</td>
                            <td>
                                { entity_cell(s, &h.target) }
                                if !h.description.is_empty() {
                                    <p class="cell-note">{ h.description.clone() }</p>
                                }
                            </td>
                            <td class="num">{ format::percent(h.percent) }</td>
                            <td class="num">{ h.votes_percent.map(format::percent).unwrap_or_default() }</td>
                            <td class="num">{ h.range.map(|[a, b]| format!("{}–{}", format::plain(a), format::plain(b))).unwrap_or_default() }</td>
                        </tr>
                    }
                </tbody>
            </table>
        </TableSection>
    }
}
