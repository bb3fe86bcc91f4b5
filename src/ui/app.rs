//! The root component: holds the one scenario reducer and lays out header, scenario and results.

use yew::prelude::*;

use crate::text::Lang;
use crate::ui::components::header::Header;
use crate::ui::components::summary::Results;
use crate::ui::components::tables::ScenarioTables;
use crate::ui::state::AppState;

#[component]
pub fn App() -> Html {
    let state = use_reducer(AppState::default);
    let s = state.scenario.clone();
    html! {
        <ContextProvider<Lang> context={Lang::En}>
            <Header title={s.title.clone()} currency={s.currency.clone()} />
            <main class="layout">
                <ScenarioTables scenario={s.clone()} />
                <Results scenario={s} problems={state.problems.clone()} />
            </main>
        </ContextProvider<Lang>>
    }
}
