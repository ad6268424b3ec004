//! The search index: every case study's words in an inverted index beside
//! the database (Tantivy, BM25), fed from the change log by
//! `live::indexer`. It answers which case studies a search's words find and
//! how well each matches, every match ranked. It never decides who may see
//! a case study: whatever it answers is read back through the caller's
//! scope, so an index that lags behind a change can only miss a record,
//! never show one.

mod analysis;
mod collect;

use std::{path::Path, sync::Mutex, time::Duration};

use anyhow::Context;
use tantivy::{
    Index, IndexReader, IndexWriter, ReloadPolicy, Term, directory::MmapDirectory, schema::Schema,
};
use tokio::sync::{Notify, watch};

pub use analysis::{Highlighted, highlight, title_highlight};
pub use collect::RankKey;

use crate::domain::search::SearchTerms;

/// The index's layout; an index written with another is rebuilt.
const LAYOUT: &str = "costar-search-2";
/// What the writer may hold before it writes a segment out: the least
/// Tantivy takes. A larger budget builds the whole index a little faster,
/// but the server's peak memory is the build's.
const WRITER_MEMORY: usize = 15_000_000;

/// How a write is committed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Commit {
    /// Part of a build, into the emptied index: nothing to replace. With
    /// `flush`, committed without a position (a build cut short starts
    /// again), so that the documents queued for the writer, and the memory
    /// they hold, stay few; searches see none of it until the build's end.
    Building { flush: bool },
    /// Now, holding the change log up to this number.
    At(i64),
}

/// A case study as the index holds it.
#[derive(Debug, Clone)]
pub struct IndexedCaseStudy {
    pub id: i64,
    /// Whether anyone may read it (its reach in the change log): narrows an
    /// anonymous search, which is read back through its scope all the same.
    pub public: bool,
    /// The primary subtags of its language and its translations'.
    pub languages: Vec<String>,
    /// Its own text and its translations'.
    pub texts: Vec<IndexedText>,
}

/// One language's text of a case study.
#[derive(Debug, Clone, Default)]
pub struct IndexedText {
    /// Welsh is read word for word; other languages with English stemming.
    pub welsh: bool,
    pub title: String,
    pub summary: String,
    pub tags: Vec<String>,
    pub body: String,
}

/// Whom a search's matches are narrowed to before they are read back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Narrowed {
    /// Only case studies anyone may read (an anonymous caller's search).
    ToPublic,
    /// Every match (a member's scope is applied when the rows are read).
    Not,
}

/// Which way a page of ranked matches is read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Reading {
    /// Best first, after the cursor.
    Forward(Option<RankKey>),
    /// The matches just better than the cursor, nearest it first.
    Backward(Option<RankKey>),
}

/// The in-process search index.
pub struct SearchIndex {
    index: Index,
    reader: IndexReader,
    writer: Mutex<Option<IndexWriter>>,
    fields: analysis::Fields,
    /// The last change-log sequence number the index holds (`None`: never
    /// built).
    position: watch::Sender<Option<i64>>,
    wanted: Notify,
}

impl SearchIndex {
    /// Opens the index in `dir` (made if missing), or one in memory.
    pub fn open(dir: Option<&Path>) -> anyhow::Result<Self> {
        let (schema, fields) = analysis::schema();
        let index = match dir {
            None => Index::create_in_ram(schema.clone()),
            Some(dir) => open_dir(dir, &schema)?,
        };
        analysis::register(&index);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .context("opening the search index's reader")?;
        let position = stored_position(&index)?;
        Ok(Self {
            index,
            reader,
            writer: Mutex::new(None),
            fields,
            position: watch::channel(position).0,
            wanted: Notify::new(),
        })
    }

    /// The last change-log sequence number the index holds.
    pub fn position(&self) -> Option<i64> {
        *self.position.borrow()
    }

    /// Waits until the index holds every change up to `seq`, for at most
    /// `timeout`; answers whether it does.
    pub async fn caught_up(&self, seq: i64, timeout: Duration) -> bool {
        let mut position = self.position.subscribe();
        let reached = position.wait_for(|p| p.is_some_and(|p| p >= seq));
        matches!(tokio::time::timeout(timeout, reached).await, Ok(Ok(_)))
    }

