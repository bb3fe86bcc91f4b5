//! The compute worker, both sides.
//!
//! The worker runs this same wasm module: the page starts a module worker that imports the
//! app's own JavaScript glue and wasm (the files the page's preload links name), and `main`,
//! finding no document, calls [`serve`] instead of mounting the app. One module instead of a
//! second binary (Trunk's `data-type="worker"`, tried first), because a second binary carries
//! its own copy of the model, serde_json and the standard library: measured, it added 116 KB
//! gzipped and took the app and worker to 437 KB against a budget of 350 KB for both.
//!
//! The page's side ([`Client`]) starts the worker, waits for its "ready" (messages sent to a
//! wasm worker before it listens are lost), posts requests, hands every answer to a callback,
//! and cancels by terminating it and starting a fresh one. When no worker can start (a
//! sandboxed embed, a strict Content-Security-Policy) it says so once and the caller computes
//! on the page instead.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{MessageEvent, Worker};

use crate::engine::job::{FromWorker, ToWorker};

mod start;

use start::app_worker;
pub use start::{in_worker, serve};

/// What a worker runs.
#[derive(Clone, Debug, PartialEq)]
pub enum Source {
    /// This app's own module, as the page loaded it.
    App,
    /// A classic worker script at this URL (tests use stand-ins).
    Script(String),
}

/// What the worker (or its absence) tells the page.
#[derive(Clone, Debug, PartialEq)]
pub enum Event {
    Message(FromWorker),
    /// The worker failed to start; requests are not sent. The text is the browser's reason.
    Unavailable(String),
    /// The worker died during a job (a panic); a fresh one has been started.
    Crashed(String),
}

/// A handle on the worker; clones share it. Dropping the last one terminates it.
#[derive(Clone)]
pub struct Client {
    inner: Rc<Inner>,
}

struct Inner {
    source: Source,
    on_event: Box<dyn Fn(Event)>,
    worker: RefCell<Option<Running>>,
    /// A request waiting for the worker's "ready".
    waiting: RefCell<Option<String>>,
    ready: Cell<bool>,
    unavailable: Cell<bool>,
}

/// A started worker and the listeners that must live as long as it.
struct Running {
    worker: Worker,
    _on_message: Closure<dyn Fn(MessageEvent)>,
    _on_error: Closure<dyn Fn(web_sys::Event)>,
}

impl Drop for Running {
    fn drop(&mut self) {
        self.worker.set_onmessage(None);
        self.worker.set_onerror(None);
        self.worker.terminate();
    }
}

impl Client {
    /// Starts a worker running `source`; `on_event` gets every answer.
    pub fn start(source: Source, on_event: impl Fn(Event) + 'static) -> Client {
        let client = Client {
            inner: Rc::new(Inner {
                source,
                on_event: Box::new(on_event),
                worker: RefCell::new(None),
                waiting: RefCell::new(None),
                ready: Cell::new(false),
                unavailable: Cell::new(false),
            }),
        };
        client.spawn();
        client
    }

    /// Whether requests can go to a worker (false once it failed to start).
    pub fn available(&self) -> bool {
        !self.inner.unavailable.get()
    }

    /// Sends a request; before the worker is ready only the newest request is kept.
    pub fn send(&self, request: &ToWorker) {
        self.send_text(request.to_text());
    }

    /// Sends a request already written as text ([`ToWorker::compute_text`]).
    pub fn send_text(&self, text: String) {
        if self.inner.ready.get() {
            self.post(&text);
        } else {
            *self.inner.waiting.borrow_mut() = Some(text);
        }
    }

    /// Stops whatever the worker is doing by terminating it, and starts a fresh one.
    pub fn restart(&self) {
        self.inner.worker.borrow_mut().take();
        self.inner.waiting.borrow_mut().take();
        self.spawn();
    }

    fn post(&self, text: &str) {
        if let Some(r) = self.inner.worker.borrow().as_ref() {
            let _ = r.worker.post_message(&text.into());
        }
    }

    fn spawn(&self) {
        self.inner.ready.set(false);
        let started = match &self.inner.source {
            Source::App => app_worker(),
            Source::Script(url) => Worker::new(url).map_err(start::js_text),
        };
        let worker = match started {
            Ok(w) => w,
            Err(e) => {
                self.fail(e);
                return;
            }
        };
        let weak = Rc::downgrade(&self.inner);
        let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
            let Some(inner) = weak.upgrade() else { return };
            let client = Client { inner };
            let text = e.data().as_string().unwrap_or_default();
            match FromWorker::from_text(&text) {
                Some(FromWorker::Ready) => {
                    client.inner.ready.set(true);
                    let waiting = client.inner.waiting.borrow_mut().take();
                    if let Some(w) = waiting {
                        client.post(&w);
                    }
                }
                Some(m) => (client.inner.on_event)(Event::Message(m)),
                None => {}
            }
        });
        let weak = Rc::downgrade(&self.inner);
        // A script that fails to load sends a plain `Event`; a crash sends an `ErrorEvent`.
        let on_error = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
            e.prevent_default();
            let reason = js_sys::Reflect::get(&e, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
                .unwrap_or_else(|| "the worker could not start".to_string());
            let weak = weak.clone();
            // Replacing the worker drops this very listener, so it happens after it returns.
            gloo::timers::callback::Timeout::new(0, move || {
                let Some(inner) = weak.upgrade() else { return };
                let client = Client { inner };
                if client.inner.ready.get() {
                    // It worked before: a crash during a job. Start afresh for the next one.
                    client.restart();
                    (client.inner.on_event)(Event::Crashed(reason));
                } else {
                    client.inner.worker.borrow_mut().take();
                    client.fail(reason);
                }
            })
            .forget();
        });
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        *self.inner.worker.borrow_mut() = Some(Running {
            worker,
            _on_message: on_message,
            _on_error: on_error,
        });
    }

    fn fail(&self, reason: String) {
        self.inner.unavailable.set(true);
        self.inner.waiting.borrow_mut().take();
        (self.inner.on_event)(Event::Unavailable(reason));
    }
}
