//! Fuzz target: any bytes imported as any of the four CSV lists, merged into or replacing the LY
//! scenario, give a valid scenario or problems, never a panic.
#![no_main]

use exposure::codec::csv::{List, Mode, import};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn base() -> &'static exposure::model::Scenario {
    static BASE: OnceLock<exposure::model::Scenario> = OnceLock::new();
    BASE.get_or_init(exposure::model::examples::default_scenario)
}

fuzz_target!(|input: (u8, &[u8])| {
    let (pick, bytes) = input;
    let list = [List::Entities, List::Holdings, List::Links, List::Data][usize::from(pick % 4)];
    let mode = if pick & 4 == 0 { Mode::Merge } else { Mode::Replace };
    match import(base(), list, bytes, mode) {
        Ok(parsed) => assert!(exposure::model::errors(&parsed.scenario).is_empty()),
        Err(problems) => assert!(!problems.is_empty(), "a refusal says why"),
    }
});
