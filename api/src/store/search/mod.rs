//! The search index: every case study's words in an inverted index beside
//! the database (Tantivy, BM25), fed from the change log by
//! `live::indexer`. It answers which case studies a search's words find and
//! how well each matches, every match ranked. It never decides who may see
//! a case study: whatever it answers is read back through the caller's
//! scope, so an index that lags behind a change can only miss a record,
//! never show one.

mod analysis;
mod collect;

use std::{
    path::Path,
    sync::{
        Mutex,
        atomic::{AtomicBool, Ordering},
    },
    time::Duration,
};

use anyhow::Context;
use tantivy::{
    Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term,
    directory::MmapDirectory,
    schema::{FAST, Field, INDEXED, STRING, Schema},
};
use tokio::sync::{Notify, watch};

pub use analysis::{Highlighted, highlight, title_highlight};
pub use collect::RankKey;

use crate::domain::search::SearchTerms;

/// The index's layout; an index written with another is rebuilt.
const LAYOUT: &str = "costar-search-1";
/// What the writer may hold before it writes a segment out: the least
/// Tantivy takes, since the index is written a few changes at a time.
const WRITER_MEMORY: usize = 15_000_000;
/// A larger budget for building the whole index at once.
const BUILD_MEMORY: usize = 64_000_000;

/// Whether a write is committed now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Commit {
    /// Not yet: more of the same build follows.
    Later,
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
    /// Whether the writer is a build's.
    building: AtomicBool,
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
            building: AtomicBool::new(false),
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
    /// removes `removed`. With [`Commit::At`], commits, recording that the
    /// index now holds the change log up to that number; searches see the
    /// writes then. Blocking: call it off the runtime's threads.
    pub fn apply(
        &self,
        upserted: &[IndexedCaseStudy],
        removed: &[i64],
        commit: Commit,
    ) -> anyhow::Result<()> {
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
        for id in removed.iter().chain(upserted.iter().map(|c| &c.id)) {
            writer.delete_term(Term::from_field_u64(self.fields.id, as_key(*id)));
        }
        for case_study in upserted {
            writer.add_document(self.fields.document(case_study))?;
        }
        let Commit::At(position) = commit else {
            return Ok(());
        };
        let mut prepared = writer.prepare_commit()?;
        prepared.set_payload(&format!("{LAYOUT}:{position}"));
        prepared.commit()?;
        if self.building.swap(false, Ordering::Relaxed) {
            // The build's larger arena goes; changes get a small one.
            *guard = None;
        }
        drop(guard);
        self.reader.reload()?;
        self.position.send_replace(Some(position));
        Ok(())
    }

    /// Empties the index, to build it whole with a larger writer: searches
    /// find nothing until the build's commit.
    pub fn begin_build(&self) -> anyhow::Result<()> {
        let mut guard = self
            .writer
            .lock()
            .map_err(|_| anyhow::anyhow!("the search index's writer panicked"))?;
        *guard = None;
        let writer = guard.insert(self.index.writer_with_num_threads(1, BUILD_MEMORY)?);
        writer.delete_all_documents()?;
        self.building.store(true, Ordering::Relaxed);
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
        let query = self.fields.query(&self.index, terms);
        let collector = collect::TopRanked {
            limit,
            reading,
            narrowed,
            preferred: terms.preferred_language().map(str::to_owned),
        };
        Ok(searcher.search(&query, &collector)?)
    }

    /// The ids of every match of `terms`, in no order.
    pub fn matching(&self, terms: &SearchTerms, narrowed: Narrowed) -> anyhow::Result<Vec<i64>> {
        let searcher = self.reader.searcher();
        let query = self.fields.query(&self.index, terms);
        Ok(searcher.search(&query, &collect::AllMatches { narrowed })?)
    }

    /// How many case studies the index holds.
    pub fn len(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Whether the index holds no case study.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// Ids are stored as `u64`; case-study ids are positive.
fn as_key(id: i64) -> u64 {
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

/// The field handles of the index's schema.
impl analysis::Fields {
    fn document(&self, case_study: &IndexedCaseStudy) -> TantivyDocument {
        let mut doc = TantivyDocument::new();
        doc.add_u64(self.id, as_key(case_study.id));
        doc.add_u64(self.public, u64::from(case_study.public));
        for language in &case_study.languages {
            doc.add_text(self.languages, language);
        }
        for text in &case_study.texts {
            let fields = self.texts(text.welsh);
            doc.add_text(fields.title, &text.title);
            doc.add_text(fields.summary, &text.summary);
            for tag in &text.tags {
                doc.add_text(fields.tags, tag);
            }
            doc.add_text(fields.body, &text.body);
        }
        doc
    }
}

/// The non-text fields, named once.
pub(crate) fn key_fields(builder: &mut tantivy::schema::SchemaBuilder) -> (Field, Field, Field) {
    (
        builder.add_u64_field("id", INDEXED | FAST),
        builder.add_u64_field("public", FAST),
        builder.add_text_field("languages", STRING | FAST),
    )
}
