//! The threats table: where breaches start and how often, with the assumption behind each rate.

use yew::prelude::*;

use super::{TableProps, TableSection, entity_cell};
use crate::text::Key;
use crate::ui::format;
use crate::ui::hooks::use_text;

#[component]
pub fn ThreatsTable(props: &TableProps) -> Html {
    let t = use_text();
    let s = &props.scenario;
    html! {
        <TableSection id="threats" heading={Key::ThreatsHeading} count={s.threats.len()}>
            <table>
                <thead><tr>
                    <th scope="col">{ t(Key::ColEntry) }</th>
                    <th scope="col" class="num">{ t(Key::ColRate) }</th>
                    <th scope="col">{ t(Key::ColLabel) }</th>
                </tr></thead>
                <tbody>
                    for th in s.threats.iter() {
                        <tr>
                            <td>{ entity_cell(s, &th.entry) }</td>
                            <td class="num">{ format::plain(th.rate) }</td>
                            <td>
                                { th.label.clone() }
                                if !th.description.is_empty() {
                                    <p class="cell-note">{ th.description.clone() }</p>
                                }
                            </td>
                        </tr>
                    }
                </tbody>
            </table>
        </TableSection>
    }
}
