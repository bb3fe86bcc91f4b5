//! The vendor links table: who serves whom, with what access and shared infrastructure.

use yew::prelude::*;

use super::{TableProps, TableSection, entity_cell};
use crate::model::Named;
use crate::text::Key;
use crate::ui::format;
use crate::ui::hooks::use_text;

#[component]
pub fn LinksTable(props: &TableProps) -> Html {
    let t = use_text();
    let s = &props.scenario;
    let opt = |p: Option<f64>| p.map(format::plain).unwrap_or_else(|| "–".into());
    html! {
        <TableSection id="links" heading={Key::LinksHeading} count={s.links.len()}>
            <table>
                <thead><tr>
                    <th scope="col">{ t(Key::ColVendor) }</th>
                    <th scope="col">{ t(Key::ColClient) }</th>
                    <th scope="col">{ t(Key::ColService) }</th>
                    <th scope="col">{ t(Key::ColAccess) }</th>
                    <th scope="col">{ t(Key::ColShared) }</th>
                    <th scope="col" class="num">{ t(Key::ColOverride) }</th>
                </tr></thead>
                <tbody>
                    for l in s.links.iter() {
                        <tr>
                            <td>{ entity_cell(s, &l.vendor) }</td>
                            <td>{ entity_cell(s, &l.client) }</td>
                            <td>
                                { l.service.clone() }
                                if !l.description.is_empty() {
                                    <p class="cell-note">{ l.description.clone() }</p>
                                }
                            </td>
                            <td><span class={classes!("access", l.access.word())}>{ l.access.word() }</span></td>
                            <td>{ l.shared.iter().map(|x| x.word()).collect::<Vec<_>>().join(", ") }</td>
                            <td class="num">{ format!("{} / {}", opt(l.p), opt(l.p_back)) }</td>
                        </tr>
                    }
                </tbody>
            </table>
        </TableSection>
    }
}
