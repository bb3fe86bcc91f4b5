//! Messages for the user about links, files, copying and local data, kept apart from the
//! scenario's reducer (they are not undoable). One message per slot: a new file message
//! replaces the last one, and each can be dismissed.

use std::rc::Rc;

use yew::Reducible;

use crate::model::Problem;
use crate::text::Key;

/// Problems as messages carry them.
pub type Problems = Rc<Vec<Problem>>;

/// A message.
#[derive(Clone, Debug, PartialEq)]
pub enum Note {
    /// The link in the address did not open; `link` is that address, kept for copying;
    /// `saved`: the autosave opened instead (else the default).
    LinkFailed {
        problems: Problems,
        link: Rc<str>,
        saved: bool,
    },
    /// The autosaved work did not open (a newer version wrote it, or it was damaged).
    SavedUnreadable(Problems),
    /// A link opened while other work was autosaved: it was set aside and can be restored.
    Restore,
    /// A file was not opened; nothing changed.
    OpenFailed { file: Rc<str>, problems: Problems },
    /// A file was opened (one undo step), with what its reader noted.
    Opened { file: Rc<str>, warnings: Problems },
    /// A file was saved, with what it leaves out.
    Saved { file: Rc<str>, warnings: Problems },
    /// Text copied (`what`: the catalogue key saying what).
    Copied(Key),
    /// The browser refused to copy: the text is shown for the user to copy.
    CopyByHand(Rc<str>),
    /// "Clear local data" done.
    Cleared,
    /// Storage refused: work lasts only as long as the page.
    MemoryOnly,
}

/// Where a message shows; a new message replaces the one in its slot.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Start,
    Restore,
    File,
    Copy,
    Local,
}

impl Note {
    pub fn slot(&self) -> Slot {
        match self {
            Note::LinkFailed { .. } | Note::SavedUnreadable(_) => Slot::Start,
            Note::Restore => Slot::Restore,
            Note::OpenFailed { .. } | Note::Opened { .. } | Note::Saved { .. } => Slot::File,
            Note::Copied(_) | Note::CopyByHand(_) => Slot::Copy,
            Note::Cleared | Note::MemoryOnly => Slot::Local,
        }
    }
}

/// The messages shown, oldest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Notes {
    pub list: Vec<Note>,
}

/// What can happen to the messages.
pub enum NoteAction {
    Show(Note),
    Dismiss(Slot),
}

impl Reducible for Notes {
    type Action = NoteAction;

    fn reduce(self: Rc<Self>, action: NoteAction) -> Rc<Self> {
        let slot = match &action {
            NoteAction::Show(n) => n.slot(),
            NoteAction::Dismiss(s) => *s,
        };
        let mut list: Vec<Note> = self
            .list
            .iter()
            .filter(|n| n.slot() != slot)
            .cloned()
            .collect();
        if let NoteAction::Show(n) = action {
            list.push(n);
        } else if list.len() == self.list.len() {
            return self;
        }
        Rc::new(Notes { list })
    }
}
