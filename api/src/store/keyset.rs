//! Keyset pagination for every connection: pages are cut on (sort key, id),
//! never with OFFSET, so page 200 costs what page 1 does and a row is never
//! seen twice or skipped while paging, whatever the order.
//!
//! A cursor is opaque to clients: base64url of the order's name, the sort
//! key's value and the id of the row it points at. A cursor of another order
//! or a damaged one is a `BAD_USER_INPUT`, never a wrong page.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{DateTime, Utc};
use sea_orm::{
    ConnectionTrait, QueryResult,
    sea_query::{Alias, Expr, ExprTrait, NullOrdering, Order, Query, SelectStatement},
};
use serde::{Deserialize, Serialize};

use crate::{
    error::{AppError, Result},
    store::{
        Db,
        pg::positional::{Layout, Positional},
    },
};

/// Largest page a client may ask for.
pub const MAX_PAGE_SIZE: i32 = 100;
/// Page size when the client names none.
pub const DEFAULT_PAGE_SIZE: i32 = 20;

/// The Relay arguments of a connection field.
#[derive(Debug, Default, Clone)]
pub struct PageArgs {
    pub first: Option<i32>,
    pub after: Option<String>,
    pub last: Option<i32>,
    pub before: Option<String>,
}

/// Which way a page is read relative to the order clients see.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Forward,
    Backward,
}

/// A validated page request.
#[derive(Debug, Clone)]
pub struct PageRequest {
    size: u64,
    direction: Direction,
    cursor: Option<CursorKey>,
    paged_from_cursor: bool,
}

impl PageArgs {
    pub fn forward(first: Option<i32>, after: Option<String>) -> Self {
        Self {
            first,
            after,
            last: None,
            before: None,
        }
    }

    /// Checks the arguments against the order the list is read in.
    pub fn validate(&self, order: &str) -> Result<PageRequest> {
        let (size, cursor, direction, field) = match (self.first, self.last) {
            (Some(_), Some(_)) => {
                return Err(AppError::bad_input(
                    "last",
                    "give either first or last, not both",
                ));
            }
            (_, Some(last)) => {
                if self.after.is_some() {
                    return Err(AppError::bad_input(
                        "after",
                        "after pages forward: use it with first, not last",
                    ));
                }
                (last, &self.before, Direction::Backward, "last")
            }
            (first, None) => {
                if self.before.is_some() {
                    return Err(AppError::bad_input(
                        "before",
                        "before pages backward: use it with last, not first",
                    ));
                }
                (
                    first.unwrap_or(DEFAULT_PAGE_SIZE),
                    &self.after,
                    Direction::Forward,
                    "first",
                )
            }
        };
        if !(0..=MAX_PAGE_SIZE).contains(&size) {
            return Err(AppError::bad_input(
                field,
                format!(
                    "{field} must be between 0 and {MAX_PAGE_SIZE}; page through longer lists with cursors"
                ),
            ));
        }
        let cursor_field = if direction == Direction::Forward {
            "after"
        } else {
            "before"
        };
        let cursor = cursor
            .as_deref()
            .map(|c| CursorKey::decode(c, order, cursor_field))
            .transpose()?;
        Ok(PageRequest {
            size: u64::try_from(size).unwrap_or_default(),
            direction,
            paged_from_cursor: cursor.is_some(),
            cursor,
        })
    }
}

impl PageRequest {
    /// The argument the cursor came in.
    fn cursor_field(&self) -> &'static str {
        match self.direction {
            Direction::Forward => "after",
            Direction::Backward => "before",
        }
    }

    /// How many rows the page holds at most.
    pub fn size(&self) -> u64 {
        self.size
    }

    /// Whether the page is read backward (`last`, `before`).
    pub fn is_backward(&self) -> bool {
        self.direction == Direction::Backward
    }

    /// The sort key and id of the row the cursor points at, for a list
    /// that cuts its pages itself.
    pub fn cursor_key(&self) -> Option<(&SortValue, i64)> {
        self.cursor.as_ref().map(|c| (&c.key, c.id))
    }

    /// The page's `hasNextPage` and `hasPreviousPage`, from whether rows
    /// lie beyond it in the direction it was read.
    pub fn page_flags(&self, has_more: bool) -> (bool, bool) {
        match self.direction {
            Direction::Forward => (has_more, self.paged_from_cursor),
            Direction::Backward => (self.paged_from_cursor, has_more),
        }
    }

    /// The error for a cursor of another list.
    pub fn foreign_cursor(&self) -> AppError {
        let field = self.cursor_field();
        AppError::bad_input(
            field,
            format!(
                "{field} is not a cursor of this list: pass an endCursor or startCursor this list returned"
            ),
        )
    }
}

