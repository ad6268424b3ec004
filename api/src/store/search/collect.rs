//! Collecting a search's matches: the best `limit` past a cursor, or every
//! id.

use std::{cmp::Ordering, collections::BinaryHeap, sync::Arc};

use tantivy::{
    DocId, Score, SegmentOrdinal, SegmentReader,
    collector::{Collector, SegmentCollector},
    columnar::{ColumnValues, StrColumn},
};

use super::{Narrowed, Reading};

/// Added to the rank of a case study readable in the preferred language:
/// far above any text's score, so the language decides first.
const PREFERRED: f64 = 1_000_000.0;

/// A match's place in relevance order: higher rank first, then higher id.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RankKey {
    pub rank: f64,
    pub id: i64,
}

impl RankKey {
    fn cmp(&self, other: &Self) -> Ordering {
        self.rank
            .total_cmp(&other.rank)
            .then(self.id.cmp(&other.id))
    }
}

/// Heap entry: the better of two is the one the page wants more (the
/// higher key reading forward, the lower reading backward).
#[derive(Debug, Clone, Copy)]
struct Wanted {
    key: RankKey,
    backward: bool,
}

impl Wanted {
    fn order(&self, other: &Self) -> Ordering {
        match self.backward {
            false => self.key.cmp(&other.key),
            true => other.key.cmp(&self.key),
        }
    }
}

impl PartialEq for Wanted {
    fn eq(&self, other: &Self) -> bool {
        self.order(other) == Ordering::Equal
    }
}
impl Eq for Wanted {}
impl PartialOrd for Wanted {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Wanted {
    // Reversed: the heap's top is the least wanted, the one to drop.
    fn cmp(&self, other: &Self) -> Ordering {
        other.order(self)
    }
}

/// What a segment's documents are read with.
struct Columns {
    ids: Arc<dyn ColumnValues<u64>>,
    public: Arc<dyn ColumnValues<u64>>,
    languages: Option<StrColumn>,
}

impl Columns {
    fn open(segment: &SegmentReader) -> tantivy::Result<Self> {
        let fast = segment.fast_fields();
        Ok(Self {
            ids: fast.u64("id")?.first_or_default_col(0),
            public: fast.u64("public")?.first_or_default_col(0),
            languages: fast.str("languages")?,
        })
    }

    fn id(&self, doc: DocId) -> i64 {
        i64::try_from(self.ids.get_val(doc)).unwrap_or_default()
    }

    fn passes(&self, doc: DocId, narrowed: Narrowed) -> bool {
        narrowed == Narrowed::Not || self.public.get_val(doc) == 1
    }
}

/// The best `limit` matches past the cursor of `reading`.
pub(super) struct TopRanked {
    pub limit: usize,
    pub reading: Reading,
    pub narrowed: Narrowed,
    pub preferred: Option<String>,
}

pub(super) struct TopRankedSegment {
    columns: Columns,
    limit: usize,
    reading: Reading,
    narrowed: Narrowed,
    /// The preferred language's ordinal in this segment's dictionary.
    preferred: Option<u64>,
    heap: BinaryHeap<Wanted>,
}

impl Collector for TopRanked {
    type Fruit = Vec<RankKey>;
    type Child = TopRankedSegment;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        let columns = Columns::open(segment)?;
        let preferred = match (&self.preferred, &columns.languages) {
            (Some(language), Some(languages)) => languages.dictionary().term_ord(language)?,
            _ => None,
        };
        Ok(TopRankedSegment {
            columns,
            limit: self.limit,
            reading: self.reading,
            narrowed: self.narrowed,
            preferred,
            heap: BinaryHeap::with_capacity(self.limit + 1),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn merge_fruits(&self, segments: Vec<Vec<RankKey>>) -> tantivy::Result<Vec<RankKey>> {
        let mut all: Vec<RankKey> = segments.into_iter().flatten().collect();
        match self.reading {
            Reading::Forward(_) => all.sort_by(|a, b| b.cmp(a)),
            Reading::Backward(_) => all.sort_by(|a, b| a.cmp(b)),
        }
        all.truncate(self.limit);
        Ok(all)
    }
}

impl SegmentCollector for TopRankedSegment {
    type Fruit = Vec<RankKey>;

    fn collect(&mut self, doc: DocId, score: Score) {
        if self.limit == 0 || !self.columns.passes(doc, self.narrowed) {
            return;
        }
        let preferred = match (self.preferred, &self.columns.languages) {
            (Some(ord), Some(languages)) => languages.term_ords(doc).any(|o| o == ord),
            _ => false,
        };
        let key = RankKey {
            rank: f64::from(score) + if preferred { PREFERRED } else { 0.0 },
            id: self.columns.id(doc),
        };
        let (past_cursor, backward) = match self.reading {
            Reading::Forward(after) => (after.is_none_or(|c| key.cmp(&c).is_lt()), false),
            Reading::Backward(before) => (before.is_none_or(|c| key.cmp(&c).is_gt()), true),
        };
        if !past_cursor {
            return;
        }
        self.heap.push(Wanted { key, backward });
        if self.heap.len() > self.limit {
            self.heap.pop();
        }
    }

    fn harvest(self) -> Vec<RankKey> {
        self.heap.into_iter().map(|w| w.key).collect()
    }
}

/// The id of every match.
pub(super) struct AllMatches {
    pub narrowed: Narrowed,
}

pub(super) struct AllMatchesSegment {
    columns: Columns,
    narrowed: Narrowed,
    ids: Vec<i64>,
}

impl Collector for AllMatches {
    type Fruit = Vec<i64>;
    type Child = AllMatchesSegment;

    fn for_segment(
        &self,
        _: SegmentOrdinal,
        segment: &SegmentReader,
    ) -> tantivy::Result<Self::Child> {
        Ok(AllMatchesSegment {
            columns: Columns::open(segment)?,
            narrowed: self.narrowed,
            ids: Vec::new(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, segments: Vec<Vec<i64>>) -> tantivy::Result<Vec<i64>> {
        Ok(segments.into_iter().flatten().collect())
    }
}

impl SegmentCollector for AllMatchesSegment {
    type Fruit = Vec<i64>;

    fn collect(&mut self, doc: DocId, _: Score) {
        if self.columns.passes(doc, self.narrowed) {
            self.ids.push(self.columns.id(doc));
        }
    }

    fn harvest(self) -> Vec<i64> {
        self.ids
    }
}
