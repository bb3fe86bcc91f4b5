//! Both ends of starting the worker: the worker's own loop ([`serve`]) and the module script the
//! page starts it with, which loads this app's glue and wasm.

use std::cell::RefCell;

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent, Worker, WorkerOptions, WorkerType};

use crate::engine::job::{FromWorker, handle};

/// The worker's side: answers the page's requests with `engine::job::handle`. Called by `main`
/// when it runs in a worker.
pub fn serve() {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let out = scope.clone();
    let post = move |m: FromWorker| {
        let _ = out.post_message(&m.to_text().into());
    };
    let reply = post.clone();
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(move |e: MessageEvent| {
        let text = e.data().as_string().unwrap_or_default();
        handle(&text, &mut |m| reply(m));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The listener lives as long as the worker.
    on_message.forget();
    post(FromWorker::Ready);
}

/// Whether this code runs in a worker (no document) rather than on the page.
pub fn in_worker() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &"document".into()).map_or(true, |d| d.is_undefined())
}

/// A module worker that loads this app's glue and wasm, whose URLs the page's preload links
/// give (Trunk writes them). `None` when the page has no such links.
pub(super) fn app_worker() -> Result<Worker, String> {
    let doc = gloo::utils::document();
    let href = |selector: &str| {
        doc.query_selector(selector)
            .ok()
            .flatten()
            .and_then(|l| l.get_attribute("href"))
            .and_then(|h| web_sys::Url::new_with_base(&h, &doc.base_uri().ok().flatten()?).ok())
            .map(|u| u.href())
    };
    let (Some(js), Some(wasm)) = (
        href("link[rel=modulepreload][href$='.js']"),
        href("link[rel=preload][href$='.wasm']"),
    ) else {
        return Err("the page does not name the app's module".into());
    };
    let quote = |s: &str| serde_json::to_string(s).unwrap_or_default();
    let source = format!(
        "import init from {};\ninit({{ module_or_path: {} }});\n",
        quote(&js),
        quote(&wasm)
    );
    let parts = js_sys::Array::of1(&source.into());
    let bag = web_sys::BlobPropertyBag::new();
    bag.set_type("text/javascript");
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag)
        .map_err(|e| format!("{e:?}"))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| format!("{e:?}"))?;
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    let worker = Worker::new_with_options(&url, &options).map_err(|e| format!("{e:?}"));
    // The script is read when the worker starts, which is later: free it when it is ready.
    REVOKE.with(|r| r.borrow_mut().push(url));
    worker
}

thread_local! {
    /// Blob URLs of worker scripts, freed once a worker is ready.
    pub(super) static REVOKE: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}
