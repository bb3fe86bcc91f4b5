//! Web entry: mounts the app on the page, or, loaded in the app's compute worker (no
//! document there), serves compute requests. Trunk builds this binary for wasm32; natively it
//! only explains.

#[cfg(target_arch = "wasm32")]
fn main() {
    if exposure::ui::platform::worker::in_worker() {
        exposure::ui::platform::worker::serve();
    } else {
        exposure::ui::start();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("exposure-web is the browser app: build it with `trunk build` or run `make serve`.");
    eprintln!("On the command line use the `exposure` command instead.");
}
