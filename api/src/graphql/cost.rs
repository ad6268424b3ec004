//! What a field costs in the complexity limit ([`super::MAX_COMPLEXITY`]).
//! Every item a field can return costs one, plus its selection, so the
//! limit bounds what a document can make the server read and write out
//! whatever its aliases: a connection by its page size, a list without
//! `first` by its ceiling, `nodes` by its ids, and work that reads more
//! than it returns (ranking, full-text search) by what it reads.

use crate::{repo, store::keyset};

/// Ranking similar initiatives reads and scores up to
/// `similar::MAX_CANDIDATES` rows whatever it returns; scoring one is a
/// few comparisons of small sets, counted as a tenth of a field.
pub const RANKING: usize = (repo::similar::MAX_CANDIDATES / 10) as usize;

/// Matching and ranking full-text search results, whatever the page size.
pub const SEARCH: usize = 200;

/// Facet counts read every matching record, once for each dimension,
/// whatever they return.
pub const FACETS: usize = 200;

/// Facet counts, and the search that picks their records when there is one.
pub fn facets(searching: bool, child: usize) -> usize {
    let search = if searching { SEARCH } else { 0 };
    FACETS.saturating_add(search).saturating_add(child)
}

/// `count` items of `child` each, and the field itself.
fn items(count: usize, child: usize) -> usize {
    count
        .saturating_mul(child.saturating_add(1))
        .saturating_add(1)
}

/// A page of a connection: its page size.
pub fn page(first: Option<i32>, child: usize) -> usize {
    let size = first
        .unwrap_or(keyset::DEFAULT_PAGE_SIZE)
        .clamp(1, keyset::MAX_PAGE_SIZE);
    items(usize::try_from(size).unwrap_or(1), child)
}

/// A page of case studies, which may search.
pub fn searched_page(first: Option<i32>, searching: bool, child: usize) -> usize {
    page(first, child).saturating_add(if searching { SEARCH } else { 0 })
}

/// A list read whole: its ceiling.
pub fn list(ceiling: u64, child: usize) -> usize {
    items(usize::try_from(ceiling).unwrap_or(usize::MAX), child)
}

/// `nodes(ids:)`: one item per id asked for.
pub fn nodes(ids: usize, child: usize) -> usize {
    items(ids, child)
}

/// Similar initiatives: the ranking and the matches returned.
pub fn matches(first: Option<i32>, child: usize) -> usize {
    let size = first
        .unwrap_or(repo::similar::DEFAULT_MATCHES)
        .clamp(1, i32::try_from(repo::similar::MAX_MATCHES).unwrap_or(50));
    RANKING.saturating_add(items(usize::try_from(size).unwrap_or(1), child))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_item_costs_one_and_its_selection() {
        assert_eq!(list(10, 3), 41);
        assert_eq!(nodes(0, 5), 1);
        assert_eq!(page(Some(1_000), 1), 201, "a page is at most 100");
        assert_eq!(page(None, 1), 41, "the default page is 20");
    }

    #[test]
    fn ranking_and_search_cost_what_they_read() {
        assert_eq!(matches(Some(1), 1), RANKING + 3);
        assert_eq!(searched_page(Some(1), true, 1), 3 + SEARCH);
        assert_eq!(searched_page(Some(1), false, 1), 3);
    }

    #[test]
    fn a_ceiling_too_large_for_the_platform_saturates() {
        assert_eq!(list(u64::MAX, 2), usize::MAX);
    }
}
