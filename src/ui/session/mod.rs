//! The page's session around the scenario: how it opened (a link, the autosave, the default;
//! full app or embed), and what keeps it safe and shareable while it is edited: the address
//! bar following the scenario, the autosave, messages about links and files, opening files,
//! printing, and the height an embed posts to its parent. [`Session`] wraps the app's layout
//! and hands all of it down as a [`SessionCtx`].

pub mod address;
pub mod autosave;
pub mod notes;
pub mod open;
pub mod startup;
pub mod view;

use std::rc::Rc;

use yew::prelude::*;

pub use address::LinkState;
pub use notes::{Note, NoteAction, Notes};
pub use open::{Opener, PendingCsv};
pub use startup::Startup;
pub use view::{Panel, ResultsView};

use crate::model::Scenario;
use crate::ui::components::share::{CsvDialog, DropZone, PrintView};
use crate::ui::hooks::{use_app, use_dispatch};
use crate::ui::platform::{embed, print, storage};

/// What the session hands down.
#[derive(Clone, PartialEq)]
pub struct SessionCtx {
    pub notes: Rc<Notes>,
    pub note: Callback<NoteAction>,
    /// `Some` in an embed.
    pub embed: Option<ResultsView>,
    /// Whether local storage is used (then the Local data menu shows).
    pub local: bool,
    pub link: LinkState,
    /// Work a link pushed aside, for "Restore my last work".
    pub set_aside: Option<Rc<Scenario>>,
    /// Removes every key the app wrote (after the user confirmed).
    pub clear: Callback<()>,
    /// Builds the print view and opens the print dialog.
    pub print: Callback<()>,
    pub opener: Opener,
}

#[derive(Properties, PartialEq)]
pub struct SessionProps {
    pub startup: Rc<Startup>,
    #[prop_or_default]
    pub children: Html,
}

/// The session around the layout in `children`.
#[component]
pub fn Session(props: &SessionProps) -> Html {
    let start = &props.startup;
    let state = use_app();
    let dispatch = use_dispatch();
    let notes = use_reducer(|| {
        let mut list = Vec::new();
        if let Some((problems, link)) = &start.link_failed {
            list.push(Note::LinkFailed {
                problems: problems.clone(),
                link: link.clone(),
                saved: start.from_saved,
            });
        } else if let Some(problems) = &start.saved_unreadable {
            list.push(Note::SavedUnreadable(problems.clone()));
        }
        if start.pushed_aside {
            list.push(Note::Restore);
        }
        Notes { list }
    });
    let note = Callback::from({
        let d = notes.dispatcher();
        move |a| d.dispatch(a)
    });
    let set_aside = use_state(|| start.set_aside.clone());
    {
        let (start, note) = (start.clone(), note.clone());
        use_effect_with((), move |_| {
            // The pushed-aside work is kept before anything can overwrite the autosave.
            if start.pushed_aside
                && let Some(s) = &start.set_aside
                && !storage::set(autosave::SET_ASIDE, &crate::model::to_json(s))
            {
                note.emit(NoteAction::Show(Note::MemoryOnly));
            }
        });
    }
    let full = start.embed.is_none();
    let saver = autosave::use_autosave(state.scenario.clone(), start.autosave);
    {
        let note = note.clone();
        use_effect_with(saver.memory_only, move |m| {
            if *m {
                note.emit(NoteAction::Show(Note::MemoryOnly));
            }
        });
    }
    address::use_link_arrivals(dispatch.clone(), note.clone());
    let link = address::use_address_bar(state.scenario.clone(), start.address, start.from_link);
    embed::use_post_height(!full);
    let printing = print::use_printing();
    let pending = use_state(|| None::<PendingCsv>);
    let clear = {
        let (cancel, note, set_aside) = (saver.cancel.clone(), note.clone(), set_aside.clone());
        Callback::from(move |_| {
            cancel.emit(());
            for key in autosave::KEYS {
                storage::remove(key);
            }
            set_aside.set(None);
            note.emit(NoteAction::Show(Note::Cleared));
        })
    };
    let print = {
        let printing = printing.clone();
        Callback::from(move |_| {
            printing.set(true);
            print::print_soon();
        })
    };
    let opener = Opener {
        dispatch,
        note: note.clone(),
        ask_csv: {
            let pending = pending.clone();
            Callback::from(move |p| pending.set(Some(p)))
        },
    };
    let ctx = SessionCtx {
        notes: Rc::new((*notes).clone()),
        note,
        embed: start.embed,
        local: start.autosave,
        link,
        set_aside: (*set_aside).clone(),
        clear,
        print,
        opener: opener.clone(),
    };
    let close_csv = {
        let pending = pending.clone();
        Callback::from(move |_| pending.set(None))
    };
    html! {
        <ContextProvider<SessionCtx> context={ctx}>
            // Printed before the results (the print CSS hides the editor and toolbars).
            if *printing {
                <PrintView />
            }
            { props.children.clone() }
            if full {
                <DropZone opener={opener.clone()} />
            }
            if let Some(csv) = (*pending).clone() {
                <CsvDialog {csv} {opener} on_close={close_csv} />
            }
        </ContextProvider<SessionCtx>>
    }
}
