//! Rows read by position give the models reading by name gives, for every
//! row of the demo network and for a joined relation under its prefix; on
//! Postgres with the columns' types checked once per result, and a result
//! whose types do not fit is refused as reading by name refuses it.

use api::store::{
    joined,
    pg::positional::{Layout, Positional, Types},
};
use entity::{case_study, charter, initiative, organisation, peer_review};
use sea_orm::{
    ConnectionTrait, DatabaseBackend, EntityTrait, FromQueryResult, IdenStatic, Iterable,
    QueryResult, QueryTrait,
    sea_query::{Alias, Expr, ExprTrait, JoinType},
};

use crate::helpers::TestApp;

fn same_both_ways<M: Positional + PartialEq + std::fmt::Debug>(
    rows: &[QueryResult],
    prefix: &'static str,
) {
    let layout = Layout::default();
    let expected = match rows[0].try_as_pg_row() {
        Some(_) => Types::Approved,
        None => Types::EachValue,
    };
    assert_eq!(
        layout.reads_by_position::<M>(&rows[0], prefix),
        Some(expected),
        "how {} under {prefix:?} is read",
        std::any::type_name::<M>()
    );
    for row in rows {
        let by_name = M::from_query_result(row, prefix).expect("reads by name");
        let by_position = layout.read::<M>(row, prefix).expect("reads by position");
        assert_eq!(by_position, by_name);
    }
}

async fn rows_of<E: EntityTrait>(app: &TestApp) -> Vec<QueryResult> {
    let backend = app.db.get_database_backend();
    let rows = app
        .db
        .query_all_raw(backend.build(&E::find().into_query()))
        .await
        .expect("reads");
    assert!(!rows.is_empty(), "the demo network has rows");
    rows
}

#[tokio::test]
async fn rows_read_by_position_equal_rows_read_by_name() {
    let app = TestApp::with_demo().await;
    same_both_ways::<case_study::Model>(&rows_of::<case_study::Entity>(&app).await, "");
    same_both_ways::<organisation::Model>(&rows_of::<organisation::Entity>(&app).await, "");
    same_both_ways::<initiative::Model>(&rows_of::<initiative::Entity>(&app).await, "");
    same_both_ways::<peer_review::Model>(&rows_of::<peer_review::Entity>(&app).await, "");
    same_both_ways::<charter::Model>(&rows_of::<charter::Entity>(&app).await, "");

    // Each case study with its owner, whose columns come after its own.
    let mut select = case_study::Entity::find().into_query();
    select.join_as(
        JoinType::LeftJoin,
        organisation::Entity,
        Alias::new("owner"),
        Expr::col((Alias::new("owner"), organisation::Column::Id))
            .equals((case_study::Entity, case_study::Column::OwnerOrgId)),
    );
    joined::select_prefixed::<organisation::Entity>(&mut select, "owner", "owner_");
    let backend = app.db.get_database_backend();
    let rows = app
        .db
        .query_all_raw(backend.build(&select))
        .await
        .expect("reads");
    same_both_ways::<case_study::Model>(&rows, "");
    same_both_ways::<organisation::Model>(&rows, "owner_");
}

#[tokio::test]
async fn a_column_of_another_type_is_refused_not_misread() {
    let app = TestApp::with_demo().await;
    let backend = app.db.get_database_backend();
    // The organisation's columns in their order, its `version` as text: the
    // names fit, the type does not.
    let mut select = organisation::Entity::find().into_query();
    select.clear_selects();
    for column in <organisation::Entity as EntityTrait>::Column::iter() {
        match column {
            organisation::Column::Version => {
                select.expr_as(
                    Expr::col(column).cast_as(Alias::new("text")),
                    Alias::new("version"),
                );
            }
            _ => {
                select.column(column);
            }
        }
    }
    let rows = app
        .db
        .query_all_raw(backend.build(&select))
        .await
        .expect("reads");
    let layout = Layout::default();
    if backend == DatabaseBackend::Postgres {
        assert_eq!(
            layout.reads_by_position::<organisation::Model>(&rows[0], ""),
            Some(Types::EachValue),
            "a text column is not approved for an integer field"
        );
    }
    for row in &rows {
        let by_name = organisation::Model::from_query_result(row, "");
        let by_position = layout.read::<organisation::Model>(row, "");
        assert_eq!(
            by_position.is_err(),
            by_name.is_err(),
            "both readings agree: {by_position:?} / {by_name:?}"
        );
        if backend == DatabaseBackend::Postgres {
            assert!(by_position.is_err(), "text is not read as an integer");
        }
    }
}

/// `organisation` rows with `column` replaced by `value`, in the model's
/// column order.
async fn organisations_with(
    app: &TestApp,
    replaced: organisation::Column,
    value: sea_orm::Value,
) -> Vec<QueryResult> {
    let mut select = organisation::Entity::find().into_query();
    select.clear_selects();
    for column in <organisation::Entity as EntityTrait>::Column::iter() {
        if column.as_str() == replaced.as_str() {
            select.expr_as(Expr::val(value.clone()), Alias::new(column.as_str()));
        } else {
            select.column(column);
        }
    }
    let backend = app.db.get_database_backend();
    app.db
        .query_all_raw(backend.build(&select))
        .await
        .expect("reads")
}

#[tokio::test]
async fn timestamps_far_from_2000_read_the_same_both_ways() {
    let app = TestApp::with_demo().await;
    for at in [
        "2000-01-01T00:00:00Z",
        "1999-12-31T23:59:59.999999Z",
        "1970-01-01T00:00:00.000001Z",
        "1066-10-14T09:30:00.5Z",
        "0001-01-01T00:00:00Z",
        "2026-11-30T10:35:33.123456Z",
        "9999-12-31T23:59:59.999999Z",
    ] {
        let at: chrono::DateTime<chrono::Utc> = at.parse().expect("a timestamp");
        let rows = organisations_with(&app, organisation::Column::CreatedAt, at.into()).await;
        same_both_ways::<organisation::Model>(&rows, "");
        let read = Layout::default()
            .read::<organisation::Model>(&rows[0], "")
            .expect("reads");
        assert_eq!(read.created_at, at);
    }
}

#[tokio::test]
async fn text_outside_the_vocabulary_is_refused_both_ways() {
    let app = TestApp::with_demo().await;
    let rows = organisations_with(&app, organisation::Column::Kind, "MOON_BASE".into()).await;
    let layout = Layout::default();
    for row in &rows {
        assert!(organisation::Model::from_query_result(row, "").is_err());
        let refused = layout
            .read::<organisation::Model>(row, "")
            .expect_err("not an organisation kind");
        assert!(
            refused.to_string().contains("MOON_BASE"),
            "the error names the value: {refused}"
        );
    }
}
