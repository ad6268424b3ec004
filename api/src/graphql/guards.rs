//! Role checks on resolvers. What a caller may touch stays in the scope
//! layer; these only check that its token grants the role.

use async_graphql::{Context, Guard};

use crate::{
    error::AppError,
    graphql::context::ContextExt,
    scope::{Caller, Role},
};

pub struct RoleGuard(Role);

impl RoleGuard {
    pub fn new(role: Role) -> Self {
        Self(role)
    }
}

impl Guard for RoleGuard {
    async fn check(&self, ctx: &Context<'_>) -> async_graphql::Result<()> {
        match ctx.scoped_db()?.caller() {
            Caller::Anonymous => Err(AppError::Unauthenticated.into()),
            Caller::Member { roles, .. } if roles.allows(self.0) => Ok(()),
            Caller::Member { .. } => Err(AppError::Forbidden(match self.0 {
                Role::Viewer => "this needs a token with a role",
                Role::Editor => "this needs a token with the EDITOR or ADMIN role",
                Role::Admin => "this needs a token with the ADMIN role",
                Role::Sync => "this needs a token with the SYNC role",
            })
            .into()),
        }
    }
}
