//! The address bar follows the scenario: about 300 ms after the last change the fragment is
//! replaced (`history.replaceState`, so no history entries pile up) by the scenario's link,
//! keeping the path and query. The link's length is reported for the warning above 2,000
//! characters; a scenario too large for any link takes the fragment away instead, so a reload
//! does not bring back an older version (the autosave has the newer one). A link pasted into
//! the address bar of the open page opens too.

use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use super::notes::{Note, NoteAction};
use crate::codec::link;
use crate::model::Scenario;
use crate::ui::platform::location;
use crate::ui::same::Same;
use crate::ui::state::Action;

/// Quiet time after the last change before the address is updated.
pub const DEBOUNCE_MS: u32 = 300;
/// Links longer than this may be cut by mail and chat programs: the page warns.
pub const LONG_LINK: usize = 2000;

/// The link of the scenario as it stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum LinkState {
    /// Not computed yet.
    #[default]
    Unknown,
    /// The link (the whole address) has this many characters.
    Length(usize),
    /// No link can hold the scenario; the message says why.
    TooLarge(Rc<str>),
}

/// The page's address with `s`'s link as fragment, or why there is none.
pub fn address_of(s: &Scenario) -> Result<String, String> {
    let href = location::href();
    link::encode(s)
        .map(|fragment| format!("{}{fragment}", location::base(&href)))
        .map_err(|p| p.message)
}

/// Measures `scenario`'s link and, when `write`, keeps the address bar on it. The first scenario
/// (the one the page opened with) is written only when `rewrite_first` (it came from a link,
/// which is then written back cleanly, repaired from mail mangling).
#[hook]
pub fn use_address_bar(scenario: Rc<Scenario>, write: bool, rewrite_first: bool) -> LinkState {
    let state = use_state(LinkState::default);
    let timer = use_mut_ref(|| None::<Timeout>);
    let first = use_mut_ref(|| true);
    {
        let state = state.setter();
        use_effect_with(Same(scenario), move |s| {
            let s = s.0.clone();
            let first = std::mem::replace(&mut *first.borrow_mut(), false);
            let update = move || match address_of(&s) {
                Ok(url) => {
                    if write && (!first || rewrite_first) {
                        location::replace(&url);
                    }
                    state.set(LinkState::Length(url.chars().count()));
                }
                Err(why) => {
                    if write && !first {
                        location::replace(location::base(&location::href()));
                    }
                    state.set(LinkState::TooLarge(why.into()));
                }
            };
            if first {
                update();
            } else {
                *timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, update));
            }
        });
    }
    (*state).clone()
}

/// A link pasted into the address bar of the open page changes only the fragment (no reload):
/// it is opened as one undo step (so the work before it is one Undo away), or its message is
/// shown and the scenario stays. The page's own `replaceState` fires no `hashchange`.
#[hook]
pub fn use_link_arrivals(dispatch: Callback<Action>, note: Callback<NoteAction>) {
    use_effect_with((), move |_| {
        let listener = EventListener::new(&gloo::utils::window(), "hashchange", move |_| {
            let href = location::href();
            if !link::contains_link(&href) {
                return;
            }
            match link::decode(&href) {
                Ok(p) => dispatch.emit(Action::Load(Rc::new(p.scenario))),
                Err(problems) => note.emit(NoteAction::Show(Note::LinkFailed {
                    problems: Rc::new(problems),
                    link: href.into(),
                    saved: true,
                })),
            }
        });
        move || drop(listener)
    });
}