    /// Writes `upserted` (replacing what the index held for them) and
    /// removes `removed`, committed as `commit` says. With [`Commit::At`],
    /// records that the index now holds the change log up to that number;
    /// searches see the writes then. Blocking: call it off the runtime's
    /// threads.
    pub fn apply(
        &self,
        upserted: &[IndexedCaseStudy],
        removed: &[i64],
        commit: Commit,
    ) -> anyhow::Result<()> {
        let committed_at = self.with_writer(|writer| {
            if !matches!(commit, Commit::Building { .. }) {
                for id in removed.iter().chain(upserted.iter().map(|c| &c.id)) {
                    writer.delete_term(Term::from_field_u64(self.fields.id, as_key(*id)));
                }
            }
            for case_study in upserted {
                writer.add_document(self.fields.document(case_study))?;
            }
            match commit {
                Commit::Building { flush: false } => Ok(None),
                Commit::Building { flush: true } => {
                    writer.commit()?;
                    Ok(None)
                }
                Commit::At(position) => {
                    let mut prepared = writer.prepare_commit()?;
                    prepared.set_payload(&format!("{LAYOUT}:{position}"));
                    prepared.commit()?;
                    Ok(Some(position))
                }
            }
        })?;
        let Some(position) = committed_at else {
            return Ok(());
        };
        self.reader.reload()?;
        self.position.send_replace(Some(position));
        Ok(())
    }

    /// Empties the index, to build it whole: searches find nothing until
    /// the build's commit.
    pub fn begin_build(&self) -> anyhow::Result<()> {
        self.with_writer(|writer| Ok(writer.delete_all_documents()?))?;
        self.position.send_replace(None);
        Ok(())
    }

    /// Asks the indexer to read the change log now (a search found the
    /// index behind it).
    pub fn wanted(&self) -> &Notify {
        &self.wanted
    }

    /// Up to `limit` matches of `terms` in rank order, read as `reading`
    /// says.
    pub fn ranked(
        &self,
        terms: &SearchTerms,
        narrowed: Narrowed,
        reading: Reading,
        limit: usize,
    ) -> anyhow::Result<Vec<RankKey>> {
        let searcher = self.reader.searcher();
        let collector = collect::TopRanked {
            limit,
            reading,
            preferred: terms.preferred_language().map(str::to_owned),
        };
        // A case study is found in one reading only: the best of both.
        let mut best = Vec::with_capacity(limit * 2);
        for query in self.fields.queries(&self.index, terms, narrowed) {
            best.extend(searcher.search(query.as_ref(), &collector)?);
        }
        match reading {
            Reading::Forward(_) => best.sort_by(|a, b| b.cmp(a)),
            Reading::Backward(_) => best.sort(),
        }
        best.truncate(limit);
        Ok(best)
    }

    /// The ids of every match of `terms`, in no order.
    pub fn matching(&self, terms: &SearchTerms, narrowed: Narrowed) -> anyhow::Result<Vec<i64>> {
        let searcher = self.reader.searcher();
        let mut ids = Vec::new();
        for query in self.fields.queries(&self.index, terms, narrowed) {
            ids.extend(searcher.search(query.as_ref(), &collect::AllMatches)?);
        }
        Ok(ids)
    }

    /// Runs `work` with the writer, under its lock; the writer is opened
    /// on first use and kept open (opening one takes the index's lock file).
    fn with_writer<T>(
        &self,
        work: impl FnOnce(&mut IndexWriter) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        let mut guard = self
            .writer
            .lock()
            .map_err(|_| anyhow::anyhow!("the search index's writer panicked"))?;
        let writer = match guard.as_mut() {
            Some(writer) => writer,
            None => guard.insert(
                self.index
                    .writer_with_num_threads(1, WRITER_MEMORY)
                    .context("opening the search index's writer")?,
            ),
        };
        work(writer)
    }
}

/// Ids are stored as `u64`; case-study ids are positive.
pub(super) fn as_key(id: i64) -> u64 {
    u64::try_from(id).unwrap_or_default()
}

fn open_dir(dir: &Path, schema: &Schema) -> anyhow::Result<Index> {
    std::fs::create_dir_all(dir)
        .with_context(|| format!("COSTAR_SEARCH_INDEX: cannot create {}", dir.display()))?;
    let open = || -> tantivy::Result<Index> {
        Index::open_or_create(MmapDirectory::open(dir)?, schema.clone())
    };
    match open() {
        Ok(index) => Ok(index),
        // An index of another layout (an older release's): built again.
        Err(tantivy::TantivyError::SchemaError(_)) => {
            tracing::warn!(dir = %dir.display(), "search index of another layout: building it again");
            std::fs::remove_dir_all(dir)?;
            std::fs::create_dir_all(dir)?;
            Ok(open()?)
        }
        Err(err) => {
            Err(err).with_context(|| format!("COSTAR_SEARCH_INDEX: cannot open {}", dir.display()))
        }
    }
}

