//! The Yew app (wasm only): the root component, one reducer for the scenario, components, and the
//! platform effects at the edge.

/// Mounts the app on the page's `<main id="app">`.
pub fn start() {}
