//! The computation the web worker runs, and the messages it exchanges with the page. Pure, so
//! the worker binary is only glue and the same code runs on the main thread when no worker can
//! start (a sandboxed embed) and in native tests.
//!
//! Protocol (JSON text in both directions, one job at a time per worker):
//! - page → worker: `{"type":"compute","job":7,"scenario":{…scenario v1…},"focus":"ly"}`
//!   (`focus`, optional: the entity the control panel is about);
//! - worker → page: `{"type":"ready"}` once it listens (messages sent earlier are lost),
//!   `{"type":"progress","job":7,"done":0.4}` (0 to 1, as often as the work allows),
//!   `{"type":"done","job":7,"result":"…"}` (a [`View`] as [`View::encode`] writes it) or
//!   `{"type":"error","job":7,"message":"…"}`.
//!
//! Cancelling is the page's business: it terminates the worker and starts a fresh one, so a
//! long Monte Carlo run never has to poll for a stop flag. `job` lets the page drop answers to
//! requests it no longer wants. The worker keeps the newest scenario's engine results, so a
//! request that only moves the focus does not compute them again.

use std::cell::RefCell;
use std::rc::Rc;

use serde_json::{Map, Value, json};

use super::breach::{self, BreachResults};
use super::results::{ControlResults, Options, control_report_with};
use super::view::{View, build};
use crate::model::{Scenario, parse_value};

// The messages are read and written through `serde_json::Value` by hand rather than with
// derived (de)serializers: the page already carries Value, and derived code for tagged enums
// adds kilobytes of wasm for four message shapes.

/// A message from the page to the worker.
#[derive(Clone, Debug, PartialEq)]
pub enum ToWorker {
    /// Compute the results of `scenario` (scenario v1 JSON), the control panel's about
    /// `focus` (an entity id; `None` lets the worker choose).
    Compute {
        job: u64,
        scenario: Value,
        focus: Option<String>,
    },
}

impl ToWorker {
    /// The message as JSON text.
    pub fn to_text(&self) -> String {
        match self {
            ToWorker::Compute {
                job,
                scenario,
                focus,
            } => json!({"type": "compute", "job": job, "scenario": scenario, "focus": focus})
                .to_string(),
        }
    }

    /// The text of a compute request for a scenario already written as JSON (`model::to_json`):
    /// what [`ToWorker::to_text`] gives for it, without parsing the scenario into a value and
    /// writing it out again (the page does this on every edit, and scenarios can be large).
    pub fn compute_text(job: u64, scenario_json: &str, focus: Option<&str>) -> String {
        let head = json!({"type": "compute", "job": job, "focus": focus}).to_string();
        // `head` is an object ending in `}`: the scenario goes in as its last member.
        format!("{},\"scenario\":{scenario_json}}}", &head[..head.len() - 1])
    }

    /// Reads a message; `Err` says why it is not one.
    pub fn from_text(text: &str) -> Result<ToWorker, String> {
        let v: Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let mut m = match v {
            Value::Object(m) => m,
            _ => return Err("expected an object".into()),
        };
        let compute = m.get("type").and_then(Value::as_str) == Some("compute");
        let focus = m.get("focus").and_then(Value::as_str).map(str::to_string);
        match (compute, job_of(&m), m.remove("scenario")) {
            (true, Some(job), Some(scenario)) => Ok(ToWorker::Compute {
                job,
                scenario,
                focus,
            }),
            _ => Err("expected {\"type\":\"compute\",\"job\":…,\"scenario\":…}".into()),
        }
    }
}

fn job_of(m: &Map<String, Value>) -> Option<u64> {
    m.get("job").and_then(Value::as_u64)
}

/// A message from the worker to the page.
#[derive(Clone, Debug, PartialEq)]
pub enum FromWorker {
    /// The worker has loaded and listens.
    Ready,
    /// `done` of the job is finished (0 to 1).
    Progress { job: u64, done: f64 },
    /// The results, as [`compute`] returns them (a string [`View::decode`] reads).
    Done { job: u64, result: Value },
    /// The job failed; `message` says why in plain words.
    Error { job: u64, message: String },
}

impl FromWorker {
    /// The message as JSON text.
    pub fn to_text(&self) -> String {
        let v = match self {
            FromWorker::Ready => json!({"type": "ready"}),
            FromWorker::Progress { job, done } => {
                json!({"type": "progress", "job": job, "done": done})
            }
            FromWorker::Done { job, result } => {
                json!({"type": "done", "job": job, "result": result})
            }
            FromWorker::Error { job, message } => {
                json!({"type": "error", "job": job, "message": message})
            }
        };
        v.to_string()
    }

