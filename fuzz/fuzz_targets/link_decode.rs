//! Fuzz target: any text given to the share-link decoder gives a scenario or problems, never a
//! panic, a hang or unbounded memory; a scenario it opens encodes and opens again to itself.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(parsed) = exposure::codec::link::decode(text) {
        let link = exposure::codec::link::encode(&parsed.scenario)
            .expect("a scenario that came out of a link fits in a link");
        let again = exposure::codec::link::decode(&link).expect("our own link opens");
        assert_eq!(again.scenario, parsed.scenario, "decode(encode(x)) = x");
    }
});
