//! The executor bypasses: preparing a request's document once (trusted
//! documents, parsing cached by text, the rules), answering plain objects
//! inline, and writing the response's JSON. Each is chosen in one place
//! (the HTTP handler) and checked against what the executor would answer.

pub mod documents;
pub mod inline;
pub mod json;
pub mod variable_values;