    /// Reads a message; `None` when the text is not one.
    pub fn from_text(text: &str) -> Option<FromWorker> {
        let Value::Object(mut m) = serde_json::from_str(text).ok()? else {
            return None;
        };
        let job = job_of(&m);
        match m.get("type")?.as_str()? {
            "ready" => Some(FromWorker::Ready),
            "progress" => Some(FromWorker::Progress {
                job: job?,
                done: m.get("done")?.as_f64()?,
            }),
            "done" => Some(FromWorker::Done {
                job: job?,
                result: m.remove("result")?,
            }),
            "error" => Some(FromWorker::Error {
                job: job?,
                message: m.get("message")?.as_str()?.to_string(),
            }),
            _ => None,
        }
    }
}

/// Network power index trials per run: the panels do not show the index, so one trial keeps
/// its cost out of every keystroke (the command-line report runs `settings.trials`).
const NETWORK_TRIALS: u64 = 1;

/// A valid scenario's parsed form, control results and breach results.
struct Engine {
    scenario: Scenario,
    control: ControlResults,
    breach: Option<BreachResults>,
}

thread_local! {
    /// The newest scenario (as sent) with its engine results.
    static LAST: RefCell<Option<(Value, Rc<Engine>)>> = const { RefCell::new(None) };
}

/// Share of the progress bar the control engine takes (the breach engine takes the rest).
const CONTROL_SHARE: f64 = 0.1;

/// The scenario's parsed form and engine results, from the cache when it is the same scenario.
fn engine_results(scenario: &Value, progress: &mut dyn FnMut(f64)) -> Result<Rc<Engine>, String> {
    let cached = LAST.with(|l| match &*l.borrow() {
        Some((v, r)) if v == scenario => Some(r.clone()),
        _ => None,
    });
    if let Some(r) = cached {
        return Ok(r);
    }
    let parsed = parse_value(scenario).map_err(|problems| {
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        list.join("; ")
    })?;
    let opts = Options {
        network_trials: Some(NETWORK_TRIALS),
    };
    let control = control_report_with(&parsed.scenario, &opts);
    progress(CONTROL_SHARE);
    // A valid scenario always has breach results; `None` would only mean the two engines
    // disagree on validity, and then the control results are still worth showing.
    let breach = breach::analyse_with(&parsed.scenario, &mut |p| {
        progress(CONTROL_SHARE + (1.0 - CONTROL_SHARE) * p.fraction());
        true
    })
    .ok();
    let r = Rc::new(Engine {
        scenario: parsed.scenario,
        control,
        breach,
    });
    LAST.with(|l| *l.borrow_mut() = Some((scenario.clone(), r.clone())));
    Ok(r)
}

/// THE computation: what the results panels show for a scenario, as a [`View`] about `focus`.
/// Change this one function as the engine grows; the worker, the fallback and the panels' hook
/// all go through it. `progress` takes the finished share from 0 to 1. An invalid scenario is
/// an error listing its problems.
pub fn compute(
    scenario: &Value,
    focus: Option<&str>,
    progress: &mut dyn FnMut(f64),
) -> Result<Value, String> {
    progress(0.0);
    let r = engine_results(scenario, progress)?;
    let view: View = build(&r.scenario, &r.control, r.breach.as_ref(), focus);
    progress(1.0);
    Ok(Value::String(view.encode()))
}

