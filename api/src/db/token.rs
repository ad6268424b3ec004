//! Revoking tokens: a revoked `jti` is refused by every replica from then on.

use chrono::Utc;
use entity::{
    revoked_token,
    vocabulary::{AuditAction, AuditEntity},
};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};

use super::{
    audit::{self, Entry},
    validate,
};
use crate::{error::Result, scope::ScopedDb};

/// Revokes `jti`; revoking it again changes nothing.
pub async fn revoke(db: &ScopedDb, jti: &str) -> Result<()> {
    let writer = db.writer()?;
    let jti = validate::text("jti", jti, 200)?;
    let (_turn, txn) = db.begin_write().await?;
    if revoked_token::Entity::find_by_id(jti.clone())
        .one(&txn)
        .await?
        .is_none()
    {
        revoked_token::ActiveModel {
            jti: Set(jti.clone()),
            owner_org_id: Set(writer.org().0),
            revoked_by: Set(writer.subject().to_owned()),
            revoked_at: Set(Utc::now()),
        }
        .insert(&txn)
        .await?;
        let entry = Entry {
            action: AuditAction::Revoke,
            entity: AuditEntity::Token,
            entity_ref: jti,
            version_before: None,
            version_after: None,
        };
        audit::record(&txn, &writer, entry).await?;
    }
    txn.commit().await?;
    Ok(())
}
