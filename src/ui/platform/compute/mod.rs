//! The hook the results panels use: recompute the scenario's results (`engine::job::compute`)
//! in the worker whenever the scenario changes and is valid, a moment after the last edit, with
//! progress, cancel and retry. The newest results stay available (marked not current) while a
//! new run is under way, so panels do not flash empty on every keystroke.
//!
//! Panels read it from context: `use_context::<Compute>()`, then `compute.result` (the JSON
//! `compute` returns) or `compute.get::<T>("/summary")` for one typed part of it.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use serde::de::DeserializeOwned;
use serde_json::Value;
use yew::prelude::*;

use super::worker::{Client, Event, Source};

mod jobs;

use crate::engine::job::{FromWorker, ToWorker, compute};
use crate::model::Scenario;
use jobs::{Jobs, Step};

/// Quiet time after the last edit before a run starts.
pub const DEBOUNCE_MS: u32 = 300;

/// Where the newest run is.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// Nothing asked yet.
    Idle,
    /// The scenario has errors: nothing is computed until they are fixed.
    Invalid,
    /// Waiting for the user to stop typing.
    Waiting,
    /// Under way; `done` from 0 to 1.
    Running {
        done: f64,
    },
    Done,
    Failed(Rc<str>),
    Cancelled,
}

/// Results as panels see them.
#[derive(Clone, Debug, PartialEq)]
pub struct Compute {
    pub status: Status,
    /// The newest results, as `engine::job::compute` returns them.
    pub result: Option<Rc<Value>>,
    /// Whether `result` belongs to the scenario as it is now.
    pub current: bool,
    /// False when no worker could start and results are computed on the page.
    pub in_worker: bool,
    /// Stops the run under way (terminates the worker and starts a fresh one).
    pub cancel: Callback<()>,
    /// Runs again (after a cancel or a failure).
    pub retry: Callback<()>,
}

impl Compute {
    /// One part of the results, typed: `get::<Summary>("/summary")`.
    pub fn get<T: DeserializeOwned>(&self, pointer: &str) -> Option<T> {
        let v = self.result.as_ref()?.pointer(pointer)?;
        T::deserialize(v).ok()
    }
}

/// Computes `scenario`'s results whenever it changes and `valid` is true.
#[hook]
pub fn use_compute(scenario: Rc<Scenario>, valid: bool) -> Compute {
    let jobs = use_reducer(|| Jobs {
        job: 0,
        status: Status::Idle,
        result: None,
        current: false,
        in_worker: true,
    });
    let client = use_mut_ref(|| None::<Client>);
    let timer = use_mut_ref(|| None::<Timeout>);
    let counter = use_mut_ref(|| 0u64);
    // The request in flight, computed on the page if the worker turns out not to start.
    let pending: Rc<RefCell<Option<(u64, Value)>>> = use_mut_ref(|| None);
    let busy = use_mut_ref(|| false);
    let nonce = use_state(|| 0u32);
    {
        let (d, client, pending, busy) = (
            jobs.dispatcher(),
            client.clone(),
            pending.clone(),
            busy.clone(),
        );
        use_effect_with((), move |_| {
            let on_event = move |event: Event| {
                let finished = |busy: &RefCell<bool>| *busy.borrow_mut() = false;
                match event {
                    Event::Message(FromWorker::Progress { job, done }) => {
                        d.dispatch(Step::Progress(job, done))
                    }
                    Event::Message(FromWorker::Done { job, result }) => {
                        finished(&busy);
                        d.dispatch(Step::Done(job, Rc::new(result)))
                    }
                    Event::Message(FromWorker::Error { job, message }) => {
                        finished(&busy);
                        d.dispatch(Step::Failed(job, message.into()))
                    }
                    Event::Message(FromWorker::Ready) => {}
                    Event::Crashed(reason) => {
                        finished(&busy);
                        let job = pending.borrow().as_ref().map_or(0, |(j, _)| *j);
                        d.dispatch(Step::Failed(job, reason.into()))
                    }
                    Event::Unavailable(_) => {
                        d.dispatch(Step::NoWorker);
                        if let Some((job, value)) = pending.borrow_mut().take() {
                            finished(&busy);
                            d.dispatch(on_page(job, &value));
                        }
                    }
                }
            };
            *client.borrow_mut() = Some(Client::start(Source::App, on_event));
            move || {
                client.borrow_mut().take();
            }
        });
    }
    {
        let (d, client, timer, counter, pending, busy) = (
            jobs.dispatcher(),
            client.clone(),
            timer.clone(),
            counter.clone(),
            pending.clone(),
            busy.clone(),
        );
        use_effect_with((scenario, valid, *nonce), move |(scenario, valid, _)| {
            timer.borrow_mut().take();
            if !*valid {
                if std::mem::replace(&mut *busy.borrow_mut(), false)
                    && let Some(c) = client.borrow().as_ref()
                {
                    c.restart();
                }
                d.dispatch(Step::Invalid);
                return;
            }
            let scenario = scenario.clone();
            let first = *counter.borrow() == 0;
            let waiting = d.clone();
            let run = move || {
                let job = {
                    let mut c = counter.borrow_mut();
                    *c += 1;
                    *c
                };
                d.dispatch(Step::Started(job));
                let value = serde_json::to_value(&*scenario).unwrap_or_default();
                let client = client.borrow().clone();
                match client.filter(Client::available) {
                    Some(c) => {
                        // A run still under way is for an older scenario: stop it.
                        if std::mem::replace(&mut *busy.borrow_mut(), true) {
                            c.restart();
                        }
                        *pending.borrow_mut() = Some((job, value.clone()));
                        c.send(&ToWorker::Compute {
                            job,
                            scenario: value,
                        });
                    }
                    None => d.dispatch(on_page(job, &value)),
                }
            };
            if first {
                run();
            } else {
                waiting.dispatch(Step::Waiting);
                *timer.borrow_mut() = Some(Timeout::new(DEBOUNCE_MS, run));
            }
        });
    }
    let cancel = {
        let (d, client, busy) = (jobs.dispatcher(), client.clone(), busy.clone());
        use_callback((), move |_: (), _| {
            *busy.borrow_mut() = false;
            if let Some(c) = client.borrow().as_ref() {
                c.restart();
            }
            d.dispatch(Step::Cancelled);
        })
    };
    let retry = {
        let nonce = nonce.setter();
        let count = use_mut_ref(|| 0u32);
        use_callback((), move |_: (), _| {
            let mut c = count.borrow_mut();
            *c = c.wrapping_add(1);
            nonce.set(*c);
        })
    };
    Compute {
        status: jobs.status.clone(),
        result: jobs.result.clone(),
        current: jobs.current,
        in_worker: jobs.in_worker,
        cancel,
        retry,
    }
}

/// Computes on the page (no worker): the same function the worker runs.
fn on_page(job: u64, value: &Value) -> Step {
    match compute(value, &mut |_| {}) {
        Ok(r) => Step::Done(job, Rc::new(r)),
        Err(m) => Step::Failed(job, m.into()),
    }
}
