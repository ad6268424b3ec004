//! Facet counts: how many of the records a filtered list would show hold
//! each value of a dimension (Co, step, service area, nation, language,
//! organisation kind, evidence level), the Co × step matrix, and the total.
//! Counts are disjunctive: a dimension's counts apply every filter but its
//! own, so a portal can show the other values of a dimension already
//! chosen. Every count starts from the caller's scoped, filtered rows, and
//! a row's initiative counts only when the caller may see it. All of it is
//! one statement: a grouped select per dimension, joined by UNION ALL.

use std::collections::BTreeMap;

use entity::{initiative, organisation};
use sea_orm::{
    ConnectionTrait,
    sea_query::{Alias, Expr, ExprTrait, Query, SelectStatement, UnionType},
};

use crate::{error::Result, tenancy::ScopedDb};

/// A dimension of the counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Dimension {
    CoType,
    StarStep,
    ServiceArea,
    Nation,
    Language,
    OrganisationKind,
    /// The highest Nesta level of the evidence on the initiative's pathway.
    EvidenceLevel,
}

impl Dimension {
    pub const ALL: [Dimension; 7] = [
        Self::CoType,
        Self::StarStep,
        Self::ServiceArea,
        Self::Nation,
        Self::Language,
        Self::OrganisationKind,
        Self::EvidenceLevel,
    ];

    fn name(self) -> &'static str {
        match self {
            Self::CoType => "co_type",
            Self::StarStep => "star_step",
            Self::ServiceArea => "service_area",
            Self::Nation => "nation",
            Self::Language => "language",
            Self::OrganisationKind => "organisation_kind",
            Self::EvidenceLevel => "evidence_level",
        }
    }
}

/// The count of one value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ValueCount {
    /// The value as stored: an enum's name, a language tag, a Nesta level.
    pub value: String,
    pub count: i64,
}

/// The counts of one filtered list.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Facets {
    pub total: i64,
    /// Each dimension's values that some record holds, most frequent first.
    pub dimensions: BTreeMap<Dimension, Vec<ValueCount>>,
    /// `(co type, star step, count)` for each pair some record holds.
    pub matrix: Vec<(String, String, i64)>,
}

impl Facets {
    pub fn of(&self, dimension: Dimension) -> &[ValueCount] {
        self.dimensions.get(&dimension).map_or(&[], Vec::as_slice)
    }
}

/// Which filters a part of the counts applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    /// All of them.
    Total,
    /// All but this dimension's own.
    Dimension(Dimension),
    /// All but the Co's and the steps.
    Matrix,
}

/// Where an aggregate's rows find each dimension's value.
pub struct Shape {
    /// The aggregate's table.
    pub table: &'static str,
    /// Its Co table, and the column there naming the record.
    pub co_types: (&'static str, &'static str),
    /// The column naming its initiative; `None` for an initiative itself.
    pub initiative: Option<&'static str>,
    /// The dimensions it has.
    pub dimensions: &'static [Dimension],
}

/// The counts for `shape`; `rows` gives each part's scoped, filtered
/// select (its select list is replaced).
pub async fn count(
    db: &ScopedDb,
    shape: &Shape,
    rows: impl Fn(Part) -> SelectStatement,
) -> Result<Facets> {
    let mut union = labelled(rows(Part::Total), "total", None, None);
    for dimension in shape.dimensions {
        union.union(
            UnionType::All,
            grouped(db, shape, *dimension, rows(Part::Dimension(*dimension))),
        );
    }
    union.union(UnionType::All, matrix(db, shape, rows(Part::Matrix)));
    let conn = db.conn();
    let found = conn
        .query_all_raw(conn.get_database_backend().build(&union))
        .await?;
    let mut facets = Facets::default();
    for row in found {
        let dimension: String = row.try_get("", "dimension")?;
        let value: Option<String> = row.try_get("", "value")?;
        let second: Option<String> = row.try_get("", "second")?;
        let count: i64 = row.try_get("", "n")?;
        match (dimension.as_str(), value, second) {
            ("total", _, _) => facets.total = count,
            ("matrix", Some(co), Some(step)) => facets.matrix.push((co, step, count)),
            (name, Some(value), None) => {
                if let Some(dimension) = Dimension::ALL.into_iter().find(|d| d.name() == name) {
                    facets
                        .dimensions
                        .entry(dimension)
                        .or_default()
                        .push(ValueCount { value, count });
                }
            }
            // Rows with no initiative the caller may see, or no evidence:
            // they hold no value of that dimension.
            _ => {}
        }
    }
    for counts in facets.dimensions.values_mut() {
        counts.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.value.cmp(&b.value)));
    }
    facets.matrix.sort();
    Ok(facets)
}

