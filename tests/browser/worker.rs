//! The worker plumbing: a slow stand-in worker (a script from a blob URL that reports progress
//! and never finishes) shows that requests wait for "ready", that cancelling terminates the run
//! and starts a fresh worker whose answers are for the new job only; a worker that cannot start
//! is reported once; and the app computes on the page when it has no worker.

use std::cell::RefCell;
use std::rc::Rc;

use exposure::engine::job::{FromWorker, ToWorker};
use exposure::model::examples::default_scenario;
use exposure::ui::components::progress::{JobProgress, ProgressProps};
use exposure::ui::platform::compute::{Compute, Status};
use exposure::ui::platform::worker::{Client, Event, Source};
use wasm_bindgen_test::*;
use yew::Callback;

use super::support::*;

/// A worker script that says ready, then answers a request with progress every 10 ms forever.
const SLOW: &str = r#"
postMessage(JSON.stringify({type: "ready"}));
onmessage = (e) => {
  const job = JSON.parse(e.data).job;
  let done = 0;
  const tick = () => { done += 0.001; postMessage(JSON.stringify({type: "progress", job, done})); setTimeout(tick, 10); };
  tick();
};
"#;

fn blob_url(script: &str) -> String {
    let parts = js_sys::Array::of1(&script.into());
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type("text/javascript");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag).unwrap();
    web_sys::Url::create_object_url_with_blob(&blob).unwrap()
}

fn recorder() -> (Rc<RefCell<Vec<Event>>>, impl Fn(Event) + 'static) {
    let events = Rc::new(RefCell::new(Vec::new()));
    let sink = events.clone();
    (events, move |e| sink.borrow_mut().push(e))
}

fn request(job: u64) -> ToWorker {
    ToWorker::Compute {
        job,
        scenario: serde_json::json!({}),
        focus: None,
    }
}

fn progress_of(e: &Event) -> Option<u64> {
    match e {
        Event::Message(FromWorker::Progress { job, .. }) => Some(*job),
        _ => None,
    }
}

#[wasm_bindgen_test]
async fn a_cancelled_run_stops_and_a_fresh_worker_takes_the_next_job() {
    let (events, on_event) = recorder();
    let client = Client::start(Source::Script(blob_url(SLOW)), on_event);
    // Sent before the worker is ready: kept and delivered once it is.
    client.send(&request(1));
    until("progress of job 1", 10.0, || {
        events.borrow().iter().any(|e| progress_of(e) == Some(1))
    })
    .await;
    client.restart();
    let seen = events.borrow().len();
    client.send(&request(2));
    until("progress of job 2", 10.0, || {
        events.borrow().iter().any(|e| progress_of(e) == Some(2))
    })
    .await;
    let after: Vec<Option<u64>> = events.borrow()[seen..].iter().map(progress_of).collect();
    assert!(after.iter().all(|j| *j == Some(2)), "{after:?}");
    assert!(client.available());
}

#[wasm_bindgen_test]
async fn a_worker_that_cannot_start_is_reported() {
    let (events, on_event) = recorder();
    let client = Client::start(Source::Script("./no-such-worker.js".into()), on_event);
    client.send(&request(1));
    until("the failure", 10.0, || !events.borrow().is_empty()).await;
    assert!(
        matches!(events.borrow()[0], Event::Unavailable(_)),
        "{:?}",
        events.borrow()
    );
    assert!(!client.available());
}

#[wasm_bindgen_test]
async fn without_a_worker_the_app_computes_on_the_page() {
    // The test page serves no worker script, so the app falls back.
    let el = app(default_scenario()).await;
    until("the summary", 10.0, || {
        el.query_selector("[data-testid=records-big]")
            .unwrap()
            .is_some()
    })
    .await;
    assert_eq!(text(&el, "[data-testid=records-big]"), "519,506");
    assert_eq!(
        find(&el, "#results")
            .get_attribute("data-computed-in")
            .as_deref(),
        Some("page")
    );
    // An edit is recomputed (after the pause for typing).
    type_into(&el, "#f-data-3-records", "0").await;
    until("the new total", 10.0, || {
        text(&el, "[data-testid=records-big]") == "389,191"
    })
    .await;
    // Errors stop the computation and say so.
    type_into(&el, "#f-holdings-2-percent", "120").await;
    until("the note", 10.0, || {
        text(&el, ".job-area").contains("Fix the problems")
    })
    .await;
}

fn compute(status: Status, cancel: Callback<()>, retry: Callback<()>) -> Compute {
    Compute {
        status,
        result: None,
        current: false,
        in_worker: true,
        cancel,
        retry,
    }
}

#[wasm_bindgen_test]
async fn the_progress_bar_offers_cancel_and_a_stopped_run_offers_retry() {
    let el = mount_point();
    let (cancelled, retried) = (Rc::new(RefCell::new(0)), Rc::new(RefCell::new(0)));
    let (c, r) = (cancelled.clone(), retried.clone());
    let cancel = Callback::from(move |_| *c.borrow_mut() += 1);
    let retry = Callback::from(move |_| *r.borrow_mut() += 1);
    let props = ProgressProps {
        compute: compute(Status::Running { done: 0.4 }, cancel.clone(), retry.clone()),
    };
    let mut app = yew::Renderer::<JobProgress>::with_root_and_props(el.clone(), props).render();
    yew::scheduler::flush().await;
    assert_eq!(
        find(&el, "progress").get_attribute("value").as_deref(),
        Some("0.4")
    );
    assert_eq!(text(&el, "label"), "Computing…");
    click(&el, ".job button").await;
    assert_eq!(*cancelled.borrow(), 1);
    app.update(ProgressProps {
        compute: compute(Status::Cancelled, cancel, retry),
    });
    yew::scheduler::flush().await;
    assert!(el.query_selector("progress").unwrap().is_none());
    assert!(text(&el, ".job").contains("Stopped"));
    click(&el, ".job button").await;
    assert_eq!(*retried.borrow(), 1);
}
