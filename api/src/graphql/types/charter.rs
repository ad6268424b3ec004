use async_graphql::{Context, ID, Object, SimpleObject};
use chrono::{DateTime, Utc};
use entity::{
    charter, charter_version,
    translation::{self, RiskText},
    vocabulary::ContentKind,
};

use crate::{
    error::Result,
    graphql::{
        context::ContextExt,
        ids::{self, NodeType},
        types::{
            connection::CountedConnection,
            enums::{CharterStatus, CommitmentKind, CommitmentParty, RiskLevel, Visibility},
            initiative::Initiative,
            organisation::Organisation,
            revision::{self, Revision},
            scalars::Date,
            toolkit::charter_template::{CharterTemplate, TemplateDifference, differences},
            translation::{Original, Translation},
        },
    },
};

pub struct Charter(pub charter::Model);

/// One right or responsibility of one party.
#[derive(SimpleObject)]
pub struct Commitment {
    /// The side the commitment binds.
    pub party: CommitmentParty,
    /// A right or a responsibility.
    pub kind: CommitmentKind,
    /// What is committed to.
    pub text: String,
}

/// Someone who signed a charter for one side.
#[derive(SimpleObject)]
pub struct Signatory {
    /// Who signed.
    pub name: String,
    /// Their role, as signed.
    pub role: String,
    /// The side they signed for.
    pub party: CommitmentParty,
    /// When they signed, when known.
    pub signed_on: Option<Date>,
}

fn signatories(stored: &serde_json::Value) -> Vec<Signatory> {
    serde_json::from_value::<Vec<charter::Signatory>>(stored.clone())
        .unwrap_or_default()
        .into_iter()
        .map(|s| Signatory {
            name: s.name,
            role: s.role,
            party: s.party.into(),
            signed_on: s.signed_on.map(Date),
        })
        .collect()
}

pub(crate) fn commitments(stored: &serde_json::Value) -> Vec<Commitment> {
    serde_json::from_value::<Vec<charter::Commitment>>(stored.clone())
        .unwrap_or_default()
        .into_iter()
        .map(|c| Commitment {
            party: c.party.into(),
            kind: c.kind.into(),
            text: c.text,
        })
        .collect()
}

pub(crate) fn risks(stored: &serde_json::Value) -> Vec<Risk> {
    serde_json::from_value::<Vec<charter::Risk>>(stored.clone())
        .unwrap_or_default()
        .into_iter()
        .map(|r| Risk {
            description: r.description,
            likelihood: r.likelihood.into(),
            impact: r.impact.into(),
            mitigation: r.mitigation,
        })
        .collect()
}

impl Charter {
    /// Its text as a record in a language.
    fn original(&self) -> Original<'_> {
        Original {
            kind: ContentKind::Charter,
            id: self.0.id,
            language: &self.0.language,
            updated_at: self.0.updated_at,
        }
    }

    /// The list `part` of the translation `lang` asks for, if it has one
    /// of `len` items: a list of another length is OUTDATED, its items no
    /// longer line up with the original's, which then stand.
    async fn translated<T: serde::de::DeserializeOwned>(
        &self,
        ctx: &Context<'_>,
        lang: Option<String>,
        len: usize,
        part: impl FnOnce(translation::Model) -> Option<serde_json::Value>,
    ) -> Result<Option<Vec<T>>> {
        let served = self.original().served(ctx, lang.as_deref()).await?;
        Ok(served
            .and_then(part)
            .and_then(|value| serde_json::from_value::<Vec<T>>(value).ok())
            .filter(|list| list.len() == len))
    }
}

pub struct CharterVersion(pub charter_version::Model);

/// A charter as it was adopted: kept unchanged, since people signed it.
#[Object]
impl CharterVersion {
    /// 1 for the first adoption, then 2, 3, ...
    async fn number(&self) -> i32 {
        self.0.number
    }
    /// The title as adopted.
    async fn title(&self) -> &str {
        &self.0.title
    }
    /// The rights and responsibilities as adopted.
    #[graphql(
        complexity = "crate::graphql::cost::list(crate::repo::charter::draft::MAX_COMMITMENTS, child_complexity)"
    )]
    async fn commitments(&self) -> Vec<Commitment> {
        commitments(&self.0.commitments)
    }
    /// The risks and their management as adopted.
    #[graphql(
        complexity = "crate::graphql::cost::list(crate::repo::charter::draft::MAX_RISKS, child_complexity)"
    )]
    async fn risks(&self) -> Vec<Risk> {
        risks(&self.0.risks)
    }
    /// Who signed this version.
    #[graphql(
        complexity = "crate::graphql::cost::list(crate::repo::charter::draft::MAX_SIGNATORIES, child_complexity)"
    )]
    async fn signatories(&self) -> Vec<Signatory> {
        signatories(&self.0.signatories)
    }
    /// When this version was adopted.
    async fn adopted_at(&self) -> DateTime<Utc> {
        self.0.adopted_at
    }
}

/// A risk identified in a charter and how it is managed.
#[derive(SimpleObject)]
pub struct Risk {
    /// The risk.
    pub description: String,
    /// How likely it is.
    pub likelihood: RiskLevel,
    /// How much harm it would do.
    pub impact: RiskLevel,
    /// How it is managed (insurance cover, a confidentiality declaration, ...).
    pub mitigation: String,
}

