//! Revoking tokens: a revoked `jti` of the caller's organisation is
//! refused by every replica from then on. A revocation names only tokens
//! of the organisation that made it, and is kept for as long as such a
//! token could still be valid.

use std::time::Duration;

use chrono::Utc;
use entity::{
    revoked_token,
    vocabulary::{AuditAction, AuditEntity},
};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DbErr, EntityTrait, PaginatorTrait,
    QueryFilter,
};

use crate::{
    domain::validate,
    error::{AppError, Result},
    repo::unit,
    store::Db,
    tenancy::{OrgId, ScopedDb},
};

/// The longest a token may live. A revocation is kept this long after it
/// was made, so a token whose `exp` lies further ahead is refused: no
/// pruned revocation could still have matched it.
pub const MAX_TOKEN_LIFETIME: Duration = Duration::from_secs(366 * 86_400);
/// Most revocations an organisation may hold at once: every request's
/// token check reads them, so one organisation's flood cannot grow them
/// without bound.
pub const MAX_LIVE_REVOCATIONS: u64 = 10_000;

/// Revokes `jti` for the caller's organisation; revoking it again changes
/// nothing. Answers the organisation whose token it names.
pub async fn revoke(db: &ScopedDb, jti: &str) -> Result<OrgId> {
    let writer = db.writer()?;
    let jti = validate::text("jti", jti, 200)?;
    let org = writer.org();
    unit::write(&writer, async move |unit| {
        let txn = unit.txn();
        let now = Utc::now();
        if revoked_token::Entity::find_by_id((org.0, jti.clone()))
            .one(txn)
            .await?
            .is_none()
        {
            let live = revoked_token::Entity::find()
                .filter(revoked_token::Column::OwnerOrgId.eq(org.0))
                .filter(revoked_token::Column::ExpiresAt.gt(now))
                .count(txn)
                .await?;
            if live >= MAX_LIVE_REVOCATIONS {
                return Err(AppError::bad_input(
                    "jti",
                    format!(
                        "your organisation already holds {MAX_LIVE_REVOCATIONS} revocations of tokens that may still be valid: issue tokens with shorter lives, or wait for revoked ones to expire"
                    ),
                ));
            }
            let kept_for = chrono::Duration::from_std(MAX_TOKEN_LIFETIME)
                .map_err(|e| AppError::Internal(anyhow::anyhow!(e)))?;
            revoked_token::ActiveModel {
                owner_org_id: Set(org.0),
                jti: Set(jti.clone()),
                revoked_by: Set(unit.writer().subject().to_owned()),
                revoked_at: Set(now),
                expires_at: Set(now + kept_for),
            }
            .insert(txn)
            .await?;
            unit.audit(AuditEntity::Token, AuditAction::Revoke, jti, None, None)
                .await?;
        }
        Ok(org)
    })
    .await
}

/// Every revocation of a token that may still be valid, as (organisation,
/// jti): what each replica's token check holds (see `auth`).
pub async fn live_revocations(db: &Db) -> Result<Vec<(i64, String)>, DbErr> {
    let rows = revoked_token::Entity::find()
        .filter(revoked_token::Column::ExpiresAt.gt(Utc::now()))
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|r| (r.owner_org_id, r.jti)).collect())
}

/// Deletes the revocations whose tokens have expired; answers how many.
pub async fn prune_expired(db: &Db) -> Result<u64, DbErr> {
    let done = revoked_token::Entity::delete_many()
        .filter(revoked_token::Column::ExpiresAt.lte(Utc::now()))
        .exec(db)
        .await?;
    Ok(done.rows_affected)
}
