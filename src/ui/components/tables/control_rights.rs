//! The control rights table: board majorities, vetoes and agreements.

use yew::prelude::*;

use super::{TableProps, TableSection, entity_cell};
use crate::model::Named;
use crate::text::Key;
use crate::ui::hooks::use_text;

#[component]
pub fn ControlRightsTable(props: &TableProps) -> Html {
    let t = use_text();
    let s = &props.scenario;
    html! {
        <TableSection id="control-rights" heading={Key::ControlRightsHeading} count={s.control_rights.len()}>
            <table>
                <thead><tr>
                    <th scope="col">{ t(Key::ColHolder) }</th>
                    <th scope="col">{ t(Key::ColTarget) }</th>
                    <th scope="col">{ t(Key::ColRight) }</th>
                </tr></thead>
                <tbody>
                    for c in s.control_rights.iter() {
                        <tr>
                            <td>{ entity_cell(s, &c.holder) }</td>
                            <td>{ entity_cell(s, &c.target) }</td>
                            <td>{ c.kind.word() }</td>
                        </tr>
                    }
                </tbody>
            </table>
        </TableSection>
    }
}
