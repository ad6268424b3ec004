use async_graphql::{Context, Object};

use crate::{
    auth::AuthHandle,
    error::Result,
    graphql::{context::ContextExt, guards::RoleGuard},
    repo,
    tenancy::Role,
};

#[derive(Default)]
pub struct TokenMutation;

#[Object]
impl TokenMutation {
    /// Revokes a token of your organisation by its `jti`: it is refused from then on, on every
    /// replica within seconds. A `jti` of another organisation's token revokes nothing of
    /// theirs. Answers the jti. Needs ADMIN.
    #[graphql(guard = "RoleGuard::new(Role::Admin)")]
    async fn revoke_token(&self, ctx: &Context<'_>, jti: String) -> Result<String> {
        let scoped = ctx.scoped_db_for_write()?;
        let org = repo::token::revoke(scoped, &jti).await?;
        if let Ok(auth) = ctx.data::<AuthHandle>() {
            auth.0.note_revoked(org, &jti);
        }
        Ok(jti)
    }
}
