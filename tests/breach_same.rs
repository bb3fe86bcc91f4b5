//! Determinism across targets: the breach analysis of fixed scenarios (LY, and a synthetic web
//! that needs Monte Carlo for reach) must give the same bits natively and in wasm. Each result is
//! serialised to JSON (every figure, shortest round-trip form) and hashed (FNV-1a, 64 bits); the
//! expected lines are in tests/fixtures/breach_digests.txt, which the native code writes:
//! `UPDATE_FIXTURES=1 cargo test --test breach_same` (after a change that is meant to change
//! the numbers). Natively the test checks the code still gives the stored figures; in headless
//! Chromium it checks wasm gives the native ones:
//! `CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner CHROMEDRIVER=/usr/bin/chromedriver
//!  cargo test --target wasm32-unknown-unknown --test breach_same`.

use exposure::engine::breach::{self, synthetic::vendor_web};
use exposure::model::examples::default_scenario;
#[cfg(target_arch = "wasm32")]
use wasm_bindgen_test::{wasm_bindgen_test, wasm_bindgen_test_configure};

#[cfg(target_arch = "wasm32")]
wasm_bindgen_test_configure!(run_in_browser);

const STORED: &str = include_str!("fixtures/breach_digests.txt");

/// FNV-1a over the bytes.
fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// One line per scenario: name, digest of the whole result, and two figures for people.
fn digests() -> String {
    let ly = default_scenario();
    let mut web = vendor_web(120, 500, 2);
    web.settings.trials = 20_000;
    let mut out = String::new();
    for (name, s) in [("ly-corp", &ly), ("web-120x500", &web)] {
        let r = breach::analyse(s).expect("valid scenario");
        let json = serde_json::to_string(&r).expect("results serialise");
        let ale = r.loss.as_ref().map_or(0.0, |l| l.ale);
        let sampled = !r.method.sampled.is_empty();
        out.push_str(&format!(
            "{name} {:016x} ale={ale} records={} sampled={sampled}\n",
            fnv(json.as_bytes()),
            r.records_total.mean
        ));
    }
    out
}

#[cfg_attr(target_arch = "wasm32", wasm_bindgen_test)]
#[cfg_attr(not(target_arch = "wasm32"), test)]
fn the_same_seed_gives_the_stored_bits_on_every_target() {
    let now = digests();
    #[cfg(not(target_arch = "wasm32"))]
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/fixtures/breach_digests.txt"
        );
        std::fs::write(path, &now).expect("fixture written");
        return;
    }
    assert_eq!(now, STORED);
    // The web really goes through the Monte Carlo pass, so its bits test the generator too.
    assert!(now.contains("web-120x500") && now.contains("sampled=true"));
}
