//! Hooks shared by components: the active language's catalogue, its switch and the app's
//! dispatcher.

use yew::prelude::*;

use crate::text::{Key, Lang, fill, problems, text};
use crate::ui::state::{Action, AppState};

/// The dispatcher of the one reducer, handed down by context from the root.
pub type Dispatch = UseReducerDispatcher<AppState>;

/// Switches the language the app is shown in (handed down by context from the root).
pub type SetLang = Callback<Lang>;

/// A function that looks up catalogue text in the language the app is shown in.
#[hook]
pub fn use_text() -> impl Fn(Key) -> &'static str + Clone {
    let lang = use_context::<Lang>().unwrap_or_default();
    move |k| text(lang, k)
}

/// Catalogue text with its `{1}`, `{2}`… filled in.
#[hook]
pub fn use_fill() -> impl Fn(Key, &[&str]) -> String + Clone {
    filler(use_context::<Lang>().unwrap_or_default())
}

fn filler(lang: Lang) -> impl Fn(Key, &[&str]) -> String + Clone {
    move |k: Key, args: &[&str]| match (k, args) {
        // "Field: message": the message is the model's (English) validation message, put into
        // the reader's language here, where the language is known.
        (Key::FieldSays, [label, said, ..]) => {
            fill(text(lang, k), &[label, &problems::message(lang, said)])
        }
        _ => fill(text(lang, k), args),
    }
}

/// A callback that dispatches an action to the root reducer. Outside the app (a component
/// mounted alone) it does nothing.
#[hook]
pub fn use_dispatch() -> Callback<Action> {
    let dispatch = use_context::<Dispatch>();
    use_memo(dispatch, |d| match d {
        Some(d) => Callback::from(d.clone()),
        None => Callback::noop(),
    })
    .as_ref()
    .clone()
}

/// The app's state, handed down by context from the root.
pub type State = UseReducerHandle<AppState>;

/// The app's state. Components that call this are only used inside the app's root, which
/// provides it; alone they render from the default scenario.
#[hook]
pub fn use_app() -> State {
    let fallback = use_reducer(AppState::default);
    use_context::<State>().unwrap_or(fallback)
}
