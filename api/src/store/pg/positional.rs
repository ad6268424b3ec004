//! Rows decoded by column position.
//!
//! sea-orm decodes a model by column name: for every column of every row it
//! formats `{prefix}{column}` and the driver looks the name up. On a page of
//! case studies with their owner and initiative (some fifty columns a row)
//! that was a quarter of the server's time. Here a model's columns are found
//! once per result, as the run of columns bearing its names in its field
//! order, and each row is read by position from there. A result laid out
//! otherwise is read by name, as before: the layout is checked, never
//! assumed. On Postgres the columns' types are checked once per result as
//! well ([`field`](super::field)), not once per value.

use std::{any::TypeId, cell::RefCell};

use entity::{
    audit_log, barrier_survey, business_case, case_study, case_study_change, charter,
    charter_template, charter_version, community_asset, content_report, evidence, incentive,
    incentive_template, indicator_measurement, initiative, organisation, outcome_indicator,
    participant, pathway_link, pathway_step, peer_review, revision, survey_response, survey_run,
    translation,
};
use sea_orm::{DbErr, FromQueryResult, QueryResult, TryGetable, sqlx::postgres::PgRow};

use crate::store::{self, pg::field::Field};

/// A model that can be read by position.
pub trait Positional: FromQueryResult + 'static {
    /// Its columns, in the order [`Positional::read_at`] reads them; empty
    /// for a model that is always read by name.
    const COLUMNS: &'static [&'static str] = &[];

    /// The model whose columns start at `start` in `row`, the types of
    /// their values checked as `types` says.
    fn read_at(row: &QueryResult, start: usize, types: Types) -> Result<Self, DbErr> {
        let _ = (start, types);
        Self::from_query_result(row, "")
    }

    /// Whether the columns from `start` of a Postgres row hold this model's
    /// fields, type for type.
    fn accepts_pg(row: &PgRow, start: usize) -> bool {
        let _ = (row, start);
        false
    }
}

/// How the values of a model's columns are checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Types {
    /// Each value against its field's type, as it is decoded.
    EachValue,
    /// Once for the result: the columns' types were found to hold the
    /// fields', so each value is decoded without asking again.
    Approved,
}

#[derive(Clone, Copy)]
struct Start {
    at: usize,
    types: Types,
}

/// Where each model's columns sit in the rows of one result, found on
/// the first row asked about: every row of a result has the same columns.
#[derive(Default)]
pub struct Layout {
    found: RefCell<Vec<(TypeId, &'static str, Option<Start>)>>,
}

impl Layout {
    /// The `M` whose columns are named `{prefix}{column}` in `row`.
    pub fn read<M: Positional>(&self, row: &QueryResult, prefix: &'static str) -> Result<M, DbErr> {
        match self.start::<M>(row, prefix) {
            Some(start) => M::read_at(row, start.at, start.types),
            None => M::from_query_result(row, prefix),
        }
    }

    /// Like [`Layout::read`], for a LEFT JOIN: `None` where it found no row.
    pub fn joined<M: Positional>(
        &self,
        row: &QueryResult,
        prefix: &'static str,
    ) -> Result<Option<M>, DbErr> {
        let id: Option<i64> = match self.start::<M>(row, prefix) {
            Some(start) => value(row, start.at, start.types)?,
            None => row.try_get(prefix, "id")?,
        };
        match id {
            Some(_) => self.read(row, prefix).map(Some),
            None => Ok(None),
        }
    }

    /// How `M`'s columns under `prefix` are read in this result, `row`
    /// being one of its rows: `None` by name, else by position with their
    /// values' types checked as told.
    pub fn reads_by_position<M: Positional>(
        &self,
        row: &QueryResult,
        prefix: &'static str,
    ) -> Option<Types> {
        self.start::<M>(row, prefix).map(|start| start.types)
    }

