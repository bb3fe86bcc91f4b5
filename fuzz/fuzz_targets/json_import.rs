//! Fuzz target: any bytes read as a scenario file give a scenario or problems with paths, never a
//! panic; a scenario that opens writes out and reads back to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    let Ok(text) = std::str::from_utf8(bytes) else {
        return;
    };
    match exposure::model::parse_scenario(text) {
        Ok(parsed) => {
            let json = exposure::model::to_json_pretty(&parsed.scenario);
            let again = exposure::model::parse_scenario(&json).expect("our own file opens");
            assert_eq!(again.scenario, parsed.scenario, "read(write(x)) = x");
        }
        Err(problems) => assert!(!problems.is_empty(), "a refusal says why"),
    }
});
