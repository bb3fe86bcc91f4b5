//! The root component: holds the one scenario reducer, hands state, dispatcher, language and
//! results down by context, listens for the undo/redo shortcuts, and lays out header, editor
//! and results inside the session (links, autosave, files), or an embed's compact, read-only
//! results.

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{Scenario, examples};
use crate::text::Lang;
use crate::ui::components::editor::Editor;
use crate::ui::components::header::Header;
use crate::ui::components::results::Results;
use crate::ui::components::share::{EmbedHeader, Notices};
use crate::ui::hooks::{Dispatch, SetLang, State};
use crate::ui::platform::compute::{Compute, use_compute};
use crate::ui::platform::keys::use_shortcuts;
use crate::ui::platform::language;
use crate::ui::session::{ResultsView, Session, Startup};
use crate::ui::state::{Action, AppState};

/// The app as the page mounts it: on the scenario the address or the autosave gives (see
/// `ui::session`), as a full app or an embed.
#[component]
pub fn App() -> Html {
    let startup: Rc<Startup> = use_memo((), |_| Startup::read());
    html! {
        <ContextProvider<Rc<Startup>> context={startup.clone()}>
            <Root scenario={startup.scenario.clone()} />
        </ContextProvider<Rc<Startup>>>
    }
}

#[derive(Properties, PartialEq)]
pub struct RootProps {
    /// The scenario the app starts with.
    pub scenario: Rc<Scenario>,
}

/// The app on a given scenario (tests mount it with their own). How the page started comes
/// from a `Rc<Startup>` context; without one it is a full app that stores nothing.
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
    let startup = use_context::<Rc<Startup>>().unwrap_or_default();
    let lang = use_state(|| startup.lang);
    use_effect_with(*lang, |lang| language::set_document(*lang));
    let set_lang: SetLang = {
        let (lang, state, dispatch) = (lang.clone(), state.clone(), dispatch.clone());
        let address = startup.address;
        Callback::from(move |to: Lang| {
            // A chosen language goes into the address (so a reload or a copied address keeps
            // it); one that came from the browser does not.
            if address {
                language::set_address(to);
            }
            // The untouched LY case (or another example) changes to the same case named in
            // the new language; anyone's own scenario keeps the names they typed.
            let renamed = examples::which(&state.scenario)
                .and_then(|(id, _)| examples::example_in(id, to == Lang::Ja))
                .filter(|s| *s != *state.scenario);
            if let Some(s) = renamed {
                dispatch.dispatch(Action::Load(Rc::new(s)));
            }
            lang.set(to);
        })
    };
    let s = state.scenario.clone();
    html! {
        <ContextProvider<Lang> context={*lang}>
        <ContextProvider<SetLang> context={set_lang}>
        <ContextProvider<State> context={state.clone()}>
        <ContextProvider<Dispatch> context={dispatch}>
        <ContextProvider<Compute> context={compute}>
        <Session startup={startup.clone()}>
            if let Some(view) = startup.embed {
                <div class="embed">
                    <EmbedHeader />
                    <Notices />
                    <ContextProvider<ResultsView> context={view}>
                        <main class="embed-main"><Results /></main>
                    </ContextProvider<ResultsView>>
                </div>
            } else {
                <Header title={s.title.clone()} currency={s.currency.clone()} />
                <Notices />
                <main class="layout">
                    <Editor />
                    <Results />
                </main>
            }
        </Session>
        </ContextProvider<Compute>>
        </ContextProvider<Dispatch>>
        </ContextProvider<State>>
        </ContextProvider<SetLang>>
        </ContextProvider<Lang>>
    }
}
