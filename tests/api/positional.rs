//! Rows read by position give the models reading by name gives, for every
//! row of the demo network and for a joined relation under its prefix.

use api::db::{
    joined,
    positional::{Layout, Positional},
};
use entity::{case_study, charter, initiative, organisation, peer_review};
use sea_orm::{
    ConnectionTrait, EntityTrait, QueryResult, QueryTrait,
    sea_query::{Alias, Expr, ExprTrait, JoinType},
};

use crate::helpers::TestApp;

fn same_both_ways<M: Positional + PartialEq + std::fmt::Debug>(
    rows: &[QueryResult],
    prefix: &'static str,
) {
    let layout = Layout::of(rows);
    assert!(
        layout.reads_by_position::<M>(prefix),
        "{} under {prefix:?} is not read by position",
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
