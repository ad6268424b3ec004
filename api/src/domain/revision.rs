//! What a write changed, field by field, and how to go back. A record's
//! content is a [`Snapshot`], its fields by their API names; a revision
//! keeps the [`Change`]s from the snapshot before a write to the one
//! after. A long field keeps a unified diff rather than both texts, so that
//! a revision costs the size of what changed, not of the record; undoing
//! a revision applies the diff in reverse.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// A record's content: each field's value by its API name (`title`,
/// `coTypes`, `translations.cy.body`); a field without a value is absent.
pub type Snapshot = BTreeMap<String, Value>;

/// Past this many characters (on either side), a field's change is kept
/// as a diff.
const LONG: usize = 400;

/// One field's change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Change {
    pub field: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub before: Option<Value>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub after: Option<Value>,
    /// A unified diff from the text before to the text after, kept instead
    /// of both for long values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub diff: Option<Diff>,
}

/// A long value's change: the diff of its text (a list's is its JSON,
/// one item per line), and whether that text is JSON.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Diff {
    pub unified: String,
    pub json: bool,
}

/// A value as text: a string as itself, anything else as JSON laid out one
/// item per line, so that diffs of lists are by item.
pub fn text_of(value: &Value) -> String {
    match value {
        Value::String(text) => text.clone(),
        other => serde_json::to_string_pretty(other).unwrap_or_default(),
    }
}

/// The changes that take `before` to `after`, by field name.
pub fn changes(before: &Snapshot, after: &Snapshot) -> Vec<Change> {
    let mut fields: Vec<&String> = before.keys().chain(after.keys()).collect();
    fields.sort();
    fields.dedup();
    fields
        .into_iter()
        .filter_map(|field| {
            let (old, new) = (before.get(field), after.get(field));
            (old != new).then(|| change(field, old, new))
        })
        .collect()
}

fn change(field: &str, before: Option<&Value>, after: Option<&Value>) -> Change {
    if let (Some(old), Some(new)) = (before, after) {
        let (old_text, new_text) = (text_of(old), text_of(new));
        if old_text.chars().count().max(new_text.chars().count()) > LONG {
            let json = !matches!(new, Value::String(_));
            return Change {
                field: field.to_owned(),
                before: None,
                after: None,
                diff: Some(Diff {
                    unified: diffy::create_patch(&old_text, &new_text).to_string(),
                    json,
                }),
            };
        }
    }
    Change {
        field: field.to_owned(),
        before: before.cloned(),
        after: after.cloned(),
        diff: None,
    }
}

/// The revisions cannot be undone as kept: a bug, or a row changed by hand.
#[derive(Debug, thiserror::Error)]
#[error("the revision of {field} does not apply to the content that followed it")]
pub struct UndoError {
    pub field: String,
}

/// Takes `content` back over `changes`: the snapshot it was before them.
pub fn undo(content: &mut Snapshot, changes: &[Change]) -> Result<(), UndoError> {
    for change in changes {
        let failed = || UndoError {
            field: change.field.clone(),
        };
        match &change.diff {
            Some(diff) => {
                let current = content.get(&change.field).map(text_of).ok_or_else(failed)?;
                let patch = diffy::Patch::from_str(&diff.unified).map_err(|_| failed())?;
                let old = diffy::apply(&current, &patch.reverse()).map_err(|_| failed())?;
                let value = match diff.json {
                    true => serde_json::from_str(&old).map_err(|_| failed())?,
                    false => Value::String(old),
                };
                content.insert(change.field.clone(), value);
            }
            None => match &change.before {
                Some(value) => {
                    content.insert(change.field.clone(), value.clone());
                }
                None => {
                    content.remove(&change.field);
                }
            },
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn snapshot(pairs: &[(&str, Value)]) -> Snapshot {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), v.clone()))
            .collect()
    }

    fn body(paragraphs: usize, changed: Option<usize>) -> String {
        (0..paragraphs)
            .map(|i| match Some(i) == changed {
                true => format!("Paragraph {i} now says something else entirely."),
                false => format!("Paragraph {i} of the account, long enough to read as prose."),
            })
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    #[test]
    fn short_fields_keep_both_values_and_long_ones_a_diff() {
        let before = snapshot(&[("title", json!("Old")), ("body", json!(body(40, None)))]);
        let after = snapshot(&[
            ("title", json!("New")),
            ("body", json!(body(40, Some(20)))),
            ("tags", json!(["care"])),
        ]);
        let found = changes(&before, &after);
        let fields: Vec<&str> = found.iter().map(|c| c.field.as_str()).collect();
        assert_eq!(fields, ["body", "tags", "title"]);
        let diff = found[0].diff.as_ref().expect("a long field keeps a diff");
        assert!(diff.unified.contains("-Paragraph 20 of the account"));
        assert!(diff.unified.contains("+Paragraph 20 now says"));
        // The diff holds the change and its context, not the body twice.
        assert!(diff.unified.len() < body(40, None).len() / 4);
        assert_eq!(found[1].before, None);
        assert_eq!(found[2].before, Some(json!("Old")));
    }

    #[test]
    fn undoing_the_changes_gives_back_the_content_before() {
        let commitments: Vec<Value> = (0..30)
            .map(|i| json!({"text": format!("Commitment {i} in words"), "party": "SERVICE"}))
            .collect();
        let mut changed = commitments.clone();
        changed[7] = json!({"text": "Commitment seven, reworded", "party": "COMMUNITY"});
        let before = snapshot(&[
            ("title", json!("Old")),
            ("body", json!(body(30, None))),
            ("commitments", json!(commitments)),
            ("externalId", json!("x-1")),
        ]);
        let after = snapshot(&[
            ("title", json!("New")),
            ("body", json!(body(31, Some(3)))),
            ("commitments", json!(changed)),
        ]);
        let found = changes(&before, &after);
        assert!(
            found
                .iter()
                .any(|c| c.field == "commitments" && c.diff.is_some())
        );
        let mut content = after.clone();
        undo(&mut content, &found).expect("the changes undo");
        assert_eq!(content, before);
    }

    #[test]
    fn a_diff_that_does_not_apply_is_an_error() {
        let before = snapshot(&[("body", json!(body(30, None)))]);
        let after = snapshot(&[("body", json!(body(30, Some(2))))]);
        let found = changes(&before, &after);
        let mut other = snapshot(&[("body", json!(body(5, None)))]);
        assert!(undo(&mut other, &found).is_err());
    }
}
