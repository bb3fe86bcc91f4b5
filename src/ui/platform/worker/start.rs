//! Both ends of starting the worker: the worker's own loop ([`serve`]) and the module script the
//! page starts it with, which loads this app's glue and wasm.

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
    // The loader `worker-loader.js` (copied next to index.html by Trunk) is a same-origin
    // script, so a strict Content-Security-Policy allows it; a blob: worker would need
    // `worker-src blob:`.
    let base = doc.base_uri().ok().flatten().unwrap_or_default();
    let url = web_sys::Url::new_with_base("worker-loader.js", &base).map_err(js_text)?;
    let query = web_sys::UrlSearchParams::new().map_err(js_text)?;
    query.append("js", &js);
    query.append("wasm", &wasm);
    url.set_search(&String::from(query.to_string()));
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Module);
    Worker::new_with_options(&url.href(), &options).map_err(js_text)
}

/// The message of a thrown JS value. Not `{:?}`: the release build compiles `Debug` formatting
/// away (`-Zfmt-debug=none`, for size), and the text is shown to the user.
pub(super) fn js_text(e: wasm_bindgen::JsValue) -> String {
    e.as_string()
        .or_else(|| {
            e.dyn_ref::<js_sys::Error>()
                .map(|e| String::from(e.message()))
        })
        .unwrap_or_else(|| "the browser refused".into())
}