    /// Where `M`'s columns start.
    fn start<M: Positional>(&self, row: &QueryResult, prefix: &'static str) -> Option<Start> {
        let key = (TypeId::of::<M>(), prefix);
        let mut found = self.found.borrow_mut();
        // A page asks this for every row and relation: the prefix, a
        // constant, is told by its address rather than compared byte by
        // byte. A copy of it elsewhere would only be found once more.
        if let Some((_, _, start)) = found
            .iter()
            .find(|(t, p, _)| *t == key.0 && std::ptr::eq(*p, key.1))
        {
            return *start;
        }
        let start = run_in(row, prefix, M::COLUMNS).map(|at| Start {
            at,
            types: match row.try_as_pg_row() {
                Some(pg) if M::accepts_pg(pg, at) => Types::Approved,
                _ => Types::EachValue,
            },
        });
        found.push((key.0, key.1, start));
        start
    }
}

/// The value in column `at` of `row`, its type checked as `types` says.
fn value<T: Field + TryGetable>(row: &QueryResult, at: usize, types: Types) -> Result<T, DbErr> {
    match (types, row.try_as_pg_row()) {
        (Types::Approved, Some(pg)) => T::read(pg, at),
        _ => row.try_get_by_index(at),
    }
}

/// Where the columns `{prefix}{column}` of `columns` follow each other in
/// `row`. A Postgres row lends its column names; sea-orm's own list would
/// allocate a `String` for each of a page's fifty columns.
fn run_in(row: &QueryResult, prefix: &str, columns: &[&str]) -> Option<usize> {
    use sea_orm::sqlx::{Column, Row};
    match row.try_as_pg_row() {
        Some(pg) => {
            let names: Vec<&str> = pg.columns().iter().map(Column::name).collect();
            run_of(&names, prefix, columns)
        }
        None => {
            let names = row.column_names();
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            run_of(&names, prefix, columns)
        }
    }
}

/// Where the columns `{prefix}{column}` of `columns` follow each other in
/// `names`.
fn run_of(names: &[&str], prefix: &str, columns: &[&str]) -> Option<usize> {
    if columns.is_empty() {
        return None;
    }
    names.windows(columns.len()).position(|window| {
        window
            .iter()
            .zip(columns)
            .all(|(name, column)| name.strip_prefix(prefix) == Some(column))
    })
}

/// Reads the listed fields, in order, from consecutive columns.
macro_rules! positional {
    ($($entity:ident { $($field:ident),+ $(,)? })+) => {$(
        impl Positional for $entity::Model {
            const COLUMNS: &'static [&'static str] = &[$(stringify!($field)),+];

            #[allow(unused_assignments)]
            fn read_at(row: &QueryResult, start: usize, types: Types) -> Result<Self, DbErr> {
                let mut at = start;
                // Fields are evaluated in the order written, as COLUMNS lists them.
                Ok(Self {
                    $($field: {
                        let here = at;
                        at += 1;
                        value(row, here, types)?
                    }),+
                })
            }

            #[allow(unused_assignments)]
            fn accepts_pg(row: &PgRow, start: usize) -> bool {
                let mut at = start;
                $(
                    if !store::pg::field::accepts_at(|model: &Self| &model.$field, row, at) {
                        return false;
                    }
                    at += 1;
                )+
                true
            }
        }
    )+};
}

positional! {
    case_study {
        id, owner_org_id, initiative_id, external_id, title, summary, body, service_area,
        language, visibility, status, published_at, created_at, updated_at, version,
        deleted_at, featured, verified_at, verified_by_org_id, verified_note, hidden_at,
        hidden_by_org_id, hidden_reason,
    }
    organisation {
        id, slug, name, kind, gss_code, nation, club_member, active, created_at, updated_at,
        version,
    }
    initiative {
        id, owner_org_id, title, summary, star_step, service_area, visibility,
        impact_score, ease_score, annual_cost, annual_benefit, currency, benefit_cost_ratio,
        created_at, updated_at, version, deleted_at, language,
    }
    peer_review {
        id, kind, host_org_id, visitor_org_id, initiative_id, case_study_id, status,
        proposed_for, message, findings, findings_shared, requested_by_org_id, created_at,
        updated_at, version,
    }
    charter {
        id, owner_org_id, initiative_id, title, status, commitments, risks, signatories,
        visibility, created_at, updated_at, version, deleted_at, adopted_at, retired_at,
        language, template_id,
    }
}

// Read rarely, or a few rows at a time: by name.
impl Positional for audit_log::Model {}
impl Positional for barrier_survey::Model {}
impl Positional for business_case::Model {}
impl Positional for charter_template::Model {}
impl Positional for community_asset::Model {}
impl Positional for incentive::Model {}
impl Positional for incentive_template::Model {}
impl Positional for participant::Model {}
impl Positional for survey_response::Model {}
impl Positional for survey_run::Model {}
impl Positional for case_study_change::Model {}
impl Positional for charter_version::Model {}
impl Positional for content_report::Model {}
impl Positional for evidence::Model {}
impl Positional for indicator_measurement::Model {}
impl Positional for outcome_indicator::Model {}
impl Positional for pathway_link::Model {}
impl Positional for pathway_step::Model {}
impl Positional for revision::Model {}
impl Positional for translation::Model {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_run_is_found_whole_and_after_a_lookalike_column() {
        // A case study's `initiative_id` looks like the joined initiative's
        // first column; only the whole run counts.
        let row = [
            "id",
            "initiative_id",
            "title",
            "initiative_id",
            "initiative_title",
        ];
        assert_eq!(run_of(&row, "", &["id", "initiative_id", "title"]), Some(0));
        assert_eq!(run_of(&row, "initiative_", &["id", "title"]), Some(3));
        assert_eq!(run_of(&row, "owner_", &["id", "title"]), None);
        assert_eq!(run_of(&row, "", &[]), None, "an empty list is read by name");
        assert_eq!(run_of(&row, "", &["title", "id"]), None, "order counts");
    }
}
