//! The scenario editor: the scenario's own fields, one section per list (entities, holdings,
//! control rights, vendor links, data, threats) with a row per item, and the settings. Every
//! list describes its items as data (`item`) and one row component renders them all
//! (`item_row`); rows have plain-data props, so a keystroke re-renders only the row it changes.

mod control_rights;
mod data;
mod data_more;
mod delete;
mod entities;
mod holdings;
mod id_input;
mod item;
mod item_row;
mod links;
mod list;
mod row;
mod scenario;
mod section;
mod settings;
mod threats;

pub use scenario::ScenarioFields;
pub use section::ListSection;
pub use settings::SettingsEditor;

use item::List;
use list::ListEditor;

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::model::{Problem, Scenario};
use crate::text::Key;
use crate::ui::hooks::{State, use_text};
use crate::ui::same::Same;

/// The whole editor.
#[component]
pub fn Editor() -> Html {
    let t = use_text();
    html! {
        <section class="scenario" aria-labelledby="scenario-h">
            <h2 id="scenario-h">{ t(Key::ScenarioHeading) }</h2>
            <ScenarioFields />
            for list in [List::Entities, List::Holdings, List::ControlRights, List::Links, List::Data, List::Threats] {
                <ListEditor key={list.path()} {list} />
            }
            <SettingsEditor />
        </section>
    }
}

/// The scenario's entities as (id, name), for choice lists.
pub fn entity_options(s: &Scenario) -> Rc<Vec<(String, String)>> {
    Rc::new(
        s.entities
            .iter()
            .map(|e| (e.id.clone(), e.name.clone()))
            .collect(),
    )
}

/// The problems of one list grouped by item index (`holdings[3].percent` → 3).
pub fn by_index(problems: &[Problem], list: &str) -> HashMap<usize, Vec<Problem>> {
    let mut out: HashMap<usize, Vec<Problem>> = HashMap::new();
    for p in problems {
        let index = p
            .path
            .strip_prefix(list)
            .and_then(|rest| rest.strip_prefix('['))
            .and_then(|rest| rest.split_once(']'))
            .and_then(|(n, _)| n.parse().ok());
        if let Some(i) = index {
            out.entry(i).or_default().push(p.clone());
        }
    }
    out
}

/// The problems of a row that none of its fields shows (`holdings[3]` itself: a duplicate pair).
pub fn leftover(problems: &[Problem], shown: &[String]) -> Vec<Problem> {
    problems
        .iter()
        .filter(|p| !shown.iter().any(|s| p.is_at(s)))
        .cloned()
        .collect()
}

/// The state and an entity choice list memoised on the scenario, for list sections.
#[hook]
pub fn use_list_data() -> (State, Rc<Vec<(String, String)>>) {
    let state = crate::ui::hooks::use_app();
    let options = use_memo(Same(state.scenario.clone()), |s| entity_options(s));
    (state, (*options).clone())
}
