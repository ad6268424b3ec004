use async_graphql::{Context, ID, Object};

use crate::{
    error::Result,
    graphql::{
        context::ContextExt,
        guards::RoleGuard,
        ids::{self, NodeType},
        types::{
            initiative::Initiative,
            write_inputs::{CreateInitiativeInput, UpdateInitiativeInput},
        },
    },
    repo,
    tenancy::Role,
};

#[derive(Default)]
pub struct InitiativeMutation;

#[Object]
impl InitiativeMutation {
    /// Creates an initiative of your organisation. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn create_initiative(
        &self,
        ctx: &Context<'_>,
        input: CreateInitiativeInput,
    ) -> Result<Initiative> {
        Ok(Initiative(
            repo::initiative::write::create(ctx.scoped_db_for_write()?, input.into_db()?).await?,
        ))
    }

    /// Changes an initiative of your organisation. Needs EDITOR and the version you read.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn update_initiative(
        &self,
        ctx: &Context<'_>,
        input: UpdateInitiativeInput,
    ) -> Result<Initiative> {
        let (id, version, patch) = input.into_db()?;
        Ok(Initiative(
            repo::initiative::write::update(ctx.scoped_db_for_write()?, id, version, patch).await?,
        ))
    }

    /// Deletes an initiative of your organisation; answers its id. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn delete_initiative(&self, ctx: &Context<'_>, id: ID) -> Result<ID> {
        repo::initiative::write::delete(
            ctx.scoped_db_for_write()?,
            ids::decode_as(&id, NodeType::Initiative, "id")?,
        )
        .await?;
        Ok(id)
    }
}
