//! Facet counts: how many of the records a filtered list would show hold
//! each value of a dimension (Co, step, service area, nation, language,
//! organisation kind, evidence level), the Co × step matrix, and the total.
//! Counts are disjunctive: a dimension's counts apply every filter but its
//! own, so a portal can show the other values of a dimension already
//! chosen. Every count starts from the caller's scoped, filtered rows, and
//! a row's initiative counts only when the caller may see it. All of it is
//! one statement: each distinct filter's rows read once (a common table
//! expression, which Postgres and SQLite keep rather than read again for
//! each part), and a grouped select of them per dimension, joined by UNION
//! ALL.

use std::collections::BTreeMap;

use entity::{initiative, organisation};
use sea_orm::{
    ConnectionTrait,
    sea_query::{
        Alias, CommonTableExpression, Expr, ExprTrait, Query, SelectStatement, UnionType,
        WithClause,
    },
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

/// The counts for `shape`. `rows` gives each part's scoped, filtered
/// select (its select list is replaced) and the filter it applies: parts
/// that apply the same filter count the same rows, read once.
pub async fn count<F: PartialEq>(
    db: &ScopedDb,
    shape: &Shape,
    rows: impl Fn(Part) -> (F, SelectStatement),
) -> Result<Facets> {
    let parts: Vec<Part> = std::iter::once(Part::Total)
        .chain(shape.dimensions.iter().map(|d| Part::Dimension(*d)))
        .chain(std::iter::once(Part::Matrix))
        .collect();
    // Each distinct filter's rows, with the parts counted from them.
    let mut bases: Vec<(F, SelectStatement, Vec<Part>)> = Vec::new();
    for part in parts {
        let (filter, select) = rows(part);
        match bases.iter_mut().find(|(f, _, _)| *f == filter) {
            Some((_, _, parts)) => parts.push(part),
            None => bases.push((filter, select, vec![part])),
        }
    }
    let mut with = WithClause::new();
    let mut union: Option<SelectStatement> = None;
    for (index, (_, select, parts)) in bases.into_iter().enumerate() {
        let name = format!("base_{index}");
        with.cte(
            CommonTableExpression::new()
                .query(base(db, shape, select, &parts))
                .table_name(Alias::new(&name))
                .to_owned(),
        );
        for part in &parts {
            let counted = counted(shape, &name, &parts, *part);
            match union.as_mut() {
                Some(union) => {
                    union.union(UnionType::All, counted);
                }
                None => union = Some(counted),
            }
        }
    }
    let Some(union) = union else {
        return Ok(Facets::default());
    };
    let conn = db.conn();
    let found = conn
        .query_all_raw(conn.get_database_backend().build(&union.with(with)))
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

/// The column a base names its record by, as the aggregate's table does.
const ID: &str = "id";

/// The rows of `select` as a base: the columns the `parts` counted from
/// it read (the record's id for its Co's, a value per dimension).
fn base(
    db: &ScopedDb,
    shape: &Shape,
    mut select: SelectStatement,
    parts: &[Part],
) -> SelectStatement {
    let mut columns: Vec<(Expr, &'static str)> = Vec::new();
    let needs = |dimension: Dimension| {
        parts.iter().any(|part| match part {
            Part::Dimension(d) => *d == dimension,
            Part::Matrix => matches!(dimension, Dimension::CoType | Dimension::StarStep),
            Part::Total => false,
        })
    };
    if co_joined(parts) {
        // Every part counts Co's: the base joins them itself, once.
        columns.push((
            co_type_of(shape, shape.table, &mut select),
            Dimension::CoType.name(),
        ));
    } else if needs(Dimension::CoType) {
        columns.push((column(shape.table, ID), ID));
    }
    if needs(Dimension::StarStep) || needs(Dimension::EvidenceLevel) {
        let step = initiative_column(db, shape, &mut select, "star_step");
        if needs(Dimension::StarStep) {
            columns.push((step, Dimension::StarStep.name()));
        }
    }
    if needs(Dimension::EvidenceLevel) {
        // The initiative is `initiative` in both shapes: the row's own
        // table, or the join above.
        columns.push((
            Expr::cust(
                "CAST((SELECT MAX(\"evidence\".\"nesta_level\") FROM \"evidence\" \
                 WHERE \"evidence\".\"initiative_id\" = \"initiative\".\"id\") AS TEXT)",
            ),
            Dimension::EvidenceLevel.name(),
        ));
    }
    for (dimension, name) in [
        (Dimension::ServiceArea, "service_area"),
        (Dimension::Language, "language"),
    ] {
        if needs(dimension) {
            columns.push((column(shape.table, name), dimension.name()));
        }
    }
    if needs(Dimension::Nation) || needs(Dimension::OrganisationKind) {
        select.inner_join(
            organisation::Entity,
            column("organisation", "id")
                .equals((Alias::new(shape.table), Alias::new("owner_org_id"))),
        );
        if needs(Dimension::Nation) {
            columns.push((column("organisation", "nation"), Dimension::Nation.name()));
        }
        if needs(Dimension::OrganisationKind) {
            columns.push((
                column("organisation", "kind"),
                Dimension::OrganisationKind.name(),
            ));
        }
    }
    select.clear_selects();
    if columns.is_empty() {
        // A base for the total alone: its rows, however they look.
        select.expr_as(Expr::cust("1"), Alias::new("one"));
    }
    for (expr, name) in columns {
        select.expr_as(expr, Alias::new(name));
    }
    select
}

/// Whether every one of a base's `parts` counts Co's (a row per Co).
fn co_joined(parts: &[Part]) -> bool {
    parts
        .iter()
        .all(|part| matches!(part, Part::Dimension(Dimension::CoType) | Part::Matrix))
}

/// The Co of each row of `from` (joined, a row per Co).
fn co_type_of(shape: &Shape, from: &str, rows: &mut SelectStatement) -> Expr {
    let (table, parent) = shape.co_types;
    rows.inner_join(
        Alias::new(table),
        Expr::col((Alias::new(table), Alias::new(parent)))
            .equals((Alias::new(from), Alias::new(ID))),
    );
    Expr::col((Alias::new(table), Alias::new("co_type")))
}

/// The count `part` takes of the rows of the base `name` (which holds
/// `parts`): by value (and second value), under the part's name.
fn counted(shape: &Shape, name: &str, parts: &[Part], part: Part) -> SelectStatement {
    let from = |column: &'static str| Expr::col((Alias::new(name), Alias::new(column)));
    let mut rows = Query::select().from(Alias::new(name)).to_owned();
    let co_type = |rows: &mut SelectStatement| {
        if co_joined(parts) {
            from(Dimension::CoType.name())
        } else {
            co_type_of(shape, name, rows)
        }
    };
    let (label, value, second) = match part {
        Part::Total => ("total", None, None),
        Part::Dimension(Dimension::CoType) => ("co_type", Some(co_type(&mut rows)), None),
        Part::Dimension(dimension) => (dimension.name(), Some(from(dimension.name())), None),
        Part::Matrix => (
            "matrix",
            Some(co_type(&mut rows)),
            Some(from(Dimension::StarStep.name())),
        ),
    };
    labelled(rows, label, value, second)
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
