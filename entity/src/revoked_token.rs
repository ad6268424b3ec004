//! A revoked token: the `jti` of a token of the organisation whose ADMIN
//! revoked it, refused from then on, and kept until no token it could
//! match is still valid.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "token_revocation")]
pub struct Model {
    /// The organisation whose token it is (and whose ADMIN revoked it).
    #[sea_orm(primary_key, auto_increment = false)]
    pub owner_org_id: i64,
    #[sea_orm(primary_key, auto_increment = false)]
    pub jti: String,
    pub revoked_by: String,
    pub revoked_at: DateTimeUtc,
    /// After this no token with this `jti` can be valid: the row is pruned.
    pub expires_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
