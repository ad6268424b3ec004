//! JSON columns read from a Postgres row.
//!
//! The JSON a page reads is lists of words (`co_types`, `tags`). Through
//! serde_json each became a `Value` for some 1,200 instructions, and a page
//! of case studies holds about fifty of them: a fourteenth of the server's
//! work on it. A list of strings with nothing escaped in them, as Postgres
//! writes `jsonb`, is read here in one pass; any other text is left to
//! serde_json, which answers it, or refuses it, as it always did.

use sea_orm::sqlx::{
    Decode, Postgres, TypeInfo, ValueRef,
    error::BoxDynError,
    postgres::{PgValueFormat, PgValueRef},
};
use serde_json::Value;

/// The JSON text of a `json` or `jsonb` value, borrowed from the row.
pub struct JsonText<'r>(pub &'r [u8]);

impl<'r> Decode<'r, Postgres> for JsonText<'r> {
    fn decode(value: PgValueRef<'r>) -> Result<Self, BoxDynError> {
        let binary_jsonb =
            value.format() == PgValueFormat::Binary && value.type_info().name() == "JSONB";
        let bytes = value.as_bytes()?;
        if !binary_jsonb {
            return Ok(Self(bytes));
        }
        // Binary `jsonb` is its text after a version byte; only version 1
        // exists.
        match bytes.split_first() {
            Some((1, text)) => Ok(Self(text)),
            Some((version, _)) => {
                Err(format!("unsupported JSONB format version {version} (expected 1)").into())
            }
            None => Err("an empty JSONB value".into()),
        }
    }
}

/// `text` as a JSON value, the same value serde_json reads from it.
pub fn parse(text: &[u8]) -> Result<Value, serde_json::Error> {
    match plain_strings(text) {
        Some(list) => Ok(list),
        None => serde_json::from_slice(text),
    }
}

/// `text` as a list, if it is a list of strings with no escapes in them;
/// `None` for anything else, valid JSON or not. Read byte by byte: the
/// quotes, commas and brackets it looks for are ASCII, so every cut falls
/// between characters.
fn plain_strings(text: &[u8]) -> Option<Value> {
    let text = std::str::from_utf8(text).ok()?;
    let bytes = text.as_bytes();
    let mut at = after_space(bytes, 0);
    if bytes.get(at) != Some(&b'[') {
        return None;
    }
    at = after_space(bytes, at + 1);
    let mut items = Vec::new();
    if bytes.get(at) == Some(&b']') {
        return (after_space(bytes, at + 1) == bytes.len()).then_some(Value::Array(items));
    }
    loop {
        if bytes.get(at) != Some(&b'"') {
            return None;
        }
        let start = at + 1;
        // A quote ends the string; a backslash or a control character
        // means there is more to it than its bytes.
        let end = start
            + bytes[start..]
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20)?;
        if bytes[end] != b'"' {
            return None;
        }
        items.push(Value::String(text[start..end].to_owned()));
        at = after_space(bytes, end + 1);
        match bytes.get(at) {
            Some(b',') => at = after_space(bytes, at + 1),
            Some(b']') => {
                return (after_space(bytes, at + 1) == bytes.len()).then_some(Value::Array(items));
            }
            _ => return None,
        }
    }
}

/// The index of the first byte at or after `at` that is not JSON's
/// whitespace.
fn after_space(bytes: &[u8], at: usize) -> usize {
    at + bytes
        .get(at..)
        .unwrap_or_default()
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r'))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Both read the same value, or both refuse the text.
    fn same_as_serde(text: &str) {
        let ours = parse(text.as_bytes()).ok();
        let serde = serde_json::from_str::<Value>(text).ok();
        assert_eq!(ours, serde, "{text:?}");
    }

    #[test]
    fn lists_of_words_read_as_serde_json_reads_them() {
        for text in [
            r#"[]"#,
            r#"[ ]"#,
            r#" ["a"] "#,
            r#"["Co-design", "Co-delivery"]"#,
            r#"["a","b" , "c"]"#,
            "[\"a\",\n\t\"b\"]",
            r#"["é", "日本", "🙂"]"#,
            r#"[""]"#,
            r#"["]"]"#,
            r#"["[", "]", ","]"#,
            r#"["a\"b"]"#,
            r#"["a\\b", "c"]"#,
            r#"["\u00e9"]"#,
            r#"["a", 1]"#,
            r#"[["a"]]"#,
            r#"{"a": ["b"]}"#,
            r#""a""#,
            r#"null"#,
            r#"["a",]"#,
            r#"[,"a"]"#,
            r#"["a" "b"]"#,
            r#"["a"]]"#,
            r#"["a"] x"#,
            r#"["a"#,
            r#"[""#,
            "[\"a\u{7f}\"]",
            "[\"a\u{1}\"]",
            "[\"a\nb\"]",
            "",
        ] {
            same_as_serde(text);
        }
    }

    #[test]
    fn every_short_text_reads_as_serde_json_reads_it() {
        const PIECES: [&str; 10] = ["[", "]", "\"", ",", " ", "a", "é", "\\", "\n", "1"];
        let mut indices = Vec::new();
        loop {
            let text: String = indices.iter().map(|&i| PIECES[i]).collect();
            same_as_serde(&text);
            // The next sequence of pieces, counting in base ten.
            match indices.iter().rposition(|&i| i + 1 < PIECES.len()) {
                Some(at) => {
                    indices[at] += 1;
                    indices[at + 1..].fill(0);
                }
                None if indices.len() < 5 => indices = vec![0; indices.len() + 1],
                None => break,
            }
        }
    }

    #[test]
    fn a_list_of_words_is_read_without_serde_json() {
        assert_eq!(
            plain_strings(br#"["Co-design", "Co-delivery"]"#),
            Some(serde_json::json!(["Co-design", "Co-delivery"]))
        );
        assert_eq!(plain_strings(br#"["a\"b"]"#), None);
        assert_eq!(plain_strings(br#"{"a": 1}"#), None);
    }
}
