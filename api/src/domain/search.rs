//! The words of a search, as a client typed them: checked and split, with
//! no syntax of any engine, so that no input can change what a search asks.

use crate::error::{AppError, Result};

const MAX_TERMS: usize = 16;
const MAX_TERM_LEN: usize = 64;

/// The words of a search (lowercased, stripped of operators and
/// punctuation), and the language whose case studies rank first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchTerms {
    words: Vec<String>,
    preferred_language: Option<String>,
}

impl SearchTerms {
    /// The words of a list's `filter.search`.
    pub fn parse(input: &str) -> Result<Self> {
        Self::parse_field(input, "filter.search")
    }

    /// The words of `input`, given as the argument `field`.
    pub fn parse_field(input: &str, field: &str) -> Result<Self> {
        let words: Vec<String> = input
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .map(str::to_lowercase)
            .collect();
        if words.is_empty() {
            return Err(AppError::bad_input(field, "search needs at least one word"));
        }
        if words.len() > MAX_TERMS {
            return Err(AppError::bad_input(
                field,
                format!("search takes at most {MAX_TERMS} words"),
            ));
        }
        if words.iter().any(|t| t.chars().count() > MAX_TERM_LEN) {
            return Err(AppError::bad_input(
                field,
                format!("search words are at most {MAX_TERM_LEN} characters long"),
            ));
        }
        Ok(Self {
            words,
            preferred_language: None,
        })
    }

    /// Ranks first the case studies readable in `language` (the caller's
    /// first choice): written in it, or translated into it.
    pub fn preferring(self, language: Option<&str>) -> Self {
        Self {
            preferred_language: language.map(super::language::primary),
            ..self
        }
    }

    /// Every word must be found.
    pub fn words(&self) -> &[String] {
        &self.words
    }

    /// The primary subtag of the language ranked first, if any.
    pub fn preferred_language(&self) -> Option<&str> {
        self.preferred_language.as_deref()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operators_and_punctuation_are_dropped() {
        let terms = SearchTerms::parse("Inspection* OR \"citizen\"-led NEAR(").expect("has words");
        assert_eq!(
            terms.words(),
            ["inspection", "or", "citizen", "led", "near"]
        );
        assert_eq!(terms.preferred_language(), None);
        let welsh = terms.preferring(Some("cy-GB"));
        assert_eq!(welsh.preferred_language(), Some("cy"));
    }

    #[test]
    fn a_search_without_words_is_bad_input() {
        assert!(matches!(
            SearchTerms::parse(" -- ** "),
            Err(AppError::BadInput { .. })
        ));
    }

    #[test]
    fn too_many_or_too_long_words_are_bad_input() {
        let many = vec!["word"; MAX_TERMS + 1].join(" ");
        assert!(SearchTerms::parse(&many).is_err());
        assert!(SearchTerms::parse(&"a".repeat(MAX_TERM_LEN + 1)).is_err());
        assert!(SearchTerms::parse(&"a".repeat(MAX_TERM_LEN)).is_ok());
    }
}
