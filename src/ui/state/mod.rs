//! The one reducer of the app: the scenario being worked on, its undo history and the selected
//! entity. Actions are verbs; the scenario edits themselves are [`Edit`]s from `model::edit`
//! (`Edit::AddEntity`, `Edit::Holding(i, HoldingField::Percent(x))`, `Edit::RenameEntity`…).
//! Reducers are pure; a no-op returns the same `Rc` so Yew skips the render. Validation
//! problems are derived from each new scenario here; results are derived by hooks, never stored.

mod history;

use std::rc::Rc;
use yew::Reducible;

pub use history::{History, LIMIT};

use crate::model::edit::{self, Edit};
use crate::model::{Problem, Scenario, examples, validate};

/// What the last undo, redo or load did, for the status line that screen readers announce.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Notice {
    Undone,
    Redone,
    Loaded,
}

/// The state at the root of the app.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub scenario: Rc<Scenario>,
    /// Validation problems of `scenario` (errors and warnings), each with its JSON path.
    pub problems: Rc<Vec<Problem>>,
    pub history: History,
    /// The selected entity id (in the editor, the network diagram and the panels).
    pub selected: Option<String>,
    /// Goes up each time a selection asks the editor to bring the entity's row into view.
    pub reveal: u32,
    /// The last notice and a counter, so the same notice twice is announced twice.
    pub notice: Option<(Notice, u32)>,
}

impl AppState {
    /// A state holding `scenario`, validated, with no history.
    pub fn with(scenario: Scenario) -> Self {
        AppState {
            problems: Rc::new(validate(&scenario)),
            scenario: Rc::new(scenario),
            history: History::default(),
            selected: None,
            reveal: 0,
            notice: None,
        }
    }

    /// Whether the scenario has errors (then nothing is computed).
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(Problem::is_error)
    }

    /// This state with `scenario` in place of the current one (re-validated).
    fn replaced(&self, scenario: Rc<Scenario>) -> AppState {
        AppState {
            problems: Rc::new(validate(&scenario)),
            scenario,
            ..self.clone()
        }
    }

    fn noticed(mut self, n: Notice) -> Self {
        let count = self.notice.map_or(0, |(_, c)| c.wrapping_add(1));
        self.notice = Some((n, count));
        self
    }
}

impl Default for AppState {
    fn default() -> Self {
        AppState::with(examples::default_scenario())
    }
}

/// Everything that can change the state.
#[derive(Clone, Debug)]
pub enum Action {
    /// Change the scenario (one field, an item added or deleted, a rename…).
    Edit(Edit),
    /// Replace the whole scenario (an example, a file, a link): one undo step.
    Load(Rc<Scenario>),
    Undo,
    Redo,
    /// The field being typed in was left: its next keystroke starts a new undo step.
    Settle,
    /// Select an entity (or none); `reveal` asks the editor to scroll its row into view.
    Select {
        id: Option<String>,
        reveal: bool,
    },
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Edit(e) => edited(self, e),
            Action::Load(s) if *self.scenario == *s => self,
            Action::Load(s) => {
                let mut next = self.replaced(s);
                next.history.record(self.scenario.clone(), None);
                next.selected = None;
                Rc::new(next.noticed(Notice::Loaded))
            }
            Action::Undo => {
                let mut history = self.history.clone();
                match history.undo(self.scenario.clone()) {
                    Some(back) => Rc::new(
                        AppState {
                            history,
                            ..self.replaced(back)
                        }
                        .noticed(Notice::Undone),
                    ),
                    None => self,
                }
            }
            Action::Redo => {
                let mut history = self.history.clone();
                match history.redo(self.scenario.clone()) {
                    Some(again) => Rc::new(
                        AppState {
                            history,
                            ..self.replaced(again)
                        }
                        .noticed(Notice::Redone),
                    ),
                    None => self,
                }
            }
            Action::Settle => {
                let mut history = self.history.clone();
                if history.settle() {
                    Rc::new(AppState {
                        history,
                        ..(*self).clone()
                    })
                } else {
                    self
                }
            }
            Action::Select { id, reveal } => {
                if self.selected == id && !reveal {
                    return self;
                }
                let mut next = (*self).clone();
                next.selected = id;
                if reveal {
                    next.reveal = next.reveal.wrapping_add(1);
                }
                Rc::new(next)
            }
        }
    }
}

/// Applies an edit, records the undo step and keeps the selection on the renamed or deleted
/// entity's id.
fn edited(state: Rc<AppState>, e: Edit) -> Rc<AppState> {
    let Some(changed) = edit::apply(&state.scenario, &e) else {
        return state;
    };
    let mut next = state.replaced(Rc::new(changed));
    next.history.record(state.scenario.clone(), e.path());
    let old_id = |i: &usize| state.scenario.entities.get(*i).map(|x| x.id.clone());
    match &e {
        Edit::RenameEntity(i, new) if next.selected == old_id(i) => {
            next.selected = Some(new.clone());
        }
        Edit::DeleteEntity(i) if next.selected == old_id(i) => next.selected = None,
        _ => {}
    }
    Rc::new(next)
}
