use async_graphql::{Context, Object};

use crate::{
    error::Result,
    graphql::types::{enums::Role, organisation::Organisation},
    tenancy::{OrgId, RoleSet, Subject},
};

pub struct Viewer {
    pub org: OrgId,
    pub roles: RoleSet,
    pub subject: Subject,
}

/// The caller, as its token says.
#[Object]
impl Viewer {
    /// The token's subject (`sub`): a person or a partner machine.
    async fn subject(&self) -> &str {
        &self.subject.0
    }
    /// The organisation the token was issued for.
    async fn organisation(&self, ctx: &Context<'_>) -> Result<Organisation> {
        Organisation::named(ctx, self.org.0).await
    }
    /// The roles the token grants.
    async fn roles(&self) -> Vec<Role> {
        self.roles.iter().map(Role::from).collect()
    }
}
