//! Input rules shared by every write: each failure names its field and says
//! what to fix.

use entity::vocabulary::CoType;

use crate::{
    domain::labels::normalise_tag,
    error::{AppError, Result},
};

pub const TITLE_MAX: usize = 200;
pub const SUMMARY_MAX: usize = 1_000;
/// A case study's body, in bytes: long enough for any write-up, short enough
/// that one request cannot fill the database.
pub const BODY_MAX_BYTES: usize = 100_000;
pub const TAGS_MAX: usize = 20;
pub const TAG_MAX: usize = 40;
pub const EXTERNAL_ID_MAX: usize = 200;

/// Trimmed text of 1..=`max` characters.
pub fn text(field: &str, value: &str, max: usize) -> Result<String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(AppError::bad_input(
            field,
            format!("{field} must not be empty"),
        ));
    }
    let length = value.chars().count();
    if length > max {
        return Err(AppError::bad_input(
            field,
            format!("{field} is {length} characters long; the most is {max}"),
        ));
    }
    Ok(value.to_owned())
}

/// Like [`text`], for an optional field: blank means left out.
pub fn optional_text(field: &str, value: Option<String>, max: usize) -> Result<Option<String>> {
    value
        .filter(|v| !v.trim().is_empty())
        .map(|v| text(field, &v, max))
        .transpose()
}

/// A grade on a published 1-to-5 scale (`what` names it: "a score", "a level").
pub fn one_to_five(field: &str, value: i32, what: &str) -> Result<i16> {
    match i16::try_from(value) {
        Ok(grade @ 1..=5) => Ok(grade),
        _ => Err(AppError::bad_input(
            field,
            format!("{field} is {what} from 1 to 5, got {value}"),
        )),
    }
}

/// A body of text up to [`BODY_MAX_BYTES`].
pub fn body(field: &str, value: &str) -> Result<String> {
    let value = value.trim();
    if value.is_empty() {
        return Err(AppError::bad_input(
            field,
            format!("{field} must not be empty"),
        ));
    }
    if value.len() > BODY_MAX_BYTES {
        return Err(AppError::bad_input(
            field,
            format!(
                "{field} is {} bytes; the most is {BODY_MAX_BYTES}",
                value.len()
            ),
        ));
    }
    Ok(value.to_owned())
}

/// At least one Co, each once.
pub fn co_types(field: &str, values: &[CoType]) -> Result<Vec<CoType>> {
    if values.is_empty() {
        return Err(AppError::bad_input(
            field,
            format!("{field} needs at least one of the Four Co's"),
        ));
    }
    let mut set = values.to_vec();
    set.sort_by_key(|c| c.as_str());
    set.dedup();
    Ok(set)
}

/// Normalised tags (lower-case, hyphenated), each once.
pub fn tags(field: &str, values: &[String]) -> Result<Vec<String>> {
    let mut set = Vec::new();
    for value in values {
        let tag = normalise_tag(value);
        if tag.is_empty() {
            return Err(AppError::bad_input(
                field,
                format!("{field} holds an empty tag"),
            ));
        }
        if tag.chars().count() > TAG_MAX {
            return Err(AppError::bad_input(
                field,
                format!("tag {tag:?} is longer than {TAG_MAX} characters"),
            ));
        }
        set.push(tag);
    }
    set.sort();
    set.dedup();
    if set.len() > TAGS_MAX {
        return Err(AppError::bad_input(
            field,
            format!("{field} holds {} tags; the most is {TAGS_MAX}", set.len()),
        ));
    }
    Ok(set)
}

/// A BCP 47 language tag such as `en`, `cy` or `en-GB`.
pub fn language(field: &str, value: &str) -> Result<String> {
    let mut parts = value.split('-');
    let primary = parts.next().unwrap_or_default();
    let primary_ok =
        (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_lowercase());
    let rest_ok =
        parts.all(|p| (2..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if primary_ok && rest_ok {
        Ok(value.to_owned())
    } else {
        Err(AppError::bad_input(
            field,
            format!("{field} must be a language tag such as en, cy or en-GB, not {value:?}"),
        ))
    }
}

/// At most `max` items.
pub fn list_len<T>(field: &str, values: &[T], max: u64) -> Result<()> {
    if values.len() as u64 > max {
        return Err(AppError::bad_input(
            field,
            format!("{field} holds {} items; the most is {max}", values.len()),
        ));
    }
    Ok(())
}

/// Each item of the list `field` through `check`, which names what it
/// finds wrong under `field[i]`.
pub fn each<T>(
    field: &str,
    values: Vec<T>,
    check: impl Fn(&str, T) -> Result<T>,
) -> Result<Vec<T>> {
    values
        .into_iter()
        .enumerate()
        .map(|(i, value)| check(&format!("{field}[{i}]"), value))
        .collect()
}

/// Optimistic concurrency: a write names the version it read.
pub fn expected_version(current: i32, expected: i32) -> Result<()> {
    if current == expected {
        Ok(())
    } else {
        Err(AppError::Conflict {
            message: format!(
                "expectedVersion {expected} is stale: the record is at version {current}; read it again and reapply your change"
            ),
            current_version: Some(current),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blank_text_names_its_field() {
        let err = text("title", "   ", TITLE_MAX).expect_err("blank");
        assert!(matches!(err, AppError::BadInput { field: Some(ref f), .. } if f == "title"));
    }

    #[test]
    fn tags_are_normalised_and_deduplicated() {
        let tags = tags(
            "tags",
            &[
                "Young People".into(),
                "young-people".into(),
                "Digital".into(),
            ],
        )
        .expect("valid");
        assert_eq!(tags, ["digital", "young-people"]);
    }

    #[test]
    fn languages_are_bcp47_tags() {
        for ok in ["en", "cy", "en-GB"] {
            assert!(language("language", ok).is_ok(), "{ok}");
        }
        for bad in ["", "EN", "english", "en_GB"] {
            assert!(language("language", bad).is_err(), "{bad}");
        }
    }
}
