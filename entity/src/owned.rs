//! What the tenancy layer needs to know about a table: which column names the
//! owner organisation, which holds the visibility, and which marks a tombstone.

use sea_orm::EntityTrait;

/// A table whose rows belong to one organisation.
pub trait Owned: EntityTrait {
    /// The column holding the owner organisation's id.
    fn owner_column() -> Self::Column;
    /// The column holding the row's `Visibility`.
    fn visibility_column() -> Self::Column;
    /// The column set when the row is deleted (a tombstone), if the table keeps tombstones.
    fn deleted_at_column() -> Option<Self::Column>;
}

/// A table whose rows only their owner organisation ever reads: they have
/// no visibility at all (participants, survey runs and their responses).
pub trait OwnerOnly: EntityTrait {
    /// The column holding the owner organisation's id.
    fn owner_column() -> Self::Column;
}

/// A table of material a network body publishes for every council to use
/// (templates, questionnaires): anyone reads it, only its publisher writes.
pub trait Published: EntityTrait {
    /// The column holding the publisher organisation's id.
    fn publisher_column() -> Self::Column;
}

macro_rules! owner_only {
    ($($module:ident),+) => {
        $(
            impl OwnerOnly for crate::$module::Entity {
                fn owner_column() -> Self::Column {
                    crate::$module::Column::OwnerOrgId
                }
            }
        )+
    };
}

owner_only!(participant, survey_run, survey_response, survey_answer);

macro_rules! published {
    ($($module:ident),+) => {
        $(
            impl Published for crate::$module::Entity {
                fn publisher_column() -> Self::Column {
                    crate::$module::Column::PublisherOrgId
                }
            }
        )+
    };
}

published!(incentive_template, charter_template, barrier_survey);

impl Owned for crate::community_asset::Entity {
    fn owner_column() -> Self::Column {
        crate::community_asset::Column::OwnerOrgId
    }
    fn visibility_column() -> Self::Column {
        crate::community_asset::Column::Visibility
    }
    fn deleted_at_column() -> Option<Self::Column> {
        None
    }
}
