//! Opening a file: read it in the browser, tell what it holds, ask for a CSV file which list it
//! is, and load the result as one undo step only when it is valid; otherwise show every
//! problem and leave the scenario as it was.

use std::rc::Rc;

use web_sys::File;
use yew::Callback;

use super::notes::{Note, NoteAction};
use crate::codec::csv::{List, Mode};
use crate::codec::file::{self, FileKind};
use crate::model::{Parsed, Problem, Scenario};
use crate::ui::platform::files;
use crate::ui::state::Action;

/// A CSV file waiting for the user to say which list it holds.
#[derive(Clone, Debug, PartialEq)]
pub struct PendingCsv {
    pub name: Rc<str>,
    pub bytes: Rc<Vec<u8>>,
}

/// Where an opened file's outcome goes.
#[derive(Clone, PartialEq)]
pub struct Opener {
    pub dispatch: Callback<Action>,
    pub note: Callback<NoteAction>,
    /// Asks which list a CSV file holds (the CSV dialog).
    pub ask_csv: Callback<PendingCsv>,
}

impl Opener {
    /// Reads `file` and opens it (after asking, for CSV).
    pub fn open(&self, file: File) {
        let me = self.clone();
        wasm_bindgen_futures::spawn_local(async move {
            let name: Rc<str> = file.name().into();
            match files::read(&file).await {
                Err(p) => me.finish(name, Err(vec![p])),
                Ok(bytes) => match file::kind(&name, &bytes) {
                    FileKind::Csv => me.ask_csv.emit(PendingCsv {
                        name,
                        bytes: Rc::new(bytes),
                    }),
                    kind => {
                        let unused = (List::Entities, Mode::Merge);
                        let result = file::open(kind, &bytes, &Scenario::default(), unused);
                        me.finish(name, result);
                    }
                },
            }
        });
    }

    /// Opens a CSV list into `base` as the user chose.
    pub fn open_csv(&self, csv: &PendingCsv, base: &Scenario, list: List, mode: Mode) {
        let result = file::open(FileKind::Csv, &csv.bytes, base, (list, mode));
        self.finish(csv.name.clone(), result);
    }

    /// Loads a valid result (one undo step) or shows why there is none.
    fn finish(&self, file: Rc<str>, result: Result<Parsed, Vec<Problem>>) {
        let note = match result {
            Ok(p) => {
                self.dispatch.emit(Action::Load(Rc::new(p.scenario)));
                Note::Opened {
                    file,
                    warnings: Rc::new(p.warnings),
                }
            }
            Err(problems) => Note::OpenFailed {
                file,
                problems: Rc::new(problems),
            },
        };
        self.note.emit(NoteAction::Show(note));
    }
}
