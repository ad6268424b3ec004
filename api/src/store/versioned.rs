//! Saving a record only if no other writer moved it since it was read.

use sea_orm::{ActiveModelTrait, ConnectionTrait};

/// Writes `next` over `current`'s row only if the row is still at `current`'s version
/// (another writer may have moved it since it was read): CONFLICT otherwise.
pub async fn save_versioned<E>(
    conn: &impl ConnectionTrait,
    current: &E::Model,
    next: E::Model,
) -> crate::error::Result<()>
where
    E: entity::Versioned,
    E::Model: sea_orm::IntoActiveModel<E::ActiveModel>,
{
    use sea_orm::{ColumnTrait, IntoActiveModel, ModelTrait, QueryFilter};
    let result = E::update_many()
        .set(next.into_active_model().reset_all())
        .filter(E::id_column().eq(current.get(E::id_column())))
        .filter(E::version_column().eq(current.get(E::version_column())))
        .exec(conn)
        .await?;
    if result.rows_affected == 1 {
        Ok(())
    } else {
        Err(crate::error::AppError::Conflict {
            message:
                "the record changed while this write ran; read it again and reapply your change"
                    .into(),
            current_version: None,
        })
    }
}
