//! Fuzz target: any scenario that passes validation goes through the whole report (every engine
//! lens, breach and loss) without a panic or a hang, and its numbers stay in their ranges.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    let Ok(mut parsed) = exposure::model::parse_scenario(text) else {
        return;
    };
    // Keep each run short: the fuzzer looks for crashes and hangs, not for precision. Up to 256
    // trials still reaches Monte Carlo over several words and the loss batches (200+ years).
    let settings = &mut parsed.scenario.settings;
    settings.trials = settings.trials.min(256);
    let report = exposure::engine::report::build(&parsed.scenario, parsed.warnings);
    serde_json::to_string(&report).expect("a report serialises");
});
