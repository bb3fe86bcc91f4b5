//! The clock and printing the benchmark workloads share (tests/bench_*.rs), natively and as wasm
//! in headless Chromium: `time` gives the median of a few warm runs, `console_log!` prints a line in
//! either place, and `make bench` reads the "bench <workload>: <ms> ms" lines.

#[cfg(target_arch = "wasm32")]
pub use wasm_bindgen_test::console_log;

#[cfg(not(target_arch = "wasm32"))]
macro_rules! console_log {
    ($($t:tt)*) => { println!($($t)*) };
}
#[cfg(not(target_arch = "wasm32"))]
pub(crate) use console_log;

/// Milliseconds since some fixed moment.
#[cfg(target_arch = "wasm32")]
fn now() -> f64 {
    // performance.now(): sub-millisecond, where Date.now() has whole milliseconds.
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or_else(js_sys::Date::now, |p| p.now())
}

#[cfg(not(target_arch = "wasm32"))]
fn now() -> f64 {
    use std::sync::OnceLock;
    static START: OnceLock<std::time::Instant> = OnceLock::new();
    START
        .get_or_init(std::time::Instant::now)
        .elapsed()
        .as_secs_f64()
        * 1000.0
}

/// Milliseconds of warm-up before the timed runs of [`time`].
const WARM_MS: f64 = 1000.0;

/// Median milliseconds of `runs` runs of `f`, and the last run's result, after running `f` for
/// about a second untimed: on these virtual machines the first runs of a process are up to 1.8×
/// slower (reach pass natively: 149, 152, 152, 152, 151, then 92, 83, 84… ms), so without it
/// the table compared cold runs with each other where criterion (3 s warm-up) measures warm ones.
pub fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> (f64, T) {
    // Only where timings mean something: `make test` runs these files in the test profile.
    let start = now();
    while !cfg!(debug_assertions) && now() - start < WARM_MS {
        std::hint::black_box(f());
    }
    let mut ms = Vec::new();
    let mut last = None;
    for _ in 0..runs {
        let t0 = now();
        last = Some(f());
        ms.push(now() - t0);
    }
    ms.sort_by(f64::total_cmp);
    (ms[ms.len() / 2], last.expect("at least one run"))
}
