//! Collecting a search's matches: the best `limit` past a cursor, or every
//! id. Read forward, the best are collected with Tantivy's block-max
//! pruning: once `limit` are held, blocks of matches that cannot beat the
//! least of them are skipped unscored.

use std::{cmp::Ordering, collections::BinaryHeap, sync::Arc};

use tantivy::{
    DocId, Score, SegmentOrdinal, SegmentReader,
    collector::{Collector, SegmentCollector},
    columnar::{ColumnValues, StrColumn},
    query::Weight,
};

use super::Reading;

/// The bit of a rank that marks a case study readable in the preferred
/// language: above every score's bits, so the language decides first.
const PREFERRED: i64 = 1 << 32;

/// A match's place in relevance order: higher rank first, then higher id
/// (the order of the fields, ascending).
/// The rank is exact: a BM25 score is never negative, and the bits of a
/// non-negative `f32` order as its values do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct RankKey {
    pub rank: i64,
    pub id: i64,
}

impl RankKey {
    fn rank_of(score: Score, preferred: bool) -> i64 {
        i64::from(score.max(0.0).to_bits()) | if preferred { PREFERRED } else { 0 }
    }

    fn preferred(&self) -> bool {
        self.rank & PREFERRED != 0
    }

    fn score(&self) -> Score {
        f32::from_bits(u32::try_from(self.rank & (PREFERRED - 1)).unwrap_or_default())
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
    languages: Option<StrColumn>,
}

impl Columns {
    fn open(segment: &SegmentReader) -> tantivy::Result<Self> {
        let fast = segment.fast_fields();
        Ok(Self {
            ids: fast.u64("id")?.first_or_default_col(0),
            languages: fast.str("languages")?,
        })
    }

    fn id(&self, doc: DocId) -> i64 {
        i64::try_from(self.ids.get_val(doc)).unwrap_or_default()
    }
}

/// The best `limit` matches past the cursor of `reading`.
pub(super) struct TopRanked {
    pub limit: usize,
    pub reading: Reading,
    pub preferred: Option<String>,
}

pub(super) struct TopRankedSegment {
    columns: Columns,
    limit: usize,
    reading: Reading,
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
            preferred,
            heap: BinaryHeap::with_capacity(self.limit + 1),
        })
    }

    fn requires_scoring(&self) -> bool {
        true
    }

    fn collect_segment(
        &self,
        weight: &dyn Weight,
        segment_ord: SegmentOrdinal,
        reader: &SegmentReader,
    ) -> tantivy::Result<Vec<RankKey>> {
        let mut segment = self.for_segment(segment_ord, reader)?;
        let alive = |doc| reader.alive_bitset().is_none_or(|a| a.is_alive(doc));
        // Read backward, nothing is pruned; both ways score through the same
        // path, whose sums a score's last bit depends on.
        let backward = matches!(self.reading, Reading::Backward(_));
        weight.for_each_pruning(Score::MIN, reader, &mut |doc, score| {
            if alive(doc) {
                segment.collect(doc, score);
            }
            match backward {
                true => Score::MIN,
                false => segment.threshold(),
            }
        })?;
        Ok(segment.harvest())
    }

    fn merge_fruits(&self, segments: Vec<Vec<RankKey>>) -> tantivy::Result<Vec<RankKey>> {
        let mut all: Vec<RankKey> = segments.into_iter().flatten().collect();
        match self.reading {
            Reading::Forward(_) => all.sort_by(|a, b| b.cmp(a)),
            Reading::Backward(_) => all.sort(),
        }
        all.truncate(self.limit);
        Ok(all)
    }
}

impl TopRankedSegment {
    /// The score below which no match can take a place on the page (read
    /// forward): none while places are free; else just under the least
    /// held one's, so that a tie, ranked by id, still comes in. A match in
    /// the preferred language outranks any other, so while the least held
    /// one is not in it, every match of the preferred language may.
    fn threshold(&self) -> Score {
        let Some(least) = self.heap.peek().filter(|_| self.heap.len() >= self.limit) else {
            return Score::MIN;
        };
        if self.preferred.is_some() && !least.key.preferred() {
            return Score::MIN;
        }
        least.key.score().next_down()
    }
}

impl SegmentCollector for TopRankedSegment {
    type Fruit = Vec<RankKey>;

    fn collect(&mut self, doc: DocId, score: Score) {
        if self.limit == 0 {
            return;
        }
        let preferred = match (self.preferred, &self.columns.languages) {
            (Some(ord), Some(languages)) => languages.term_ords(doc).any(|o| o == ord),
            _ => false,
        };
        let rank = RankKey::rank_of(score, preferred);
        let backward = matches!(self.reading, Reading::Backward(_));
        // A full page's least wanted match decides most matches without
        // their ids (ties need them).
        if self.heap.len() >= self.limit
            && let Some(least) = self.heap.peek()
        {
            let worse = match backward {
                false => rank < least.key.rank,
                true => rank > least.key.rank,
            };
            if worse {
                return;
            }
        }
        let key = RankKey {
            rank,
            id: self.columns.id(doc),
        };
        let past_cursor = match self.reading {
            Reading::Forward(after) => after.is_none_or(|c| key.cmp(&c).is_lt()),
            Reading::Backward(before) => before.is_none_or(|c| key.cmp(&c).is_gt()),
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
pub(super) struct AllMatches;

pub(super) struct AllMatchesSegment {
    columns: Columns,
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
        self.ids.push(self.columns.id(doc));
    }

    fn harvest(self) -> Vec<i64> {
        self.ids
    }
}
