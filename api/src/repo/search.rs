//! Full-text search over case studies, with the same behaviour on both
//! backends: the words of the query must all match (after English
//! stemming), and results rank title above summary and tags, and those above
//! body. The index behind it is kept by triggers on the case study and its
//! tag table (migrations 4 and 20).

use sea_orm::{DatabaseBackend, sea_query::Expr};

use crate::error::{AppError, Result};

/// How many matches a RELEVANCE order ranks: the most recently updated
/// ones. Ranking every match made a common word's search grow with the
/// network (8.7× slower from 10,000 to 100,000 case studies); a fixed window
/// keeps it flat. Like other search services, results in relevance order
/// end there; every match is still found in the other orders.
pub const RELEVANCE_WINDOW: u64 = 1_000;

const MAX_TERMS: usize = 16;
const MAX_TERM_LEN: usize = 64;

/// The words of a search, stripped of operators and punctuation so that no
/// input can change the query's syntax on either backend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchTerms(Vec<String>);

impl SearchTerms {
    pub fn parse(input: &str) -> Result<Self> {
        let terms: Vec<String> = input
            .split(|c: char| !c.is_alphanumeric())
            .filter(|word| !word.is_empty())
            .map(str::to_lowercase)
            .collect();
        if terms.is_empty() {
            return Err(AppError::bad_input(
                "filter.search",
                "search needs at least one word",
            ));
        }
        if terms.len() > MAX_TERMS {
            return Err(AppError::bad_input(
                "filter.search",
                format!("search takes at most {MAX_TERMS} words"),
            ));
        }
        if terms.iter().any(|t| t.chars().count() > MAX_TERM_LEN) {
            return Err(AppError::bad_input(
                "filter.search",
                format!("search words are at most {MAX_TERM_LEN} characters long"),
            ));
        }
        Ok(Self(terms))
    }

    /// Postgres: both the English (stemmed) and the simple (Welsh) reading.
    fn postgres_query(&self) -> Expr {
        let text = self.0.join(" ");
        Expr::cust_with_values(
            "(plainto_tsquery('english', $1) || plainto_tsquery('simple', $2))",
            [text.clone(), text],
        )
    }

    /// SQLite FTS5: each word quoted, which FTS5 reads as "all of these".
    fn fts5_query(&self) -> String {
        self.0
            .iter()
            .map(|t| format!("\"{t}\""))
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The condition "this case study matches".
    pub fn matches(&self, backend: DatabaseBackend) -> Expr {
        match backend {
            DatabaseBackend::Postgres => {
                Expr::cust_with_exprs("case_study.search_vector @@ $1", [self.postgres_query()])
            }
            _ => Expr::cust_with_values(
                "case_study.id IN (SELECT rowid FROM case_study_fts WHERE case_study_fts MATCH ?)",
                [self.fts5_query()],
            ),
        }
    }

    /// How well a case study matches: higher is better.
    pub fn rank(&self, backend: DatabaseBackend) -> Expr {
        match backend {
            DatabaseBackend::Postgres => Expr::cust_with_exprs(
                "CAST(ts_rank(case_study.search_vector, $1) AS double precision)",
                [self.postgres_query()],
            ),
            // (SQLite placeholders are `?`, Postgres ones `$n`.)
            // bm25() is lower for better matches; weights follow the column
            // order of case_study_fts (title, summary, tags, body).
            _ => Expr::cust_with_values(
                "(SELECT -bm25(case_study_fts, 10.0, 4.0, 4.0, 1.0) FROM case_study_fts \
                 WHERE case_study_fts MATCH ? AND case_study_fts.rowid = case_study.id)",
                [self.fts5_query()],
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operators_and_punctuation_are_dropped() {
        let terms = SearchTerms::parse("Inspection* OR \"citizen\"-led NEAR(").expect("has words");
        assert_eq!(terms.0, ["inspection", "or", "citizen", "led", "near"]);
        assert_eq!(
            terms.fts5_query(),
            "\"inspection\" \"or\" \"citizen\" \"led\" \"near\""
        );
    }

    #[test]
    fn a_search_without_words_is_bad_input() {
        assert!(matches!(
            SearchTerms::parse(" -- ** "),
            Err(AppError::BadInput { .. })
        ));
    }
}