/// A Co-Production Charter: the rights and responsibilities of the public service and the community, and the risks identified with how they are managed.
#[Object]
impl Charter {
    /// Global id.
    pub async fn id(&self) -> ID {
        ids::encode(NodeType::Charter, self.0.id)
    }
    /// The organisation that owns and edits this charter.
    async fn owner(&self, ctx: &Context<'_>) -> Result<Organisation> {
        Organisation::named(ctx, self.0.owner_org_id).await
    }
    /// The initiative this charter belongs to, when the caller may see it.
    async fn initiative(&self, ctx: &Context<'_>) -> Result<Option<Initiative>> {
        Initiative::readable(ctx, self.0.initiative_id).await
    }
    /// 1 to 200 characters. In `lang` when translated into it (else the original); without `lang`, as Accept-Language prefers.
    async fn title(&self, ctx: &Context<'_>, lang: Option<String>) -> Result<String> {
        Ok(match self.original().served(ctx, lang.as_deref()).await? {
            Some(translation) => translation.title,
            None => self.0.title.clone(),
        })
    }
    /// BCP 47 language tag of the original text.
    async fn language(&self) -> &str {
        &self.0.language
    }
    /// The language `title`, `commitments` and `risks` answer in for the same `lang` (or Accept-Language).
    async fn served_language(&self, ctx: &Context<'_>, lang: Option<String>) -> Result<String> {
        self.original().served_language(ctx, lang.as_deref()).await
    }
    /// What each write changed, newest first: empty unless your organisation owns it.
    #[graphql(complexity = "crate::graphql::cost::page(first, child_complexity)")]
    async fn revisions(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, at most 100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor to read after (an endCursor of this list).")] after: Option<
            String,
        >,
    ) -> Result<CountedConnection<Revision>> {
        revision::page(ctx, ContentKind::Charter, self.0.id, first, after).await
    }
    /// The languages it can be read in: the original first, then each translation.
    async fn translations(&self, ctx: &Context<'_>) -> Result<Vec<Translation>> {
        self.original().languages(ctx).await
    }
    /// DRAFT, ADOPTED or RETIRED.
    async fn status(&self) -> CharterStatus {
        self.0.status.into()
    }
    /// Rights and responsibilities of both sides, in the charter's order. Their text translated as `title` is.
    #[graphql(
        complexity = "crate::graphql::cost::list(crate::repo::charter::draft::MAX_COMMITMENTS, child_complexity)"
    )]
    async fn commitments(
        &self,
        ctx: &Context<'_>,
        lang: Option<String>,
    ) -> Result<Vec<Commitment>> {
        let mut list = commitments(&self.0.commitments);
        let texts: Option<Vec<String>> = self
            .translated(ctx, lang, list.len(), |t| t.commitments)
            .await?;
        for (item, text) in list.iter_mut().zip(texts.into_iter().flatten()) {
            item.text = text;
        }
        Ok(list)
    }
    /// The risks identified and how each is managed. Their words translated as `title` is.
    #[graphql(
        complexity = "crate::graphql::cost::list(crate::repo::charter::draft::MAX_RISKS, child_complexity)"
    )]
    async fn risks(&self, ctx: &Context<'_>, lang: Option<String>) -> Result<Vec<Risk>> {
        let mut list = risks(&self.0.risks);
        let texts: Option<Vec<RiskText>> =
            self.translated(ctx, lang, list.len(), |t| t.risks).await?;
        for (item, text) in list.iter_mut().zip(texts.into_iter().flatten()) {
            item.description = text.description;
            item.mitigation = text.mitigation;
        }
        Ok(list)
    }
    /// Who signed it, for which side.
    #[graphql(
        complexity = "crate::graphql::cost::list(crate::repo::charter::draft::MAX_SIGNATORIES, child_complexity)"
    )]
    async fn signatories(&self) -> Vec<Signatory> {
        signatories(&self.0.signatories)
    }
    /// When it was last adopted.
    async fn adopted_at(&self) -> Option<DateTime<Utc>> {
        self.0.adopted_at
    }
    /// When it was retired; null unless RETIRED.
    async fn retired_at(&self) -> Option<DateTime<Utc>> {
        self.0.retired_at
    }
    /// Every adopted version, oldest first; a change to an adopted charter's text makes a DRAFT revision until it is adopted again.
    #[graphql(
        complexity = "crate::graphql::cost::list(crate::repo::charter::write::MAX_VERSIONS, child_complexity)"
    )]
    async fn versions(&self, ctx: &Context<'_>) -> Result<Vec<CharterVersion>> {
        let versions = ctx
            .loaders()?
            .charter_versions()
            .load_one(self.0.id)
            .await?
            .unwrap_or_default();
        Ok(versions.into_iter().map(CharterVersion).collect())
    }
    /// Who may read it.
    async fn visibility(&self) -> Visibility {
        self.0.visibility.into()
    }
    /// Increases with every change; pass it back as `expectedVersion` when updating.
    async fn version(&self) -> i32 {
        self.0.version
    }
    /// When it was created.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }
    /// When it last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
    /// The charter template it was adapted from, if any.
    async fn template(&self, ctx: &Context<'_>) -> Result<Option<CharterTemplate>> {
        let Some(id) = self.0.template_id else {
            return Ok(None);
        };
        let template = ctx.loaders()?.charter_templates().load_one(id).await?;
        Ok(template.map(CharterTemplate))
    }
    /// How it differs from its template: the commitments and risks it added and those it left out (empty without a template).
    async fn template_differences(&self, ctx: &Context<'_>) -> Result<Vec<TemplateDifference>> {
        let Some(id) = self.0.template_id else {
            return Ok(Vec::new());
        };
        let template = ctx.loaders()?.charter_templates().load_one(id).await?;
        Ok(template
            .map(|t| differences(&self.0, &t))
            .unwrap_or_default())
    }
}
