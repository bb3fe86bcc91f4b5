//! The data table: categories, where they sit, how many records, with a totals row.

use yew::prelude::*;

use super::{TableProps, TableSection, entity_cell};
use crate::model::Named;
use crate::text::Key;
use crate::ui::format;
use crate::ui::hooks::use_text;

#[component]
pub fn DataTable(props: &TableProps) -> Html {
    let t = use_text();
    let s = &props.scenario;
    let countries = |d: &crate::model::DataCategory| {
        d.by_country
            .iter()
            .map(|(c, n)| format!("{c} {}", format::count(*n)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    html! {
        <TableSection id="data" heading={Key::DataHeading} count={s.data.len()}>
            <table>
                <thead><tr>
                    <th scope="col">{ t(Key::ColName) }</th>
                    <th scope="col">{ t(Key::ColClass) }</th>
                    <th scope="col">{ t(Key::ColHolder) }</th>
                    <th scope="col">{ t(Key::ColProcessors) }</th>
                    <th scope="col" class="num">{ t(Key::ColRecords) }</th>
                    <th scope="col">{ t(Key::ColByCountry) }</th>
                </tr></thead>
                <tbody>
                    for d in s.data.iter() {
                        <tr key={d.id.clone()}>
                            <th scope="row">
                                { d.name.clone() }
                                if !d.description.is_empty() {
                                    <p class="cell-note">{ d.description.clone() }</p>
                                }
                            </th>
                            <td>{ d.class.word() }</td>
                            <td>{ entity_cell(s, &d.holder) }</td>
                            <td>{ for d.processors.iter().map(|p| html! { <>{ entity_cell(s, p) }{ " " }</> }) }</td>
                            <td class="num">{ format::count(d.records) }</td>
                            <td>{ countries(d) }</td>
                        </tr>
                    }
                </tbody>
                <tfoot><tr>
                    <th scope="row" colspan="4">{ t(Key::Total) }</th>
                    <td class="num total" data-testid="records-total">{ format::count(s.total_records()) }</td>
                    <td></td>
                </tr></tfoot>
            </table>
        </TableSection>
    }
}
