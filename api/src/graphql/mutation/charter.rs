use async_graphql::{Context, ID, Object};

use crate::{
    error::Result,
    graphql::{
        context::ContextExt,
        guards::RoleGuard,
        ids::{self, NodeType},
        types::{
            charter::Charter,
            write_inputs::{CreateCharterInput, UpdateCharterInput},
        },
    },
    repo,
    tenancy::Role,
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
            repo::charter::write::create(ctx.scoped_db_for_write()?, input.into_db()?).await?,
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
            repo::charter::write::update(ctx.scoped_db_for_write()?, id, version, patch).await?,
        ))
    }

    /// Adopts a charter of your organisation as it stands at `expectedVersion`, keeping that text as a new entry of `versions`. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn adopt_charter(
        &self,
        ctx: &Context<'_>,
        id: ID,
        expected_version: i32,
    ) -> Result<Charter> {
        let id = ids::decode_as(&id, NodeType::Charter, "id")?;
        Ok(Charter(
            repo::charter::write::adopt(ctx.scoped_db_for_write()?, id, expected_version).await?,
        ))
    }

    /// Retires a charter of your organisation: it stays readable with its versions and no longer changes. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn retire_charter(
        &self,
        ctx: &Context<'_>,
        id: ID,
        expected_version: i32,
    ) -> Result<Charter> {
        let id = ids::decode_as(&id, NodeType::Charter, "id")?;
        Ok(Charter(
            repo::charter::write::retire(ctx.scoped_db_for_write()?, id, expected_version).await?,
        ))
    }
}
