use async_graphql::{Context, ID, Object};
use entity::organisation;

use crate::{
    error::{AppError, Result},
    graphql::{
        context::ContextExt,
        fast::inline::{self, Plain, PlainFields},
        ids::{self, NodeType},
        types::enums::{Nation, OrganisationKind},
    },
};

pub struct Organisation(pub organisation::Model);

impl Organisation {
    /// The organisation `id` a record names, through the request's loader.
    pub async fn named(ctx: &Context<'_>, id: i64) -> Result<Organisation> {
        let org = ctx.loaders()?.organisations().load_one(id).await?;
        org.map(Organisation).ok_or(AppError::NotFound {
            entity: "organisation",
        })
    }
}

/// An organisation of the network: a council or a partner body. Every record has one owner organisation.
#[Object]
impl Organisation {
    /// Global id.
    pub async fn id(&self) -> ID {
        ids::encode(NodeType::Organisation, self.0.id)
    }
    /// Short, unique, URL-safe name (as in tokens' `org` claim).
    async fn slug(&self) -> &str {
        &self.0.slug
    }
    /// The organisation's full name.
    async fn name(&self) -> &str {
        &self.0.name
    }
    /// What kind of body it is.
    async fn kind(&self) -> OrganisationKind {
        self.0.kind.into()
    }
    /// The ONS GSS code of a council (E10000030, S12000040, ...); null for other bodies.
    async fn gss_code(&self) -> Option<&str> {
        self.0.gss_code.as_deref()
    }
    /// The UK nation it works in.
    async fn nation(&self) -> Nation {
        self.0.nation.into()
    }
    /// Increases with every change; pass it back as `expectedVersion` when updating.
    async fn version(&self) -> i32 {
        self.0.version
    }
    /// Whether the organisation belongs to the CitizenPoweredCouncil Club.
    async fn club_member(&self) -> bool {
        self.0.club_member
    }
}

impl PlainFields for Organisation {
    const PLAIN: &'static [(&'static str, Plain<Self>)] = &[
        ("id", |o, ctx| inline::ready(ctx, o.id(ctx))),
        ("slug", |o, ctx| inline::ready(ctx, o.slug(ctx))),
        ("name", |o, ctx| inline::ready(ctx, o.name(ctx))),
        ("kind", |o, ctx| inline::ready(ctx, o.kind(ctx))),
        ("gssCode", |o, ctx| inline::ready(ctx, o.gss_code(ctx))),
        ("nation", |o, ctx| inline::ready(ctx, o.nation(ctx))),
        ("version", |o, ctx| inline::ready(ctx, o.version(ctx))),
        ("clubMember", |o, ctx| {
            inline::ready(ctx, o.club_member(ctx))
        }),
    ];
}
