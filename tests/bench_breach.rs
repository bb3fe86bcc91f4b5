//! The benchmark workloads of benches/breach.rs, run in headless Chromium to compare wasm with
//! native (`make bench` runs both and prints the ratios). Timings are printed to the console as
//! `bench <workload>: <ms> ms`, never asserted (timings are not tests); the checks only make sure
//! each workload computed something. Run:
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner CHROMEDRIVER=/usr/bin/chromedriver
//!  cargo test --profile bench --target wasm32-unknown-unknown --test bench_breach -- --nocapture`
//! and the same workloads natively, same profile, for the ratio:
//! `cargo test --profile bench --test bench_breach -- --nocapture`.

use exposure::engine::breach::{self, reach::Setup, synthetic::vendor_web};
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
    let web = vendor_web(1000, 5000, 1);
    let setup = Setup::new(&web);
    let (reach, pass) = time(3, || setup.run(100_000, 1));
    console_log!("bench breach web-1000x5000 reach pass, 100,000 trials: {reach} ms");
    assert_eq!(pass.counted_lanes, 100_032);
    assert!(pass.hits.iter().any(|&h| h > 0));

    let ly = default_scenario();
    let (edit, r) = time(11, || breach::analyse(&ly));
    console_log!("bench breach LY scenario, whole analysis (100,000 years): {edit} ms");
    let ale = r.ok().and_then(|r| r.loss).map(|l| l.ale);
    assert!(ale.is_some_and(|a| a > 0.0));

    let mut big = default_scenario();
    big.settings.trials = 1_000_000;
    let (years, r) = time(3, || breach::analyse(&big));
    console_log!("bench breach LY scenario, whole analysis (1,000,000 years): {years} ms");
    assert!(r.ok().and_then(|r| r.loss).is_some_and(|l| l.years > 0));
}
