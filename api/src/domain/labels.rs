//! Labels: the Co's and tags a record carries, compared and stored in one
//! canonical form so that equal sets are equal rows.

use entity::vocabulary::CoType;

/// A record's Co's and tags, each a set in canonical order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Labels {
    pub co_types: Vec<CoType>,
    pub tags: Vec<String>,
}

/// Tags are compared as lower-case words joined by hyphens.
pub fn normalise_tag(tag: &str) -> String {
    tag.split(|c: char| c.is_whitespace() || c == '_' || c == '-')
        .filter(|part| !part.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("-")
}

/// Co's in a fixed order without repeats, so equal sets store equally.
pub fn co_type_set(co_types: &[CoType]) -> Vec<CoType> {
    let mut set = co_types.to_vec();
    set.sort_by_key(|c| c.as_str());
    set.dedup();
    set
}

/// Tags normalised, in order, without repeats or blanks.
pub fn tag_set(tags: &[String]) -> Vec<String> {
    let mut set: Vec<String> = tags
        .iter()
        .map(|t| normalise_tag(t))
        .filter(|t| !t.is_empty())
        .collect();
    set.sort();
    set.dedup();
    set
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_are_lower_case_and_hyphenated() {
        assert_eq!(
            normalise_tag("  Young People_Digital "),
            "young-people-digital"
        );
        assert_eq!(tag_set(&["B".into(), "a".into(), "b".into()]), ["a", "b"]);
    }
}
