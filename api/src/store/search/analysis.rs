//! How text becomes words in the index, and a search's words a query.
//! English text is stemmed (so "inspections" finds "inspection"); Welsh is
//! read word for word, in a field of its own. Every word of a search must
//! be found. Ranking is BM25F: a case study's texts in a reading are one
//! field in which each word of the title counts ten times, of the summary
//! and tags four times, and of the body once, so that a word in a title
//! counts more than one in a summary or the tags, and those more than one
//! in the body. A search in a reading is then an intersection of single
//! terms, which Tantivy ranks with block-max pruning rather than by scoring
//! every match.

use std::collections::BTreeMap;

use tantivy::{
    Index, Term,
    query::{BooleanQuery, Occur, Query, TermQuery},
    schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions},
    snippet::SnippetGenerator,
    tokenizer::{Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer},
};

use crate::domain::search::SearchTerms;

use super::{IndexedCaseStudy, Narrowed};

const STEMMED: &str = "costar_stemmed";
const PLAIN: &str = "costar_plain";
/// Longer tokens (in bytes) are not words anyone searches for.
const LONGEST_WORD: usize = 256;

/// How many times a word of each text counts.
const TITLE_WEIGHT: usize = 10;
const SUMMARY_WEIGHT: usize = 4;
const TAGS_WEIGHT: usize = 4;
const BODY_WEIGHT: usize = 1;

/// What `public` holds for a case study anyone may read.
const PUBLIC: &str = "1";
const NOT_PUBLIC: &str = "0";

/// Every field of the index.
#[derive(Debug, Clone, Copy)]
pub(super) struct Fields {
    pub id: Field,
    /// A term, so that an anonymous search intersects it like a word.
    public: Field,
    pub languages: Field,
    /// The texts in English stemming.
    text: Field,
    /// The Welsh texts, word for word.
    plain: Field,
}

impl Fields {
    /// The two readings of a search: every word of `terms` in a case
    /// study's stemmed texts, and every word in its Welsh texts where its
    /// stemmed ones do not hold them all (so that a case study is found in
    /// one reading only, and ranked by it). Narrowed to the public case
    /// studies, each intersects the `public` term too.
    pub(super) fn queries(
        &self,
        index: &Index,
        terms: &SearchTerms,
        narrowed: Narrowed,
    ) -> [Box<dyn Query>; 2] {
        let term = |field: Field, text: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(field, text),
                IndexRecordOption::WithFreqs,
            ))
        };
        let reading = |field: Field, analyzer: &str| -> Vec<Box<dyn Query>> {
            let mut all: Vec<Box<dyn Query>> = terms
                .words()
                .iter()
                .filter_map(|word| analyzed(index, analyzer, word))
                .map(|token| term(field, &token))
                .collect();
            if narrowed == Narrowed::ToPublic {
                all.push(term(self.public, PUBLIC));
            }
            all
        };
        let all_of = |mut all: Vec<Box<dyn Query>>| -> Box<dyn Query> {
            match all.len() {
                1 => all.remove(0),
                _ => Box::new(BooleanQuery::new(
                    all.into_iter().map(|q| (Occur::Must, q)).collect(),
                )),
            }
        };
        let stemmed = all_of(reading(self.text, STEMMED));
        let mut welsh: Vec<(Occur, Box<dyn Query>)> = reading(self.plain, PLAIN)
            .into_iter()
            .map(|q| (Occur::Must, q))
            .collect();
        welsh.push((Occur::MustNot, stemmed.box_clone()));
        [stemmed, Box::new(BooleanQuery::new(welsh))]
    }

    pub(super) fn document(&self, case_study: &IndexedCaseStudy) -> tantivy::TantivyDocument {
        let mut doc = tantivy::TantivyDocument::new();
        doc.add_u64(self.id, super::as_key(case_study.id));
        doc.add_text(
            self.public,
            if case_study.public {
                PUBLIC
            } else {
                NOT_PUBLIC
            },
        );
        for language in &case_study.languages {
            doc.add_text(self.languages, language);
        }
        for text in &case_study.texts {
            let field = match text.welsh {
                true => self.plain,
                false => self.text,
            };
            for _ in 0..TITLE_WEIGHT {
                doc.add_text(field, &text.title);
            }
            for _ in 0..SUMMARY_WEIGHT {
                doc.add_text(field, &text.summary);
            }
            for _ in 0..TAGS_WEIGHT {
                for tag in &text.tags {
                    doc.add_text(field, tag);
                }
            }
            for _ in 0..BODY_WEIGHT {
                doc.add_text(field, &text.body);
            }
        }
        doc
    }
}

/// The stemming analyzer, or (for Welsh) the plain one.
fn analyzer(welsh: bool) -> TextAnalyzer {
    let builder = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(LONGEST_WORD))
        .filter(LowerCaser);
    match welsh {
        true => builder.build(),
        false => builder.filter(Stemmer::new(Language::English)).build(),
    }
}

