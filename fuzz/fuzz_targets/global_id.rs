//! Global ids: decoding any string never panics, and whatever decodes
//! encodes back to the same string.
#![no_main]

use api::graphql::ids;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: &str| {
    if let Some((kind, id)) = ids::decode(input) {
        assert_eq!(ids::encode(kind, id).as_str(), input);
    }
});