/// The change-log position the last commit recorded, if it was of this
/// layout.
fn stored_position(index: &Index) -> anyhow::Result<Option<i64>> {
    let metas = index.load_metas()?;
    Ok(metas
        .payload
        .as_deref()
        .and_then(|p| p.strip_prefix(LAYOUT))
        .and_then(|p| p.strip_prefix(':'))
        .and_then(|p| p.parse().ok()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A network whose words repeat, so that many matches tie.
    fn index_of(count: i64) -> SearchIndex {
        let index = SearchIndex::open(None).expect("an index in memory");
        let words = ["community", "health", "housing", "care", "youth"];
        let case_studies: Vec<IndexedCaseStudy> = (1..=count)
            .map(|id| {
                let pick = |n: i64| words[(id * n % 5) as usize];
                IndexedCaseStudy {
                    id,
                    public: id % 3 != 0,
                    languages: vec![if id % 4 == 0 { "cy" } else { "en" }.to_owned()],
                    texts: vec![IndexedText {
                        welsh: id % 8 == 0,
                        title: format!("{} {}", pick(7), pick(11)),
                        summary: format!("{} and {}", pick(3), pick(13)),
                        tags: vec![pick(17).to_owned()],
                        body: format!("{} {} {} {}", pick(2), pick(5), pick(19), pick(23)),
                    }],
                }
            })
            .collect();
        index
            .apply(&case_studies, &[], Commit::At(1))
            .expect("written");
        index
    }

    /// Every match in rank order, from a page large enough that nothing
    /// is pruned.
    fn every_match(index: &SearchIndex, terms: &SearchTerms, narrowed: Narrowed) -> Vec<RankKey> {
        index
            .ranked(terms, narrowed, Reading::Forward(None), 100_000)
            .expect("ranked")
    }

    #[test]
    fn pruned_pages_read_as_every_match_ranked() {
        let index = index_of(3_000);
        for words in ["community", "community health", "care youth housing"] {
            for language in [None, Some("cy")] {
                for narrowed in [Narrowed::Not, Narrowed::ToPublic] {
                    let terms = SearchTerms::parse(words)
                        .expect("words")
                        .preferring(language);
                    let all = every_match(&index, &terms, narrowed);
                    assert!(all.len() > 100, "{words}: {}", all.len());
                    assert!(all.windows(2).all(|w| w[0].cmp(&w[1]).is_gt()));
                    // Forward, page by page after each page's last.
                    let mut paged = Vec::new();
                    let mut after = None;
                    loop {
                        let page = index
                            .ranked(&terms, narrowed, Reading::Forward(after), 37)
                            .expect("a page");
                        paged.extend(page.iter().copied());
                        match page.last() {
                            Some(last) if page.len() == 37 => after = Some(*last),
                            _ => break,
                        }
                    }
                    assert_eq!(paged, all, "{words} {language:?} {narrowed:?}");
                    // Backward from the end: the last 37, nearest the cursor first.
                    let before = all[all.len() - 1];
                    let back = index
                        .ranked(&terms, narrowed, Reading::Backward(Some(before)), 37)
                        .expect("a page");
                    let expected: Vec<RankKey> = all[all.len() - 38..all.len() - 1]
                        .iter()
                        .rev()
                        .copied()
                        .collect();
                    assert_eq!(back, expected, "{words} {language:?} {narrowed:?}");
                }
            }
        }
    }

    #[test]
    fn an_anonymous_search_finds_public_case_studies_only() {
        let index = index_of(300);
        let terms = SearchTerms::parse("community").expect("words");
        let public = index.matching(&terms, Narrowed::ToPublic).expect("found");
        let all = index.matching(&terms, Narrowed::Not).expect("found");
        assert!(public.iter().all(|id| id % 3 != 0));
        assert!(all.iter().any(|id| id % 3 == 0));
        assert!(public.iter().all(|id| all.contains(id)));
    }

    #[test]
    fn the_preferred_language_ranks_first() {
        let index = index_of(300);
        let terms = SearchTerms::parse("health")
            .expect("words")
            .preferring(Some("cy"));
        let ranked = every_match(&index, &terms, Narrowed::Not);
        let first_other = ranked
            .iter()
            .position(|k| k.id % 4 != 0)
            .expect("some not in Welsh");
        assert!(ranked[..first_other].iter().all(|k| k.id % 4 == 0));
        assert!(ranked[first_other..].iter().all(|k| k.id % 4 != 0));
    }

    #[test]
    fn a_title_word_outranks_a_body_word() {
        let index = SearchIndex::open(None).expect("an index in memory");
        let text = |title: &str, body: &str| IndexedText {
            welsh: false,
            title: title.to_owned(),
            summary: "A summary".to_owned(),
            tags: Vec::new(),
            body: body.to_owned(),
        };
        let case_studies = [
            (1, text("Plain", "Inspection of care homes.")),
            (2, text("Inspection", "Of care homes.")),
        ]
        .map(|(id, text)| IndexedCaseStudy {
            id,
            public: true,
            languages: vec!["en".to_owned()],
            texts: vec![text],
        });
        index
            .apply(&case_studies, &[], Commit::At(2))
            .expect("written");
        let terms = SearchTerms::parse("inspections").expect("words");
        let ranked = every_match(&index, &terms, Narrowed::ToPublic);
        assert_eq!(ranked.iter().map(|k| k.id).collect::<Vec<_>>(), [2, 1]);
        assert_eq!(index.position(), Some(2));
    }
}