/// Handles one message text as the worker does, sending every answer through `post`. Text that
/// is not a request is answered with an error for job 0 (the page never uses 0).
pub fn handle(text: &str, post: &mut dyn FnMut(FromWorker)) {
    match ToWorker::from_text(text) {
        Ok(ToWorker::Compute {
            job,
            scenario,
            focus,
        }) => {
            let mut last = -1.0;
            let mut report_progress = |done: f64| {
                // At most a hundred progress messages per job, however often the work reports.
                if done - last >= 0.01 || done >= 1.0 {
                    last = done;
                    post(FromWorker::Progress { job, done });
                }
            };
            let answer = match compute(&scenario, focus.as_deref(), &mut report_progress) {
                Ok(result) => FromWorker::Done { job, result },
                Err(message) => FromWorker::Error { job, message },
            };
            post(answer);
        }
        Err(e) => post(FromWorker::Error {
            job: 0,
            message: format!("not a request the worker understands: {e}"),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{examples, to_json};

    fn request(job: u64, scenario: &str) -> String {
        format!(r#"{{"type":"compute","job":{job},"scenario":{scenario}}}"#)
    }

    #[test]
    fn a_request_gets_progress_then_the_report() {
        let mut out = Vec::new();
        let ly = to_json(&examples::default_scenario());
        handle(&request(7, &ly), &mut |m| out.push(m));
        assert_eq!(
            out.first(),
            Some(&FromWorker::Progress { job: 7, done: 0.0 })
        );
        let Some(FromWorker::Done { job: 7, result }) = out.last() else {
            panic!("{out:?}")
        };
        // What the page reads back is what the engine built.
        let view = View::decode(result.as_str().unwrap()).unwrap();
        assert_eq!(view.records, 519_506.0);
        assert_eq!(view.focus, "ly", "the data holder by default");
        assert_eq!(view.control.controller.as_deref(), Some("a-holdings"));
        let s = examples::default_scenario();
        let control = crate::engine::results::control_report_with(
            &s,
            &Options {
                network_trials: Some(NETWORK_TRIALS),
            },
        );
        let breach = breach::analyse(&s).unwrap();
        let expected = build(&s, &control, Some(&breach), None);
        assert_eq!(view, expected);
    }

    #[test]
    fn a_new_focus_on_the_same_scenario_is_answered_about_it() {
        let ly = to_json(&examples::default_scenario());
        let with_focus = |focus: &str| {
            format!(r#"{{"type":"compute","job":1,"scenario":{ly},"focus":"{focus}"}}"#)
        };
        for (focus, controller) in [("naver-cloud", "naver"), ("ly", "a-holdings")] {
            let mut out = Vec::new();
            handle(&with_focus(focus), &mut |m| out.push(m));
            let Some(FromWorker::Done { result, .. }) = out.last() else {
                panic!("{out:?}")
            };
            let view = View::decode(result.as_str().unwrap()).unwrap();
            assert_eq!(view.focus, focus);
            assert_eq!(view.control.controller.as_deref(), Some(controller));
        }
        // A focus that names no entity falls back to the default.
        let mut out = Vec::new();
        handle(&with_focus("nobody"), &mut |m| out.push(m));
        let Some(FromWorker::Done { result, .. }) = out.last() else {
            panic!("{out:?}")
        };
        assert_eq!(View::decode(result.as_str().unwrap()).unwrap().focus, "ly");
    }

    #[test]
    fn an_invalid_scenario_is_an_error_naming_the_field() {
        let mut s = examples::default_scenario();
        s.holdings[0].percent = 120.0;
        let mut out = Vec::new();
        handle(&request(3, &to_json(&s)), &mut |m| out.push(m));
        match out.last() {
            Some(FromWorker::Error { job: 3, message }) => {
                assert!(message.contains("holdings[0].percent"), "{message}")
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn garbage_is_answered_not_panicked_on() {
        for text in [
            "",
            "null",
            "{\"type\":\"compute\"}",
            "{\"type\":\"x\",\"job\":1}",
        ] {
            let mut out = Vec::new();
            handle(text, &mut |m| out.push(m));
            assert!(
                matches!(out.as_slice(), [FromWorker::Error { job: 0, .. }]),
                "{text}"
            );
        }
    }

    #[test]
    fn messages_read_back_as_written() {
        let msgs = [
            FromWorker::Ready,
            FromWorker::Progress { job: 1, done: 0.25 },
            FromWorker::Error {
                job: 2,
                message: "x".into(),
            },
        ];
        for m in msgs {
            assert_eq!(FromWorker::from_text(&m.to_text()), Some(m));
        }
        let done = FromWorker::Done {
            job: 3,
            result: serde_json::json!({"a": [1, 2]}),
        };
        assert_eq!(FromWorker::from_text(&done.to_text()), Some(done));
        for focus in [None, Some("ly".to_string())] {
            let req = ToWorker::Compute {
                job: 9,
                scenario: serde_json::json!({"format": "x"}),
                focus,
            };
            assert_eq!(ToWorker::from_text(&req.to_text()), Ok(req));
        }
        // The page's path: the scenario's own JSON put straight into the message reads back as
        // the same request as the one written from the parsed value.
        let ly = examples::default_scenario();
        let json = to_json(&ly);
        for focus in [None, Some("ly")] {
            let text = ToWorker::compute_text(4, &json, focus);
            let want = ToWorker::Compute {
                job: 4,
                scenario: serde_json::from_str(&json).unwrap(),
                focus: focus.map(str::to_string),
            };
            assert_eq!(ToWorker::from_text(&text), Ok(want));
        }
        for bad in [
            "",
            "[]",
            "{\"type\":\"progress\",\"job\":1}",
            "{\"type\":\"nope\"}",
        ] {
            assert_eq!(FromWorker::from_text(bad), None, "{bad}");
        }
        assert_eq!(FromWorker::Ready.to_text(), r#"{"type":"ready"}"#);
    }
}
