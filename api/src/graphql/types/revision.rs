//! A record's revision history: what each write changed.

use async_graphql::{Context, Object, SimpleObject};
use chrono::{DateTime, Utc};
use entity::{revision, vocabulary::ContentKind};
use serde_json::Value;

use crate::{
    domain::revision::text_of,
    error::Result,
    graphql::{
        context::ContextExt,
        ids::{self, NodeType},
        types::{
            connection::{CountedConnection, TotalCount, connection},
            organisation::Organisation,
        },
    },
    repo,
    store::keyset::PageArgs,
};

/// One write of a record, as its history shows it.
pub struct Revision(revision::Model);

/// One write of a case study, initiative or charter: the version it made, when, by whom, and what changed.
#[Object]
impl Revision {
    /// The version the write made.
    async fn version(&self) -> i32 {
        self.0.version
    }
    /// When it was written.
    async fn changed_at(&self) -> DateTime<Utc> {
        self.0.changed_at
    }
    /// The subject of the token that wrote it.
    async fn subject(&self) -> Option<&str> {
        self.0.subject.as_deref()
    }
    /// The organisation that wrote it.
    async fn organisation(&self, ctx: &Context<'_>) -> Result<Option<Organisation>> {
        match self.0.organisation_id {
            Some(id) => Ok(Some(Organisation::named(ctx, id).await?)),
            None => Ok(None),
        }
    }
    /// What changed, field by field (`title`, `coTypes`, `translations.cy.body`).
    async fn changes(&self) -> Result<Vec<FieldChange>> {
        Ok(repo::revision::changes_of(&self.0)?
            .into_iter()
            .map(|change| {
                let shown = |value: Option<Value>| value.map(|v| shown(&change.field, &v));
                FieldChange {
                    before: shown(change.before),
                    after: shown(change.after),
                    diff: change.diff.map(|d| d.unified),
                    field: change.field,
                }
            })
            .collect())
    }
}

/// A value as a client reads it: text as itself, a link (an initiative, a
/// verifying organisation) as a global id, anything else as JSON.
fn shown(field: &str, value: &Value) -> String {
    match (field, value.as_i64()) {
        ("initiativeId", Some(id)) => ids::encode(NodeType::Initiative, id).0,
        ("verifiedBy", Some(id)) => ids::encode(NodeType::Organisation, id).0,
        _ => text_of(value),
    }
}

/// One field's change. A long text keeps a unified diff in `diff` instead of `before` and `after`.
#[derive(SimpleObject)]
pub struct FieldChange {
    /// The field's name in the API; a translation's as `translations.<language>.<field>`.
    pub field: String,
    /// Its value before; null when it had none, or for a long text (see `diff`).
    pub before: Option<String>,
    /// Its value after; null when it has none, or for a long text (see `diff`).
    pub after: Option<String>,
    /// For a long text: the unified diff from before to after.
    pub diff: Option<String>,
}

/// The revisions of a record, newest first: empty unless the caller's organisation owns it.
pub async fn page(
    ctx: &Context<'_>,
    kind: ContentKind,
    id: i64,
    first: Option<i32>,
    after: Option<String>,
) -> Result<CountedConnection<Revision>> {
    let db = ctx.scoped_db()?;
    let (page, select) =
        repo::revision::page(db, kind, id, &PageArgs::forward(first, after)).await?;
    Ok(connection(page, TotalCount::of(select), Revision))
}
