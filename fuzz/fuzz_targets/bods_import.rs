//! Fuzz target: any bytes imported as BODS statements give a valid scenario or problems, never a
//! panic; what opens exports back to BODS without failing.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    match exposure::codec::bods::import(bytes) {
        Ok(parsed) => {
            assert!(exposure::model::errors(&parsed.scenario).is_empty());
            let _ = exposure::codec::bods::export(&parsed.scenario, "2026-01-01");
        }
        Err(problems) => assert!(!problems.is_empty(), "a refusal says why"),
    }
});