/// The cursor of a row in the order named `order`.
pub fn cursor(order: &'static str, key: SortValue, id: i64) -> Cursor {
    Cursor { order, key, id }
}

/// A row's place in its order, encoded only when a client reads it: most
/// pages are asked for their nodes and one end cursor, not a cursor a row.
#[derive(Debug, Clone)]
pub struct Cursor {
    order: &'static str,
    key: SortValue,
    id: i64,
}

impl Cursor {
    /// The opaque text clients pass back as `after` or `before`.
    pub fn encode(&self) -> String {
        CursorKey {
            order: self.order.to_owned(),
            key: self.key.clone(),
            id: self.id,
        }
        .encode()
    }
}

/// A sort key's value, as a cursor carries it. Tagged, so that a title that
/// looks like a date still reads back as text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum SortValue {
    Time(Option<DateTime<Utc>>),
    Number(f64),
    Integer(i64),
    Text(String),
    /// A NULL key of a nullable number.
    Null,
}

impl SortValue {
    fn is_null(&self) -> bool {
        matches!(self, Self::Time(None) | Self::Null)
    }

    /// A nullable number's key.
    pub fn number(value: Option<f64>) -> Self {
        value.map_or(Self::Null, Self::Number)
    }

    fn into_expr(self) -> Expr {
        match self {
            Self::Time(t) => Expr::val(t),
            Self::Number(n) => Expr::val(n),
            Self::Integer(n) => Expr::val(n),
            Self::Text(s) => Expr::val(s),
            Self::Null => Expr::val(Option::<i64>::None),
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct CursorKey {
    #[serde(rename = "o")]
    order: String,
    #[serde(rename = "k")]
    key: SortValue,
    #[serde(rename = "i")]
    id: i64,
}

impl CursorKey {
    fn encode(&self) -> String {
        // Serialising plain data to JSON cannot fail.
        URL_SAFE_NO_PAD.encode(serde_json::to_vec(self).unwrap_or_default())
    }

    fn decode(cursor: &str, order: &str, field: &'static str) -> Result<Self> {
        let bad = || {
            AppError::bad_input(
                field,
                format!(
                    "{field} is not a cursor of this list: pass an endCursor or startCursor this list returned"
                ),
            )
        };
        let bytes = URL_SAFE_NO_PAD.decode(cursor).map_err(|_| bad())?;
        let key: Self = serde_json::from_slice(&bytes).map_err(|_| bad())?;
        if key.order != order {
            return Err(AppError::bad_input(
                field,
                format!(
                    "{field} is a cursor of another order ({}); keep the orderBy the cursor was taken with",
                    key.order
                ),
            ));
        }
        Ok(key)
    }
}

/// How a list is ordered: a sort key (a column or a computed expression)
/// then the row id, both in the same direction.
pub struct SortKey<M> {
    /// Name carried by cursors, so that a cursor cannot be used with another order.
    pub name: &'static str,
    pub expr: Expr,
    pub descending: bool,
    /// Whether the key may be NULL (NULLs come last in the order clients see).
    pub nullable: bool,
    /// What kind of value the key holds: a cursor holding another kind
    /// was not issued for this order.
    pub kind: KeyKind,
    /// Where the key's value comes from for a fetched row.
    pub value: fn(&M) -> SortValue,
    /// The row id column.
    pub id: Expr,
}

/// The kind of a sort key's values.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyKind {
    Time,
    Number,
    Integer,
    Text,
}

impl<M> SortKey<M> {
    /// Whether `value` is a value this key can hold. A cursor is only
    /// base64 JSON: one a client made up may carry anything.
    fn accepts(&self, value: &SortValue) -> bool {
        match value {
            SortValue::Time(None) => self.kind == KeyKind::Time && self.nullable,
            SortValue::Null => self.nullable && self.kind != KeyKind::Time,
            SortValue::Time(Some(_)) => self.kind == KeyKind::Time,
            SortValue::Number(n) => self.kind == KeyKind::Number && n.is_finite(),
            SortValue::Integer(_) => self.kind == KeyKind::Integer,
            // Postgres cannot hold a NUL in text, so no row has one.
            SortValue::Text(text) => self.kind == KeyKind::Text && !text.contains('\0'),
        }
    }
}

/// One page of rows, each with its cursor.
pub struct Page<M> {
    pub rows: Vec<(M, Cursor)>,
    pub has_next_page: bool,
    pub has_previous_page: bool,
}

impl<M> Page<M> {
    /// The same page of `f` of each row.
    pub fn map<N>(self, mut f: impl FnMut(M) -> N) -> Page<N> {
        Page {
            rows: self
                .rows
                .into_iter()
                .map(|(row, cursor)| (f(row), cursor))
                .collect(),
            has_next_page: self.has_next_page,
            has_previous_page: self.has_previous_page,
        }
    }

    /// The first page from rows fetched one beyond its size (as a loader does).
    pub fn first_of(mut rows: Vec<M>, size: u64, cursor_of: fn(&M) -> Cursor) -> Self {
        let has_next_page = rows.len() as u64 > size;
        rows.truncate(size as usize);
        let rows = rows.into_iter().map(|row| {
            let cursor = cursor_of(&row);
            (row, cursor)
        });
        Self {
            rows: rows.collect(),
            has_next_page,
            has_previous_page: false,
        }
    }
}

/// Fetches one page of `select` (already scoped and filtered) in `order`.
pub async fn fetch_page<M>(
    db: &Db,
    select: SelectStatement,
    order: &SortKey<M>,
    request: &PageRequest,
    id_of: fn(&M) -> i64,
) -> Result<Page<M>>
where
    M: Positional,
{
    let page = fetch_page_with(db, select, order, request, id_of, |_, _| Ok(())).await?;
    Ok(page.map(|(model, ())| model))
}

/// Like [`fetch_page`], with what `extra` reads from each row beside the
/// model (the columns of joined tables).
pub async fn fetch_page_with<M, X>(
    db: &impl ConnectionTrait,
    mut select: SelectStatement,
    order: &SortKey<M>,
    request: &PageRequest,
    id_of: fn(&M) -> i64,
    extra: impl Fn(&QueryResult, &Layout) -> Result<X>,
) -> Result<Page<(M, X)>>
where
    M: Positional,
{
    // Reading backward runs the order in reverse and flips the page after.
    let query_descending = order.descending ^ (request.direction == Direction::Backward);
    let nulls_last_in_query = request.direction == Direction::Forward;
    if let Some(cursor) = &request.cursor {
        if !order.accepts(&cursor.key) {
            return Err(request.foreign_cursor());
        }
        select.and_where(after_cursor(
            order,
            cursor,
            query_descending,
            nulls_last_in_query,
        ));
    }
    let direction = if query_descending {
        Order::Desc
    } else {
        Order::Asc
    };
    if order.nullable {
        let nulls = if nulls_last_in_query {
            NullOrdering::Last
        } else {
            NullOrdering::First
        };
        select.order_by_expr_with_nulls(order.expr.clone(), direction.clone(), nulls);
    } else {
        select.order_by_expr(order.expr.clone(), direction.clone());
    }
    select.order_by_expr(order.id.clone(), direction);
    select.limit(request.size + 1);

    let rows = db
        .query_all_raw(db.get_database_backend().build(&select))
        .await?;
    let has_more = rows.len() as u64 > request.size;
    let mut page = Vec::with_capacity(rows.len());
    let layout = Layout::default();
    for row in rows.iter().take(request.size as usize) {
        let model = layout.read::<M>(row, "")?;
        let key = (order.value)(&model);
        let cursor = cursor(order.name, key, id_of(&model));
        page.push(((model, extra(row, &layout)?), cursor));
    }
    if request.is_backward() {
        page.reverse();
    }
    let (has_next_page, has_previous_page) = request.page_flags(has_more);
    Ok(Page {
        rows: page,
        has_next_page,
        has_previous_page,
    })
}

/// The rows that come after `cursor` in query order.
fn after_cursor<M>(
    order: &SortKey<M>,
    cursor: &CursorKey,
    descending: bool,
    nulls_last: bool,
) -> Expr {
    let past = |left: Expr, right: Expr| {
        if descending {
            left.lt(right)
        } else {
            left.gt(right)
        }
    };
    let id_past = past(order.id.clone(), Expr::val(cursor.id));
    if !order.nullable {
        return past(
            Expr::tuple([order.expr.clone(), order.id.clone()]),
            Expr::tuple([cursor.key.clone().into_expr(), Expr::val(cursor.id)]),
        );
    }
    let key_is_null = order.expr.clone().is_null();
    let key_not_null = order.expr.clone().is_not_null();
    match (cursor.key.is_null(), nulls_last) {
        // NULLs follow every value: past a value means a later value or any NULL.
        (false, true) => past(
            Expr::tuple([order.expr.clone(), order.id.clone()]),
            Expr::tuple([cursor.key.clone().into_expr(), Expr::val(cursor.id)]),
        )
        .or(key_is_null),
        (true, true) => key_is_null.and(id_past),
        // NULLs precede every value.
        (false, false) => key_not_null.and(past(
            Expr::tuple([order.expr.clone(), order.id.clone()]),
            Expr::tuple([cursor.key.clone().into_expr(), Expr::val(cursor.id)]),
        )),
        (true, false) => key_not_null.or(key_is_null.and(id_past)),
    }
}

/// `SELECT COUNT(*)` over a scoped, filtered select.
pub async fn count(db: &Db, select: SelectStatement) -> Result<i64> {
    let mut inner = select;
    inner.clear_order_by();
    let stmt = Query::select()
        .expr_as(Expr::cust("COUNT(*)"), Alias::new("n"))
        .from_subquery(inner, Alias::new("counted"))
        .to_owned();
    integer(db, &stmt).await
}

/// The integer column `n` of the one row `stmt` answers (0 for none).
pub async fn integer(db: &impl ConnectionTrait, stmt: &SelectStatement) -> Result<i64> {
    let row = db
        .query_one_raw(db.get_database_backend().build(stmt))
        .await?;
    Ok(row
        .map(|r| r.try_get::<i64>("", "n"))
        .transpose()?
        .unwrap_or_default())
}

/// Runs `stmt` and reads every row as `M`.
pub async fn fetch_all<M: Positional>(db: &Db, stmt: &SelectStatement) -> Result<Vec<M>> {
    let backend = db.get_database_backend();
    let rows = db.query_all_raw(backend.build(stmt)).await?;
    let layout = Layout::default();
    Ok(rows
        .iter()
        .map(|row| layout.read::<M>(row, ""))
        .collect::<Result<_, _>>()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_keep_their_kind() {
        for key in [
            SortValue::Text("2019-03-14T10:00:00Z".into()),
            SortValue::Time(None),
            SortValue::Time(Some(Utc::now())),
            SortValue::Number(0.1),
            SortValue::Null,
        ] {
            let encoded = cursor("TITLE", key.clone(), 7).encode();
            let decoded = CursorKey::decode(&encoded, "TITLE", "after").expect("decodes");
            assert_eq!((decoded.key, decoded.id), (key, 7));
        }
    }

    #[test]
    fn a_cursor_of_another_order_is_refused() {
        let encoded = cursor("TITLE", SortValue::Text("a".into()), 1).encode();
        assert!(CursorKey::decode(&encoded, "UPDATED_AT", "after").is_err());
    }
}
