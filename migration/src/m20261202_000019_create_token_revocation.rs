//! A revocation belongs to the organisation whose ADMIN made it: the key is
//! (organisation, `jti`), so one organisation can neither revoke another's
//! token nor block its revocation by taking the `jti` first. Each row
//! keeps the time after which no token it could match is still valid, so
//! that revocations are pruned instead of growing for ever.
//!
//! SQLite cannot change a primary key in place: the revocations move to a
//! new table, `token_revocation`, their expiry the longest a token may
//! live (366 days) from now, and `revoked_token` is dropped.

use sea_orm_migration::{prelude::*, schema::*};

use crate::columns::{create_indexes, index, org_fk};

#[derive(DeriveMigrationName)]
pub struct Migration;

const OLD: &str = "revoked_token";
const NEW: &str = "token_revocation";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(NEW)
                    .col(big_integer("owner_org_id"))
                    .col(string_len("jti", 200))
                    .col(string_len("revoked_by", 200))
                    .col(timestamp_with_time_zone("revoked_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .primary_key(Index::create().col("owner_org_id").col("jti"))
                    .foreign_key(&mut org_fk(NEW, "owner_org_id"))
                    .to_owned(),
            )
            .await?;
        let kept_until = chrono::Utc::now() + chrono::Duration::days(366);
        let copy = Query::insert()
            .into_table(NEW)
            .columns([
                "owner_org_id",
                "jti",
                "revoked_by",
                "revoked_at",
                "expires_at",
            ])
            .select_from(
                Query::select()
                    .columns(["owner_org_id", "jti", "revoked_by", "revoked_at"])
                    .expr(Expr::val(kept_until))
                    .from(OLD)
                    .to_owned(),
            )
            .map_err(|e| DbErr::Migration(e.to_string()))?
            .to_owned();
        manager.exec_stmt(copy).await?;
        manager
            .drop_table(Table::drop().table(OLD).to_owned())
            .await?;
        create_indexes(manager, vec![index(NEW, &["expires_at"])]).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(NEW).to_owned())
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OLD)
                    .col(string_len("jti", 200).primary_key())
                    .col(big_integer("owner_org_id"))
                    .col(string_len("revoked_by", 200))
                    .col(timestamp_with_time_zone("revoked_at"))
                    .foreign_key(&mut org_fk(OLD, "owner_org_id"))
                    .to_owned(),
            )
            .await?;
        create_indexes(manager, vec![index(OLD, &["revoked_at"])]).await
    }
}