/// The rows of `select` counted by `value` (and `second`), under the
/// part's `name`.
fn labelled(
    mut select: SelectStatement,
    name: &str,
    value: Option<Expr>,
    second: Option<Expr>,
) -> SelectStatement {
    let text = |expr: Option<Expr>| expr.unwrap_or_else(|| Expr::cust("CAST(NULL AS TEXT)"));
    select
        .clear_selects()
        .expr_as(text(value), Alias::new("value"))
        .expr_as(text(second), Alias::new("second"));
    Query::select()
        // The names are this module's constants.
        .expr_as(
            Expr::cust(format!("CAST('{name}' AS TEXT)")),
            Alias::new("dimension"),
        )
        .column(Alias::new("value"))
        .column(Alias::new("second"))
        .expr_as(Expr::cust("COUNT(*)"), Alias::new("n"))
        .from_subquery(select, Alias::new("part"))
        .group_by_col(Alias::new("value"))
        .group_by_col(Alias::new("second"))
        .to_owned()
}

fn column(table: &'static str, column: &'static str) -> Expr {
    Expr::col((Alias::new(table), Alias::new(column)))
}

/// The row's initiative's `column` (joined when the caller may read it).
fn initiative_column(
    db: &ScopedDb,
    shape: &Shape,
    select: &mut SelectStatement,
    name: &'static str,
) -> Expr {
    match shape.initiative {
        Some(of_row) => {
            db.join_readable::<initiative::Entity>(
                select,
                column("initiative", "id").equals((Alias::new(shape.table), Alias::new(of_row))),
            );
            column("initiative", name)
        }
        None => column(shape.table, name),
    }
}

fn owner_column(shape: &Shape, select: &mut SelectStatement, name: &'static str) -> Expr {
    select.inner_join(
        organisation::Entity,
        column("organisation", "id").equals((Alias::new(shape.table), Alias::new("owner_org_id"))),
    );
    column("organisation", name)
}

fn co_type_column(shape: &Shape, select: &mut SelectStatement) -> Expr {
    let (table, parent) = shape.co_types;
    select.inner_join(
        Alias::new(table),
        column(table, parent).equals((Alias::new(shape.table), Alias::new("id"))),
    );
    column(table, "co_type")
}

fn grouped(
    db: &ScopedDb,
    shape: &Shape,
    dimension: Dimension,
    mut select: SelectStatement,
) -> SelectStatement {
    let value = match dimension {
        Dimension::CoType => co_type_column(shape, &mut select),
        Dimension::StarStep => initiative_column(db, shape, &mut select, "star_step"),
        Dimension::ServiceArea => column(shape.table, "service_area"),
        Dimension::Language => column(shape.table, "language"),
        Dimension::Nation => owner_column(shape, &mut select, "nation"),
        Dimension::OrganisationKind => owner_column(shape, &mut select, "kind"),
        Dimension::EvidenceLevel => {
            // The initiative is `initiative` in both shapes: the row's own
            // table, or the join.
            initiative_column(db, shape, &mut select, "id");
            Expr::cust(
                "CAST((SELECT MAX(\"evidence\".\"nesta_level\") FROM \"evidence\" \
                 WHERE \"evidence\".\"initiative_id\" = \"initiative\".\"id\") AS TEXT)",
            )
        }
    };
    labelled(select, dimension.name(), Some(value), None)
}

fn matrix(db: &ScopedDb, shape: &Shape, mut select: SelectStatement) -> SelectStatement {
    let co = co_type_column(shape, &mut select);
    let step = initiative_column(db, shape, &mut select, "star_step");
    labelled(select, "matrix", Some(co), Some(step))
}
