use async_graphql::{Context, Object};

use crate::{
    db::charter_edit,
    error::Result,
    graphql::{
        context::ContextExt,
        guards::RoleGuard,
        types::{
            charter::Charter,
            write_inputs::{CreateCharterInput, UpdateCharterInput},
        },
    },
    scope::Role,
};

#[derive(Default)]
pub struct CharterMutation;

#[Object]
impl CharterMutation {
    /// Creates a charter of your organisation. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn create_charter(
        &self,
        ctx: &Context<'_>,
        input: CreateCharterInput,
    ) -> Result<Charter> {
        Ok(Charter(
            charter_edit::create(ctx.scoped_db()?, input.into_db()?).await?,
        ))
    }

    /// Changes a charter of your organisation. Needs EDITOR and the version you read.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn update_charter(
        &self,
        ctx: &Context<'_>,
        input: UpdateCharterInput,
    ) -> Result<Charter> {
        let (id, version, patch) = input.into_db()?;
        Ok(Charter(
            charter_edit::update(ctx.scoped_db()?, id, version, patch).await?,
        ))
    }
}
