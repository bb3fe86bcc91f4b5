//! Autosave: the work survives a reload, and a link never destroys it silently.
//!
//! Keys (the `.v1` is the format of the value: scenario JSON as files write it; a later format
//! gets a new key, so an older version never misreads it):
//! - [`AUTOSAVE`] `exposure.autosave.v1`: the scenario being worked on, written about a second
//!   after the last change and when the page is hidden or closed. Opening the app never writes
//!   it: only a change made in this page does.
//! - [`SET_ASIDE`] `exposure.set-aside.v1`: the work a link pushed aside. When the page opens a
//!   link and the autosave holds a different scenario, that scenario is copied here at once
//!   (before any edit can replace the autosave) and "Restore my last work" offers it, as a
//!   banner and in the Local data menu, for as long as it is kept. Restoring loads it as one
//!   undo step.
//!
//! The rule on opening: a link in the address wins; without one (or when it fails to open, and
//! then its message says so) the autosave opens; without that, the LY Corp. default.
//! "Clear local data" removes both keys. Inside an embed nothing is read or written. Where the
//! browser refuses storage, `platform::storage` keeps the values in memory for the page's life.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::model::{self, Scenario};
use crate::ui::platform::storage;
use crate::ui::same::Same;

/// The autosaved scenario.
pub const AUTOSAVE: &str = "exposure.autosave.v1";
/// The work a link pushed aside.
pub const SET_ASIDE: &str = "exposure.set-aside.v1";
/// Every key the app writes ("Clear local data" removes them all).
pub const KEYS: [&str; 2] = [AUTOSAVE, SET_ASIDE];
/// Quiet time after the last change before the autosave is written.
pub const DEBOUNCE_MS: u32 = 1000;

/// Writes `s` as the autosave; whether it will survive a reload.
pub fn save(s: &Scenario) -> bool {
    storage::set(AUTOSAVE, &model::to_json(s))
}

/// What the autosave hook gives the page.
#[derive(Clone)]
pub struct Autosave {
    /// Cancels a pending write (before "Clear local data" removes the keys).
    pub cancel: Callback<()>,
    /// Set once a write fell back to memory.
    pub memory_only: bool,
}

/// Saves `scenario` a second after each change while `enabled` (never the one the page opened
/// with), and at once when the page is hidden.
#[hook]
pub fn use_autosave(scenario: Rc<Scenario>, enabled: bool) -> Autosave {
    let pending: Rc<RefCell<Option<Rc<Scenario>>>> = use_mut_ref(|| None);
    let timer = use_mut_ref(|| None::<Timeout>);
    let opened = use_mut_ref(|| scenario.clone());
    let memory_only = use_state(|| false);
    let flush = {
        let (pending, memory_only) = (pending.clone(), memory_only.setter());
        Rc::new(move || {
            if let Some(s) = pending.borrow_mut().take()
                && !save(&s)
            {
                memory_only.set(true);
            }
        })
    };
    {
        let flush = flush.clone();
        use_effect_with(enabled, move |enabled| {
            let listener = enabled
                .then(|| EventListener::new(&gloo::utils::window(), "pagehide", move |_| flush()));
            move || drop(listener)
        });
    }
    {
        let (pending, timer) = (pending.clone(), timer.clone());
        use_effect_with(Same(scenario), move |s| {
            if enabled && !Rc::ptr_eq(&s.0, &opened.borrow()) {
                *pending.borrow_mut() = Some(s.0.clone());
                *timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, move || flush()));
            }
        });
    }
    let cancel = use_callback((), move |_: (), _| {
        pending.borrow_mut().take();
        timer.borrow_mut().take();
    });
    Autosave {
        cancel,
        memory_only: *memory_only,
    }
}
