//! Filter inputs: any JSON a client sends as a case-study or initiative
//! filter is converted or refused as BAD_USER_INPUT, never a panic.
#![no_main]

use api::graphql::types::inputs::{CaseStudyFilter, InitiativeFilter};
use async_graphql::{InputType, Value};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(json) = serde_json::from_slice::<serde_json::Value>(data) else {
        return;
    };
    let Ok(value) = Value::from_json(json) else {
        return;
    };
    if let Ok(filter) = CaseStudyFilter::parse(Some(value.clone())) {
        if let Err(err) = filter.into_db() {
            assert_eq!(err.code(), "BAD_USER_INPUT", "{err}");
        }
    }
    if let Ok(filter) = InitiativeFilter::parse(Some(value)) {
        if let Err(err) = filter.into_db() {
            assert_eq!(err.code(), "BAD_USER_INPUT", "{err}");
        }
    }
});
