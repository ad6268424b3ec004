use async_graphql::{Context, Object};

use crate::{
    db,
    error::Result,
    graphql::{context::ContextExt, guards::RoleGuard},
    http::AuthHandle,
    scope::Role,
};

#[derive(Default)]
pub struct TokenMutation;

#[Object]
impl TokenMutation {
    /// Revokes a token by its `jti`: it is refused from then on. Answers the jti. Needs ADMIN.
    #[graphql(guard = "RoleGuard::new(Role::Admin)")]
    async fn revoke_token(&self, ctx: &Context<'_>, jti: String) -> Result<String> {
        db::token::revoke(ctx.scoped_db()?, &jti).await?;
        if let Ok(auth) = ctx.data::<AuthHandle>() {
            auth.0.note_revoked(&jti).await;
        }
        Ok(jti)
    }
}
