//! A page of case studies in relevance order. The search index ranks every
//! match; the page's rows are read through the caller's scope with the
//! rest of the filter, a batch of the best matches at a time, so a match
//! the caller may not see (or that the filter leaves out) takes no place on
//! the page, and one the index ranks best is first however old it is.

use std::collections::HashMap;

use entity::case_study::Model;

use crate::{
    domain::search::SearchTerms,
    error::{AppError, Result},
    repo::{
        case_study::read::{CaseStudyFilter, Found, Joined, Relations, fetch_joined, filtered},
        search,
    },
    store::{
        keyset::{self, Page, PageArgs, SortValue},
        search::{RankKey, Reading},
    },
    tenancy::ScopedDb,
};

/// The order's name in its cursors.
const RELEVANCE: &str = "RELEVANCE";
/// The fewest matches read back at a time; each further batch is twice the
/// last, up to [`LARGEST_BATCH`].
const SMALLEST_BATCH: usize = 40;
const LARGEST_BATCH: usize = 5_000;

/// One page of the case studies `filter` finds, best match first.
pub(super) async fn page(
    db: &ScopedDb,
    filter: &CaseStudyFilter,
    terms: &SearchTerms,
    args: &PageArgs,
    joined: Joined,
) -> Result<Page<(Model, Relations)>> {
    let request = args.validate(RELEVANCE)?;
    let cursor = match request.cursor_key() {
        None => None,
        Some((SortValue::Integer(rank), id)) => Some(RankKey { rank: *rank, id }),
        Some(_) => return Err(request.foreign_cursor()),
    };
    let index = search::current(db).await?;
    let size = request.size() as usize;
    // One row more than the page tells whether another page follows.
    let wanted = size + 1;
    let mut batch = (wanted * 2).max(SMALLEST_BATCH);
    let mut from = cursor;
    let mut rows: Vec<(RankKey, (Model, Relations))> = Vec::with_capacity(wanted);
    while rows.len() < wanted {
        let reading = match request.is_backward() {
            true => Reading::Backward(from),
            false => Reading::Forward(from),
        };
        let ranked = index
            .ranked(terms, db.search_narrowed(), reading, batch)
            .map_err(AppError::Internal)?;
        let Some(last) = ranked.last().copied() else {
            break;
        };
        let ids = ranked.iter().map(|key| key.id).collect();
        let select = filtered(db, filter, &Found::among(ids));
        let mut readable: HashMap<i64, (Model, Relations)> = fetch_joined(db, select, joined)
            .await?
            .into_iter()
            .map(|(model, relations)| (model.id, (model, relations)))
            .collect();
        rows.extend(
            ranked
                .iter()
                .filter_map(|key| Some((*key, readable.remove(&key.id)?))),
        );
        if ranked.len() < batch {
            break;
        }
        from = Some(last);
        batch = (batch * 2).min(LARGEST_BATCH);
    }
    let has_more = rows.len() > size;
    rows.truncate(size);
    if request.is_backward() {
        rows.reverse();
    }
    let (has_next_page, has_previous_page) = request.page_flags(has_more);
    Ok(Page {
        rows: rows
            .into_iter()
            .map(|(key, row)| {
                let cursor = keyset::cursor(RELEVANCE, SortValue::Integer(key.rank), key.id);
                (row, cursor)
            })
            .collect(),
        has_next_page,
        has_previous_page,
    })
}
