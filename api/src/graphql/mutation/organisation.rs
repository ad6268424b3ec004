use async_graphql::{Context, InputObject, MaybeUndefined, Object};

use crate::{
    error::Result,
    graphql::{
        context::ContextExt,
        guards::RoleGuard,
        types::{
            enums::{Nation, OrganisationKind},
            organisation::Organisation,
        },
    },
    repo::{self, organisation::write::OrganisationPatch},
    tenancy::Role,
};

/// Changes to your own organisation: fields left out keep their value; `gssCode: null` clears it.
#[derive(InputObject)]
pub struct UpdateOrganisationInput {
    /// The version the change was made against; a stale one is a CONFLICT.
    pub expected_version: i32,
    pub name: Option<String>,
    pub kind: Option<OrganisationKind>,
    pub gss_code: MaybeUndefined<String>,
    pub nation: Option<Nation>,
}

#[derive(Default)]
pub struct OrganisationMutation;

#[Object]
impl OrganisationMutation {
    /// Updates your own organisation's entry in the directory. Needs ADMIN.
    #[graphql(guard = "RoleGuard::new(Role::Admin)")]
    async fn update_organisation(
        &self,
        ctx: &Context<'_>,
        input: UpdateOrganisationInput,
    ) -> Result<Organisation> {
        let patch = OrganisationPatch {
            name: input.name,
            kind: input.kind.map(Into::into),
            gss_code: match input.gss_code {
                MaybeUndefined::Undefined => None,
                MaybeUndefined::Null => Some(None),
                MaybeUndefined::Value(code) => Some(Some(code)),
            },
            nation: input.nation.map(Into::into),
        };
        Ok(Organisation(
            repo::organisation::write::update(
                ctx.scoped_db_for_write()?,
                input.expected_version,
                patch,
            )
            .await?,
        ))
    }
}
