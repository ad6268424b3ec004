//! What optimistic concurrency needs to know about a table: its id and
//! version columns.

use sea_orm::EntityTrait;

/// A table whose rows carry an `id` and a `version` that every write bumps.
pub trait Versioned: EntityTrait {
    fn id_column() -> Self::Column;
    fn version_column() -> Self::Column;
}

macro_rules! versioned {
    ($($module:ident),+) => {
        $(
            impl Versioned for crate::$module::Entity {
                fn id_column() -> Self::Column {
                    crate::$module::Column::Id
                }
                fn version_column() -> Self::Column {
                    crate::$module::Column::Version
                }
            }
        )+
    };
}

versioned!(case_study, charter, initiative, organisation, peer_review);
