//! Browser tests (wasm-bindgen-test in headless Chromium): the editor, the network diagram's
//! selection, the chart frame, the results panels, the worker plumbing and files and sharing,
//! each test mounting the app (or a part) into its own element and checking it after Yew has
//! rendered.
#![cfg(target_arch = "wasm32")]

#[path = "browser/editor.rs"]
mod editor;
#[path = "browser/history.rs"]
mod history;
#[path = "browser/intl.rs"]
mod intl;
#[path = "browser/network.rs"]
mod network;
#[path = "browser/panels.rs"]
mod panels;
#[path = "browser/share.rs"]
mod share;
#[path = "browser/support.rs"]
mod support;
#[path = "browser/worker.rs"]
mod worker;

wasm_bindgen_test::wasm_bindgen_test_configure!(run_in_browser);
