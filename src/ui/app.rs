//! The root component: holds the one scenario reducer, hands state, dispatcher, language and
//! results down by context, listens for the undo/redo shortcuts, and lays out header, editor
//! and results.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{Scenario, examples};
use crate::text::Lang;
use crate::ui::components::editor::Editor;
use crate::ui::components::header::Header;
use crate::ui::components::results::Results;
use crate::ui::hooks::{Dispatch, State};
use crate::ui::platform::compute::{Compute, use_compute};
use crate::ui::platform::keys::use_shortcuts;
use crate::ui::state::AppState;

/// The app as the page mounts it, on the default scenario.
#[component]
pub fn App() -> Html {
    let scenario = use_memo((), |_| examples::default_scenario());
    html! { <Root {scenario} /> }
}

#[derive(Properties, PartialEq)]
pub struct RootProps {
    /// The scenario the app starts with.
    pub scenario: Rc<Scenario>,
}

/// The app on a given scenario (tests mount it with their own).
#[component]
pub fn Root(props: &RootProps) -> Html {
    let state = use_reducer({
        let s = props.scenario.clone();
        move || AppState::with((*s).clone())
    });
    let dispatch: Dispatch = state.dispatcher();
    use_shortcuts(Callback::from(dispatch.clone()));
    let focus = state.selected.clone();
    let compute = use_compute(state.scenario.clone(), !state.has_errors(), focus);
    let s = state.scenario.clone();
    html! {
        <ContextProvider<Lang> context={Lang::En}>
        <ContextProvider<State> context={state.clone()}>
        <ContextProvider<Dispatch> context={dispatch}>
        <ContextProvider<Compute> context={compute}>
            <Header title={s.title.clone()} currency={s.currency.clone()} />
            <main class="layout">
                <Editor />
                <Results />
            </main>
        </ContextProvider<Compute>>
        </ContextProvider<Dispatch>>
        </ContextProvider<State>>
        </ContextProvider<Lang>>
    }
}
