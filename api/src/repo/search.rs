//! Full-text search over case studies and their translations, with the
//! same behaviour on both backends: the words of the query must all match
//! one text (after English stemming, or none for Welsh), and results rank
//! title above summary and tags, and those above body, with the case
//! studies readable in the caller's language first. The index behind it is
//! kept by triggers on the case study, its tag table and the translations
//! (migrations 4, 20 and 22).

use sea_orm::{
    DatabaseBackend,
    sea_query::{Expr, ExprTrait},
};

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
pub struct SearchTerms(Vec<String>, Option<String>);

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
        Ok(Self(terms, None))
    }

    /// Ranks first the case studies readable in `language` (the caller's
    /// first choice): written in it, or translated into it.
    pub fn preferring(self, language: Option<&str>) -> Self {
        Self(self.0, language.map(crate::domain::language::primary))
    }

    /// 1 for a case study readable in the preferred language, else 0.
    fn in_preferred_language(&self, backend: DatabaseBackend) -> Expr {
        let Some(language) = &self.1 else {
            return Expr::cust("0");
        };
        let sql = "(CASE WHEN case_study.language = ? OR case_study.language LIKE ? OR EXISTS \
             (SELECT 1 FROM translation WHERE translation.record_kind = 'CASE_STUDY' \
             AND translation.record_id = case_study.id \
             AND (translation.language = ? OR translation.language LIKE ?)) THEN 1 ELSE 0 END)";
        let sql = match backend {
            DatabaseBackend::Postgres => numbered(sql),
            _ => sql.to_owned(),
        };
        let like = format!("{language}-%");
        Expr::cust_with_values(
            sql,
            [language.clone(), like.clone(), language.clone(), like],
        )
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
                "case_study.id IN (SELECT rowid FROM case_study_fts WHERE case_study_fts MATCH ? \
                 UNION ALL SELECT rowid FROM case_study_fts_plain WHERE case_study_fts_plain MATCH ? \
                 UNION ALL SELECT translation.record_id FROM translation WHERE translation.id IN \
                 (SELECT rowid FROM translation_fts WHERE translation_fts MATCH ? \
                 UNION ALL SELECT rowid FROM translation_fts_plain WHERE translation_fts_plain MATCH ?))",
                [
                    self.fts5_query(),
                    self.fts5_query(),
                    self.fts5_query(),
                    self.fts5_query(),
                ],
            ),
        }
    }

    /// How well a case study matches: higher is better. A case study
    /// readable in the preferred language ranks above every other.
    pub fn rank(&self, backend: DatabaseBackend) -> Expr {
        let text = match backend {
            DatabaseBackend::Postgres => Expr::cust_with_exprs(
                "CAST(ts_rank(case_study.search_vector, $1) AS double precision)",
                [self.postgres_query()],
            ),
            // (SQLite placeholders are `?`, Postgres ones `$n`.)
            // bm25() is lower for better matches; weights follow the column
            // order of each table (title, summary, tags, body; title,
            // summary, body). A case study's best text counts.
            _ => {
                let query = self.fts5_query();
                let translated = |table: &str| {
                    format!(
                        "(SELECT -bm25({table}, 10.0, 4.0, 1.0) AS score FROM {table} \
                         WHERE {table} MATCH ? AND {table}.rowid IN (SELECT translation.id \
                         FROM translation WHERE translation.record_kind = 'CASE_STUDY' \
                         AND translation.record_id = case_study.id) ORDER BY score DESC LIMIT 1)"
                    )
                };
                let original = |table: &str| {
                    format!(
                        "(SELECT -bm25({table}, 10.0, 4.0, 4.0, 1.0) FROM {table} \
                         WHERE {table} MATCH ? AND {table}.rowid = case_study.id)"
                    )
                };
                Expr::cust_with_values(
                    format!(
                        "max(coalesce({}, -1e9), coalesce({}, -1e9), \
                         coalesce({}, -1e9), coalesce({}, -1e9))",
                        original("case_study_fts"),
                        original("case_study_fts_plain"),
                        translated("translation_fts"),
                        translated("translation_fts_plain")
                    ),
                    [query.clone(), query.clone(), query.clone(), query],
                )
            }
        };
        if self.1.is_none() {
            return text;
        }
        // Far above any text's rank: the language decides first.
        self.in_preferred_language(backend)
            .mul(1_000_000.0)
            .add(text)
    }
}

/// `sql` with its `?` placeholders numbered (`$1`, `$2`, ...), as
/// Postgres custom expressions take them.
fn numbered(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len() + 8);
    let mut n = 0;
    for c in sql.chars() {
        match c {
            '?' => {
                n += 1;
                out.push_str(&format!("${n}"));
            }
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn operators_and_punctuation_are_dropped() {
        let terms = SearchTerms::parse("Inspection* OR \"citizen\"-led NEAR(").expect("has words");
        assert_eq!(terms.0, ["inspection", "or", "citizen", "led", "near"]);
        assert_eq!(terms.1, None);
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
