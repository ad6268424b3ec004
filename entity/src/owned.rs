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
