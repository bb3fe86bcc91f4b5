//! The scenario shown as readable tables, one component per list.

mod control_rights;
mod data;
mod entities;
mod holdings;
mod links;
mod threats;

use std::rc::Rc;
use yew::prelude::*;

use crate::model::Scenario;
use crate::text::Key;
use crate::ui::hooks::use_text;

pub use control_rights::ControlRightsTable;
pub use data::DataTable;
pub use entities::EntitiesTable;
pub use holdings::HoldingsTable;
pub use links::LinksTable;
pub use threats::ThreatsTable;

/// Properties every table takes: the scenario it shows.
#[derive(Properties, PartialEq, Clone)]
pub struct TableProps {
    pub scenario: Rc<Scenario>,
}

#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub id: AttrValue,
    pub heading: Key,
    pub count: usize,
    pub children: Html,
}

/// A titled section around one table; says "None yet." when the list is empty.
#[component]
pub fn TableSection(props: &SectionProps) -> Html {
    let t = use_text();
    let heading_id = format!("{}-h", props.id);
    html! {
        <section class="card table-card" id={props.id.clone()} aria-labelledby={heading_id.clone()}>
            <h3 id={heading_id}>{ t(props.heading) }<span class="count">{ props.count }</span></h3>
            if props.count == 0 {
                <p class="empty">{ t(Key::NoneYet) }</p>
            } else {
                <div class="table-wrap" tabindex="0" role="region" aria-label={t(props.heading)}>
                    { props.children.clone() }
                </div>
            }
        </section>
    }
}

/// Every table of the scenario, in the order of the file.
#[component]
pub fn ScenarioTables(props: &TableProps) -> Html {
    let t = use_text();
    let s = props.scenario.clone();
    html! {
        <section class="scenario" aria-labelledby="scenario-h">
            <h2 id="scenario-h">{ t(Key::ScenarioHeading) }</h2>
            if !s.description.is_empty() {
                <p class="description">{ s.description.clone() }</p>
            }
            <EntitiesTable scenario={s.clone()} />
            <HoldingsTable scenario={s.clone()} />
            <ControlRightsTable scenario={s.clone()} />
            <LinksTable scenario={s.clone()} />
            <DataTable scenario={s.clone()} />
            <ThreatsTable scenario={s} />
        </section>
    }
}

/// An entity reference shown by name, with its id for the careful reader.
pub fn entity_cell(s: &Scenario, id: &str) -> Html {
    let name = s.name_of(id).to_string();
    html! { <span class="entity-ref" title={id.to_string()}>{ name }</span> }
}
