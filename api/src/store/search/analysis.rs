//! How text becomes words in the index, and a search's words a query:
//! English text is stemmed (so "inspections" finds "inspection"), Welsh
//! is read word for word; every word of a search must be found, and a
//! word in a title counts more than one in a summary or the tags, and those
//! more than one in the body.

use std::collections::BTreeMap;

use tantivy::{
    Index, Term,
    query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery},
    schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions},
    snippet::SnippetGenerator,
    tokenizer::{Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer},
};

use crate::domain::search::SearchTerms;

const STEMMED: &str = "costar_stemmed";
const PLAIN: &str = "costar_plain";
/// Longer tokens (in bytes) are not words anyone searches for.
const LONGEST_WORD: usize = 256;

/// How much a word found in each text counts.
const TITLE_WEIGHT: f32 = 10.0;
const SUMMARY_WEIGHT: f32 = 4.0;
const TAGS_WEIGHT: f32 = 4.0;
const BODY_WEIGHT: f32 = 1.0;

/// The text fields of one reading (stemmed or plain).
#[derive(Debug, Clone, Copy)]
pub(super) struct TextFields {
    pub title: Field,
    pub summary: Field,
    pub tags: Field,
    pub body: Field,
}

impl TextFields {
    fn weighted(self) -> [(Field, f32); 4] {
        [
            (self.title, TITLE_WEIGHT),
            (self.summary, SUMMARY_WEIGHT),
            (self.tags, TAGS_WEIGHT),
            (self.body, BODY_WEIGHT),
        ]
    }
}

/// Every field of the index.
#[derive(Debug, Clone, Copy)]
pub(super) struct Fields {
    pub id: Field,
    pub public: Field,
    pub languages: Field,
    stemmed: TextFields,
    plain: TextFields,
}

impl Fields {
    pub(super) fn texts(&self, welsh: bool) -> TextFields {
        match welsh {
            true => self.plain,
            false => self.stemmed,
        }
    }

    /// Every word of `terms` in some text of a case study, in either
    /// reading; BM25 over the weighted texts ranks the matches.
    pub(super) fn query(&self, index: &Index, terms: &SearchTerms) -> BooleanQuery {
        let words = terms.words().iter().map(|word| {
            let mut either: Vec<(Occur, Box<dyn Query>)> = Vec::with_capacity(8);
            for (reading, fields) in [(STEMMED, self.stemmed), (PLAIN, self.plain)] {
                let Some(token) = analyzed(index, reading, word) else {
                    continue;
                };
                for (field, weight) in fields.weighted() {
                    let term = TermQuery::new(
                        Term::from_field_text(field, &token),
                        IndexRecordOption::WithFreqs,
                    );
                    either.push((
                        Occur::Should,
                        Box::new(BoostQuery::new(Box::new(term), weight)),
                    ));
                }
            }
            (
                Occur::Must,
                Box::new(BooleanQuery::new(either)) as Box<dyn Query>,
            )
        });
        BooleanQuery::new(words.collect())
    }
}

fn analyzer(stem: bool) -> TextAnalyzer {
    let builder = TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(LONGEST_WORD))
        .filter(LowerCaser);
    match stem {
        true => builder.filter(Stemmer::new(Language::English)).build(),
        false => builder.build(),
    }
}

/// The index's schema and its fields.
pub(super) fn schema() -> (Schema, Fields) {
    let mut builder = Schema::builder();
    let (id, public, languages) = super::key_fields(&mut builder);
    let mut texts = |reading: &str| {
        // Frequencies for BM25; no positions, which only phrases need.
        let options = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer(reading)
                .set_index_option(IndexRecordOption::WithFreqs),
        );
        let mut field =
            |name: &str| builder.add_text_field(&format!("{name}_{reading}"), options.clone());
        TextFields {
            title: field("title"),
            summary: field("summary"),
            tags: field("tags"),
            body: field("body"),
        }
    };
    let stemmed = texts(STEMMED);
    let plain = texts(PLAIN);
    (
        builder.build(),
        Fields {
            id,
            public,
            languages,
            stemmed,
            plain,
        },
    )
}

/// Makes the index's readings known to `index`.
pub(super) fn register(index: &Index) {
    index.tokenizers().register(STEMMED, analyzer(true));
    index.tokenizers().register(PLAIN, analyzer(false));
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
    let mut analyzer = analyzer(!welsh);
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
    let mut analyzer = analyzer(!welsh);
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
        analyzer(!welsh),
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
