//! Where the runs of the compute hook stand: a small reducer that keeps the newest results and
//! drops answers to runs nobody waits for any more.

use std::rc::Rc;

use yew::Reducible;

use super::{Results, Status};

#[derive(Clone, Debug, PartialEq)]
pub(super) struct Jobs {
    pub job: u64,
    pub status: Status,
    pub result: Option<Results>,
    pub current: bool,
    pub in_worker: bool,
}

pub(super) enum Step {
    Invalid,
    Waiting,
    Started(u64),
    Progress(u64, f64),
    Done(u64, Results),
    Failed(u64, Rc<str>),
    Cancelled,
    NoWorker,
}

impl Reducible for Jobs {
    type Action = Step;
    fn reduce(self: Rc<Self>, step: Step) -> Rc<Self> {
        let mut next = (*self).clone();
        match step {
            Step::Invalid => (next.status, next.current) = (Status::Invalid, false),
            Step::Waiting => (next.status, next.current) = (Status::Waiting, false),
            Step::Started(job) => (next.job, next.status) = (job, Status::Running { done: 0.0 }),
            // Answers to jobs nobody waits for any more are dropped.
            Step::Progress(job, done)
                if job == self.job && matches!(self.status, Status::Running { .. }) =>
            {
                next.status = Status::Running { done }
            }
            Step::Done(job, r) if job == self.job => {
                (next.status, next.result, next.current) = (Status::Done, Some(r), true)
            }
            Step::Failed(job, m) if job == self.job => next.status = Status::Failed(m),
            Step::Cancelled => next.status = Status::Cancelled,
            Step::NoWorker => next.in_worker = false,
            _ => return self,
        }
        Rc::new(next)
    }
}
