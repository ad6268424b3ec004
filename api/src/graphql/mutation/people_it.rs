//! See What You Can Do: community assets and participants.

use async_graphql::{Context, ID, Object};
use entity::participant::Contribution;

use crate::{
    error::Result,
    graphql::{
        context::ContextExt,
        guards::RoleGuard,
        ids::{self, NodeType},
        types::toolkit::{
            inputs::{CommunityAssetInput, ContributionInput, ParticipantInput},
            people::{CommunityAsset, Participant},
        },
    },
    repo::toolkit::{
        assets::{self, NewAsset},
        participants::{self, NewParticipant},
    },
    tenancy::Role,
};

fn contributions(list: Vec<ContributionInput>) -> Vec<Contribution> {
    list.into_iter()
        .map(|c| Contribution {
            category: c.category.into(),
            description: c.description,
            availability: c.availability.into_iter().map(Into::into).collect(),
        })
        .collect()
}

#[derive(Default)]
pub struct PeopleItMutation;

#[Object]
impl PeopleItMutation {
    /// Adds a community asset to an initiative of your organisation. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn add_community_asset(
        &self,
        ctx: &Context<'_>,
        initiative_id: ID,
        input: CommunityAssetInput,
    ) -> Result<CommunityAsset> {
        let id = ids::decode_as(&initiative_id, NodeType::Initiative, "initiativeId")?;
        let new = NewAsset {
            kind: input.kind.into(),
            description: input.description,
            location: input.location,
            contact_route: input.contact_route,
            visibility: input.visibility.into(),
        };
        Ok(CommunityAsset(
            assets::add(ctx.scoped_db_for_write()?, id, new).await?,
        ))
    }

    /// Removes a community asset of your organisation; answers its id. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn remove_community_asset(&self, ctx: &Context<'_>, id: ID) -> Result<ID> {
        let asset = ids::decode_as(&id, NodeType::CommunityAsset, "id")?;
        assets::remove(ctx.scoped_db_for_write()?, asset).await?;
        Ok(id)
    }

    /// Records a participant of an initiative of your organisation: pseudonymous (a reference, never a name, email or phone) and read by your organisation only. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn add_participant(
        &self,
        ctx: &Context<'_>,
        initiative_id: ID,
        input: ParticipantInput,
    ) -> Result<Participant> {
        let id = ids::decode_as(&initiative_id, NodeType::Initiative, "initiativeId")?;
        let new = NewParticipant {
            reference: input.reference,
            consented_on: input.consented_on.0,
            willingness: input.willingness.into(),
            offers: contributions(input.offers),
            needs: contributions(input.needs),
        };
        Ok(Participant(
            participants::add(ctx.scoped_db_for_write()?, id, new).await?,
        ))
    }

    /// Withdraws a participant's consent: their offers and needs are deleted for good. Needs EDITOR.
    #[graphql(guard = "RoleGuard::new(Role::Editor)")]
    async fn withdraw_participant_consent(&self, ctx: &Context<'_>, id: ID) -> Result<Participant> {
        let participant = ids::decode_as(&id, NodeType::Participant, "id")?;
        Ok(Participant(
            participants::withdraw(ctx.scoped_db_for_write()?, participant).await?,
        ))
    }
}
