//! The one reducer of the app: the scenario being worked on. Actions are verbs; a no-op returns
//! the same `Rc` so Yew skips the render. Results are derived from the scenario, never stored.

use std::rc::Rc;
use yew::Reducible;

use crate::model::Problem;
use crate::model::{Scenario, examples, validate};

/// The state at the root of the app.
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub scenario: Rc<Scenario>,
    /// Validation problems of `scenario`, kept beside it because every field shows its own.
    pub problems: Rc<Vec<Problem>>,
}

impl AppState {
    /// A state holding `scenario`, validated.
    pub fn with(scenario: Scenario) -> Self {
        let problems = validate(&scenario);
        AppState {
            scenario: Rc::new(scenario),
            problems: Rc::new(problems),
        }
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
    /// Replace the whole scenario (an example, a file, a link).
    Load(Scenario),
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Load(s) if *self.scenario == s => self,
            Action::Load(s) => Rc::new(AppState::with(s)),
        }
    }
}
