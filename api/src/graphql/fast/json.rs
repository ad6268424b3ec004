//! A response's JSON, written as serde_json writes it, byte for byte.
//!
//! serde_json looks up every byte of every string in its escape table; on
//! a page of case studies that was a twentieth of the server's work. Here
//! a string with nothing to escape (almost all of them) is checked many
//! bytes at a time and copied whole; one that has something is taken a
//! block at a time, and only a block with something in it is escaped byte
//! by byte. Everything rarer than strings,
//! lists and objects (numbers, bytes, errors, extensions) is left to
//! serde_json itself.

use async_graphql::{Response, Value};

/// `response` as JSON: `data`, then `extensions` and `errors` when there
/// are any, as its `Serialize` writes them.
pub fn response(response: &Response) -> Vec<u8> {
    // Sized for a page of results rather than grown a doubling at a time.
    let mut out = Vec::with_capacity(16 * 1024);
    out.extend_from_slice(b"{\"data\":");
    value(&mut out, &response.data);
    if !response.extensions.is_empty() {
        out.extend_from_slice(b",\"extensions\":");
        serde(&mut out, &response.extensions);
    }
    if !response.errors.is_empty() {
        out.extend_from_slice(b",\"errors\":");
        serde(&mut out, &response.errors);
    }
    out.push(b'}');
    out
}

fn serde(out: &mut Vec<u8>, value: &impl serde::Serialize) {
    // Writing plain values into a Vec cannot fail.
    let _ = serde_json::to_writer(out, value);
}

fn value(out: &mut Vec<u8>, value: &Value) {
    match value {
        Value::Null => out.extend_from_slice(b"null"),
        Value::Boolean(true) => out.extend_from_slice(b"true"),
        Value::Boolean(false) => out.extend_from_slice(b"false"),
        Value::String(text) => string(out, text),
        Value::Enum(name) => string(out, name),
        Value::List(items) => {
            out.push(b'[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                self::value(out, item);
            }
            out.push(b']');
        }
        Value::Object(fields) => {
            out.push(b'{');
            for (i, (name, item)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push(b',');
                }
                string(out, name);
                out.push(b':');
                self::value(out, item);
            }
            out.push(b'}');
        }
        Value::Number(_) | Value::Binary(_) => serde(out, value),
    }
}

/// Bytes looked at together: wide enough to be checked with vector
/// instructions, short enough that one escape costs little.
const BLOCK: usize = 32;

fn string(out: &mut Vec<u8>, text: &str) {
    let bytes = text.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push(b'"');
    if clean(bytes) {
        out.extend_from_slice(bytes);
    } else {
        for block in bytes.chunks(BLOCK) {
            if clean(block) {
                out.extend_from_slice(block);
            } else {
                for &b in block {
                    escaped(out, b);
                }
            }
        }
    }
    out.push(b'"');
}

/// Whether `bytes` need no escape. Without an early exit or a branch, so
/// that the compiler checks many bytes at once.
fn clean(bytes: &[u8]) -> bool {
    bytes.iter().fold(true, |clean, &b| {
        clean & (b >= 0x20) & (b != b'"') & (b != b'\\')
    })
}

/// One byte, escaped as serde_json escapes it.
fn escaped(out: &mut Vec<u8>, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    match b {
        b'"' => out.extend_from_slice(b"\\\""),
        b'\\' => out.extend_from_slice(b"\\\\"),
        0x08 => out.extend_from_slice(b"\\b"),
        0x0c => out.extend_from_slice(b"\\f"),
        b'\n' => out.extend_from_slice(b"\\n"),
        b'\r' => out.extend_from_slice(b"\\r"),
        b'\t' => out.extend_from_slice(b"\\t"),
        0x00..=0x1f => out.extend_from_slice(&[
            b'\\',
            b'u',
            b'0',
            b'0',
            HEX[usize::from(b >> 4)],
            HEX[usize::from(b & 0xf)],
        ]),
        _ => out.push(b),
    }
}

#[cfg(test)]
mod tests {
    use async_graphql::{Name, ServerError, Value, indexmap::IndexMap};

    use super::*;

    fn same_as_serde(data: Value) {
        let response = Response::new(data);
        assert_eq!(
            String::from_utf8(super::response(&response)).expect("UTF-8"),
            serde_json::to_string(&response).expect("serialises")
        );
    }

    #[test]
    fn every_byte_is_written_as_serde_json_writes_it() {
        let every_ascii: String = (0u8..0x80).map(char::from).collect();
        for text in [
            String::new(),
            every_ascii.clone(),
            every_ascii.repeat(3),
            "a\"quote\" and a \\ in a line of forty bytes, then \n".to_owned(),
            "Caerdydd, Ynys Môn, naïve — “quoted” \u{2028} 🙂 end".to_owned(),
            "x".repeat(BLOCK - 1) + "\"" + &"y".repeat(BLOCK + 1),
        ] {
            same_as_serde(Value::String(text));
        }
    }

    #[test]
    fn values_of_every_kind_are_written_as_serde_json_writes_them() {
        let mut owner = IndexMap::new();
        owner.insert(Name::new("name"), Value::from("Kirklees \"Council\""));
        owner.insert(Name::new("we\nird"), Value::Null);
        let mut node = IndexMap::new();
        node.insert(Name::new("id"), Value::from("Q2FzZVN0dWR5OjE="));
        node.insert(Name::new("owner"), Value::Object(owner));
        node.insert(Name::new("count"), Value::from(-42));
        node.insert(Name::new("score"), Value::from(0.1 + 0.2));
        node.insert(Name::new("large"), Value::from(1e21));
        node.insert(Name::new("published"), Value::Boolean(true));
        node.insert(Name::new("shared"), Value::Boolean(false));
        node.insert(Name::new("step"), Value::Enum(Name::new("CO_DESIGN")));
        node.insert(Name::new("bytes"), Value::Binary(vec![0, 7, 255].into()));
        node.insert(Name::new("empty"), Value::List(vec![]));
        node.insert(Name::new("nothing"), Value::Object(IndexMap::new()));
        same_as_serde(Value::List(vec![Value::Object(node), Value::Null]));
        same_as_serde(Value::Null);
    }

    #[test]
    fn errors_and_extensions_follow_the_data_as_serde_json_writes_them() {
        let mut response = Response::new(Value::Null);
        response
            .errors
            .push(ServerError::new("nope \"here\"", None));
        response
            .extensions
            .insert("cost".to_owned(), Value::from(3));
        assert_eq!(
            String::from_utf8(super::response(&response)).expect("UTF-8"),
            serde_json::to_string(&response).expect("serialises")
        );
    }
}
