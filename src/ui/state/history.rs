//! Undo and redo: a bounded stack of earlier scenarios and one of undone ones, sharing
//! unchanged scenarios by `Rc`. Keystrokes in one field merge into one step until the field
//! is left (or another field is edited), so undo takes back a word or a number, not a letter.

use std::rc::Rc;

use crate::model::Scenario;

/// Steps kept; older ones are dropped (a scenario of 10,000 entities is a few MB).
pub const LIMIT: usize = 200;

/// What undo and redo can go back and forth to.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct History {
    past: Vec<Rc<Scenario>>,
    future: Vec<Rc<Scenario>>,
    /// The field (JSON path) whose keystrokes are merging into the newest step.
    open: Option<String>,
}

impl History {
    /// Whether there is a step to undo.
    pub fn can_undo(&self) -> bool {
        !self.past.is_empty()
    }

    /// Whether there is an undone step to redo.
    pub fn can_redo(&self) -> bool {
        !self.future.is_empty()
    }

    /// Records that `before` was replaced by an edit of `field`. An edit of the field that is
    /// still open merges into the step already recorded; anything else starts a new step. A
    /// new step drops what could be redone.
    pub fn record(&mut self, before: Rc<Scenario>, field: Option<String>) {
        self.future.clear();
        if field.is_some() && field == self.open {
            return;
        }
        self.past.push(before);
        if self.past.len() > LIMIT {
            self.past.remove(0);
        }
        self.open = field;
    }

    /// Closes the open field: its next keystroke starts a new step. Whether anything changed.
    pub fn settle(&mut self) -> bool {
        self.open.take().is_some()
    }

    /// The scenario before the newest step, with `current` kept for redo.
    pub fn undo(&mut self, current: Rc<Scenario>) -> Option<Rc<Scenario>> {
        let back = self.past.pop()?;
        self.future.push(current);
        self.open = None;
        Some(back)
    }

    /// The scenario the newest undo took back, with `current` kept for undo.
    pub fn redo(&mut self, current: Rc<Scenario>) -> Option<Rc<Scenario>> {
        let again = self.future.pop()?;
        self.past.push(current);
        self.open = None;
        Some(again)
    }
}
