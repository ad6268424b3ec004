//! Cursors: any string given as `after` or `before` is a cursor of the
//! list or a BAD_USER_INPUT, never a panic or another error.
#![no_main]

use api::store::keyset::PageArgs;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|input: (&str, i32, bool)| {
    let (cursor, size, backward) = input;
    let args = if backward {
        PageArgs {
            first: None,
            after: None,
            last: Some(size),
            before: Some(cursor.to_owned()),
        }
    } else {
        PageArgs::forward(Some(size), Some(cursor.to_owned()))
    };
    for order in ["UPDATED_AT", "TITLE", "RELEVANCE", "BENEFIT_COST_RATIO"] {
        if let Err(err) = args.validate(order) {
            assert_eq!(err.code(), "BAD_USER_INPUT", "{err}");
        }
    }
});
