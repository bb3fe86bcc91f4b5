//! The hook the results panels use: recompute the scenario's results (`engine::job::compute`)
//! in the worker whenever the scenario changes and is valid, a moment after the last edit, with
//! progress, cancel and retry; a new focus of the control panel alone is asked for at once.
//! The newest results stay available (marked not current) while a new run is under way, so
//! panels do not flash empty on every keystroke.
//!
//! Panels read it from context: `use_context::<Compute>()`, then `compute.result`, the
//! [`View`] the job returned (read once from its JSON when it arrives).

use std::cell::RefCell;
use std::rc::Rc;

use gloo::timers::callback::Timeout;
use serde_json::Value;
use yew::prelude::*;

use super::worker::{Client, Event, Source};

mod jobs;

use crate::engine::job::{FromWorker, ToWorker, compute};
use crate::engine::view::View;
use crate::model::Scenario;
use crate::ui::same::Same;
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

/// A run's results, shared by the panels and compared by identity: each run gives a new one,
/// and a field-by-field comparison of every figure ran on each render of every panel.
pub type Results = Same<View>;

/// Results as panels see them.
#[derive(Clone, Debug, PartialEq)]
pub struct Compute {
    pub status: Status,
    /// The newest results, as `engine::job::compute` returns them.
    pub result: Option<Results>,
    /// Whether `result` belongs to the scenario as it is now.
    pub current: bool,
    /// False when no worker could start and results are computed on the page.
    pub in_worker: bool,
    /// Stops the run under way (terminates the worker and starts a fresh one).
    pub cancel: Callback<()>,
    /// Runs again (after a cancel or a failure).
    pub retry: Callback<()>,
}

/// The step a finished job's result makes: its view, or a failure if it cannot be read.
fn read_view(job: u64, result: &Value) -> Step {
    match result.as_str().map(View::decode) {
        Some(Ok(v)) => Step::Done(job, Same(Rc::new(v))),
        Some(Err(e)) => Step::Failed(job, e.into()),
        None => Step::Failed(job, "the worker's result is not text".into()),
    }
}

/// Computes `scenario`'s results whenever it changes and `valid` is true, with the control
/// panel about `focus` (an entity id; `None` lets the engine choose).
#[hook]
pub fn use_compute(scenario: Rc<Scenario>, valid: bool, focus: Option<String>) -> Compute {
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
    let pending: Rc<RefCell<Option<Request>>> = use_mut_ref(|| None);
    let busy = use_mut_ref(|| false);
    let nonce = use_state(|| 0u32);
    // The scenario last sent, so a change of focus alone skips the pause for typing.
    let sent = use_mut_ref(|| None::<Same<Scenario>>);
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
                        d.dispatch(read_view(job, &result))
                    }
                    Event::Message(FromWorker::Error { job, message }) => {
                        finished(&busy);
                        d.dispatch(Step::Failed(job, message.into()))
                    }
                    Event::Message(FromWorker::Ready) => {}
                    Event::Crashed(reason) => {
                        finished(&busy);
                        let job = pending.borrow().as_ref().map_or(0, |(j, _, _)| *j);
                        d.dispatch(Step::Failed(job, reason.into()))
                    }
                    Event::Unavailable(_) => {
                        d.dispatch(Step::NoWorker);
                        if let Some((job, scenario, focus)) = pending.borrow_mut().take() {
                            finished(&busy);
                            d.dispatch(on_page(job, &scenario, focus.as_deref()));
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
        let deps = (Same(scenario), valid, focus, *nonce);
        use_effect_with(deps, move |(scenario, valid, focus, _)| {
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
            let same = sent.borrow().as_ref() == Some(scenario);
            *sent.borrow_mut() = Some(scenario.clone());
            let (scenario, focus) = (scenario.0.clone(), focus.clone());
            let first = *counter.borrow() == 0;
            let waiting = d.clone();
            let run = move || {
                let job = {
                    let mut c = counter.borrow_mut();
                    *c += 1;
                    *c
                };
                d.dispatch(Step::Started(job));
                let client = client.borrow().clone();
                match client.filter(Client::available) {
                    Some(c) => {
                        // A run still under way is for an older scenario: stop it.
                        if std::mem::replace(&mut *busy.borrow_mut(), true) {
                            c.restart();
                        }
                        // Written once, straight into the message (no JSON value in between).
                        let json = crate::model::to_json(&scenario);
                        c.send_text(ToWorker::compute_text(job, &json, focus.as_deref()));
                        *pending.borrow_mut() = Some((job, scenario.clone(), focus));
                    }
                    None => d.dispatch(on_page(job, &scenario, focus.as_deref())),
                }
            };
            if first || same {
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

/// A request in flight: job, scenario JSON and focus.
type Request = (u64, Rc<Scenario>, Option<String>);

/// Computes on the page (no worker): the same function the worker runs.
fn on_page(job: u64, scenario: &Scenario, focus: Option<&str>) -> Step {
    match compute(&crate::model::to_value(scenario), focus, &mut |_| {}) {
        Ok(r) => read_view(job, &r),
        Err(m) => Step::Failed(job, m.into()),
    }
}