/// The index's schema and its fields.
pub(super) fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let indexed = |tokenizer: &str| {
        // Frequencies for BM25; no positions, which only phrases need.
        TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(tokenizer)
                .set_index_option(IndexRecordOption::WithFreqs),
        )
    };
    let id = builder.add_u64_field("id", tantivy::schema::INDEXED | tantivy::schema::FAST);
    let public = builder.add_text_field("public", indexed("raw"));
    let languages =
        builder.add_text_field("languages", tantivy::schema::STRING | tantivy::schema::FAST);
    let text = builder.add_text_field("text", indexed(STEMMED));
    let plain = builder.add_text_field("plain", indexed(PLAIN));
    (
        builder.build(),
        Fields {
            id,
            public,
            languages,
            text,
            plain,
        },
    )
}

/// Makes the index's readings known to `index`.
pub(super) fn register(index: &Index) {
    index.tokenizers().register(STEMMED, analyzer(false));
    index.tokenizers().register(PLAIN, analyzer(true));
}

/// `word` as `reading` indexes it (a word of a parsed search yields one).
fn analyzed(index: &Index, reading: &str, word: &str) -> Option<String> {
    let mut analyzer = index.tokenizers().get(reading)?;
    let mut stream = analyzer.token_stream(word);
    let mut token = None;
    stream.process(&mut |t| {
        token.get_or_insert_with(|| t.text.clone());
    });
    token
}

/// A text with the words a search found in it marked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlighted(pub Vec<(String, bool)>);

impl Highlighted {
    fn of(text: &str, ranges: impl IntoIterator<Item = std::ops::Range<usize>>) -> Self {
        let mut parts = Vec::new();
        let mut at = 0;
        for range in ranges {
            if range.start > at {
                parts.push((text[at..range.start].to_owned(), false));
            }
            parts.push((text[range.clone()].to_owned(), true));
            at = range.end;
        }
        if at < text.len() || parts.is_empty() {
            parts.push((text[at..].to_owned(), false));
        }
        Self(parts)
    }

    /// Whether any word is marked.
    pub fn found(&self) -> bool {
        self.0.iter().any(|(_, found)| *found)
    }
}

/// The tokens of `terms` in the reading of a text (`welsh` or not).
fn tokens(terms: &SearchTerms, welsh: bool) -> BTreeMap<String, f32> {
    let mut analyzer = analyzer(welsh);
    let mut tokens = BTreeMap::new();
    for word in terms.words() {
        analyzer.token_stream(word).process(&mut |t| {
            tokens.insert(t.text.clone(), 1.0);
        });
    }
    tokens
}

/// All of `title`, with the words of `terms` marked.
pub fn title_highlight(terms: &SearchTerms, title: &str, welsh: bool) -> Highlighted {
    let wanted = tokens(terms, welsh);
    let mut analyzer = analyzer(welsh);
    let mut ranges = Vec::new();
    analyzer.token_stream(title).process(&mut |t| {
        if wanted.contains_key(&t.text) {
            ranges.push(t.offset_from..t.offset_to);
        }
    });
    Highlighted::of(title, ranges)
}

/// The passage of `text` of at most `max_chars` that holds most of the
/// words of `terms`, with them marked; `None` when it holds none.
pub fn highlight(
    terms: &SearchTerms,
    text: &str,
    welsh: bool,
    max_chars: usize,
) -> Option<Highlighted> {
    // The field is not read: the generator is handed the text itself.
    let generator = SnippetGenerator::new(
        tokens(terms, welsh),
        analyzer(welsh),
        Field::from_field_id(0),
        max_chars,
    );
    let snippet = generator.snippet(text);
    if snippet.highlighted().is_empty() {
        return None;
    }
    let fragment = snippet.fragment();
    Some(Highlighted::of(fragment, snippet.highlighted().to_vec()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(words: &str) -> SearchTerms {
        SearchTerms::parse(words).expect("words")
    }

    #[test]
    fn a_title_marks_each_stemmed_word_found() {
        let marked = title_highlight(
            &terms("inspections"),
            "Citizen-led inspection of care",
            false,
        );
        assert_eq!(
            marked.0,
            [
                ("Citizen-led ".to_owned(), false),
                ("inspection".to_owned(), true),
                (" of care".to_owned(), false),
            ]
        );
    }

    #[test]
    fn welsh_words_are_matched_as_written() {
        let marked = title_highlight(&terms("cymunedau"), "Cymunedau a chymuned", true);
        assert_eq!(marked.0[0], ("Cymunedau".to_owned(), true));
        assert!(!marked.0[1].1);
    }

    #[test]
    fn a_snippet_is_none_without_a_word_found() {
        assert_eq!(
            highlight(&terms("zebra"), "Nothing here at all.", false, 100),
            None
        );
        let found =
            highlight(&terms("health"), "Community health walks.", false, 100).expect("found");
        assert!(found.found());
        assert_eq!(
            found.0.iter().map(|p| p.0.as_str()).collect::<String>(),
            "Community health walks"
        );
    }
}
