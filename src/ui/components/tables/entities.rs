//! The entities table.

use yew::prelude::*;

use super::{TableProps, TableSection};
use crate::model::Named;
use crate::text::Key;
use crate::ui::format;
use crate::ui::hooks::use_text;

#[component]
pub fn EntitiesTable(props: &TableProps) -> Html {
    let t = use_text();
    let s = &props.scenario;
    html! {
        <TableSection id="entities" heading={Key::EntitiesHeading} count={s.entities.len()}>
            <table>
                <thead><tr>
                    <th scope="col">{ t(Key::ColName) }</th>
                    <th scope="col">{ t(Key::ColId) }</th>
                    <th scope="col">{ t(Key::ColKind) }</th>
                    <th scope="col">{ t(Key::ColCountry) }</th>
                </tr></thead>
                <tbody>
                    for e in s.entities.iter() {
                        <tr key={e.id.clone()}>
                            <th scope="row">
                                { e.name.clone() }
                                if let Some(tp) = e.treasury_percent {
                                    <span class="note">{ format!(" ({} {})", t(Key::Treasury), format::percent(tp)) }</span>
                                }
                                if !e.description.is_empty() {
                                    <p class="cell-note">{ e.description.clone() }</p>
                                }
                            </th>
                            <td><code>{ e.id.clone() }</code></td>
                            <td>{ e.kind.word() }</td>
                            <td>{ e.country.clone().unwrap_or_default() }</td>
                        </tr>
                    }
                </tbody>
            </table>
        </TableSection>
    }
}
