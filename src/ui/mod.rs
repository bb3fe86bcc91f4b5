//! The Yew app (wasm only): the root component, one reducer for the scenario and its history,
//! components, the session around it (how it opened, links, autosave, files, embedding) and the
//! platform effects at the edge (worker, shortcuts, theme, downloads, storage, address).

pub mod app;
pub mod components;
pub mod format;
pub mod hooks;
pub mod platform;
pub mod same;
pub mod session;
pub mod state;

pub use app::App;

/// Mounts the app on the page's `<div id="app">` (or the body when the page has none).
pub fn start() {
    let root = gloo::utils::document().get_element_by_id("app");
    match root {
        Some(el) => yew::Renderer::<App>::with_root(el).render(),
        None => yew::Renderer::<App>::new().render(),
    };
}
