//! The benchmark workloads of benches/control.rs, run in headless Chromium to compare wasm with
//! native. Timings are printed to the console, never asserted (timings are not tests); the
//! checks only make sure each workload computed something. Run:
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner CHROMEDRIVER=/usr/bin/chromedriver
//!  cargo test --profile bench --target wasm32-unknown-unknown --test bench_control -- --nocapture`
//! and the same workloads natively, same profile, for the ratio:
//! `cargo test --profile bench --test bench_control -- --nocapture`.

use exposure::engine::control::{ControlState, params::Params};
use exposure::engine::graph::{Band, Net};
use exposure::engine::ownership::{Condensed, Workspace, column};
use exposure::engine::power::power_table;
use exposure::engine::results::{Options, control_report_with};
use exposure::engine::synthetic;
use exposure::model::examples::default_scenario;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

#[path = "common/clock.rs"]
mod clock;
use clock::{console_log, time};

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test_configure!(run_in_browser);

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn workloads() {
    let s = synthetic::group(100_000, 300_000, 1);
    let (prep, (net, cond)) = time(3, || {
        let net = Net::new(&s, Band::Point);
        let cond = Condensed::new(&net);
        (net, cond)
    });
    console_log!("bench group-100k prepare (index + condense): {prep} ms");
    let mut ws = Workspace::new(net.len());
    let t = net.len() - 1;
    let (one, owners) = time(11, || {
        column(&net, &cond, &mut ws, t).ultimate(&net).count()
    });
    console_log!("bench group-100k ultimate owners of one entity: {one} ms ({owners} owners)");
    assert!(owners > 0);
    let params = Params::new(&s.settings);
    let (all, st) = time(3, || ControlState::new(&net, params));
    console_log!("bench group-100k control of every entity: {all} ms");
    assert_eq!(st.joint.len(), net.len());
    let w = synthetic::wide_target(200, 30.0, 1);
    let wn = Net::new(&w, Band::Point);
    let (pw, table) = time(11, || power_table(&wn, &params, 1.0, 0));
    console_log!("bench power indices, 200 holders + 30 % float: {pw} ms");
    assert_eq!(table.map(|t| t.players.len()), Some(200));
    let ly = default_scenario();
    let options = Options {
        network_trials: Some(2_000),
    };
    // About a millisecond: timed 20 at a time, as the browser's clock is coarse at that scale.
    const BATCH: usize = 20;
    let (edit, r) = time(11, || {
        for _ in 1..BATCH {
            std::hint::black_box(control_report_with(&ly, &options));
        }
        control_report_with(&ly, &options)
    });
    let edit = edit / BATCH as f64;
    console_log!("bench LY scenario, every lens (2,000 network trials): {edit:.3} ms");
    assert_eq!(r.flags.len(), 1);
}
