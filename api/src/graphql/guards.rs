//! Role checks on resolvers. What a caller may touch stays in the tenancy
//! layer; these only check that its token grants the role.

use async_graphql::{Context, Guard};

use crate::{
    error::AppError,
    graphql::context::ContextExt,
    tenancy::{Caller, Role},
};

pub struct RoleGuard {
    /// Any one of these is enough.
    roles: &'static [Role],
    refusal: &'static str,
}

impl RoleGuard {
    pub fn new(role: Role) -> Self {
        let (roles, refusal): (&'static [Role], _) = match role {
            Role::Viewer => (&[Role::Viewer], "this needs a token with a role"),
            Role::Editor => (
                &[Role::Editor],
                "this needs a token with the EDITOR or ADMIN role",
            ),
            Role::Admin => (&[Role::Admin], "this needs a token with the ADMIN role"),
            Role::Sync => (&[Role::Sync], "this needs a token with the SYNC role"),
            Role::Curator => (
                &[Role::Curator],
                "this needs a token with the CURATOR role of a network body",
            ),
        };
        Self { roles, refusal }
    }

    /// An organisation's ADMIN, or a network body's CURATOR (the tenancy
    /// layer checks the body).
    pub fn admin_or_curator() -> Self {
        Self {
            roles: &[Role::Admin, Role::Curator],
            refusal: "this needs a token with the ADMIN or CURATOR role",
        }
    }

    /// Partner machines (SYNC) and people who edit (EDITOR, ADMIN).
    pub fn sync_or_editor() -> Self {
        Self {
            roles: &[Role::Sync, Role::Editor],
            refusal: "this needs a token with the SYNC, EDITOR or ADMIN role",
        }
    }
}

impl Guard for RoleGuard {
    async fn check(&self, ctx: &Context<'_>) -> async_graphql::Result<()> {
        match ctx.scoped_db()?.caller() {
            Caller::Anonymous => Err(AppError::Unauthenticated.into()),
            Caller::Member { roles, .. } if self.roles.iter().any(|&r| roles.allows(r)) => Ok(()),
            Caller::Member { .. } => Err(AppError::Forbidden(self.refusal).into()),
        }
    }
}
