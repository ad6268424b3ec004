use std::{borrow::Cow, future};

use async_graphql::{Context, ID, Lookahead, Object, Value};
use chrono::{DateTime, Utc};
use entity::{
    case_study, initiative, organisation,
    vocabulary::{ContentKind, IndicatorKind, Nation},
};

use crate::{
    domain::{
        completeness::{self, Facts},
        language::is_welsh,
        search::SearchTerms,
    },
    error::Result,
    graphql::{
        context::ContextExt,
        fast::inline::{self, Plain, PlainFields},
        ids::{self, NodeType},
        loaders::Loaders,
        types::{
            connection::CountedConnection,
            connection::selected,
            enums::{CaseStudyStatus, CoType, ServiceArea, Visibility},
            initiative::Initiative,
            organisation::Organisation,
            revision::{self, Revision},
            search_highlight::SearchHighlight,
            translation::{Original, Translation},
        },
    },
    repo::{self, labels::Labels},
    store::{
        keyset::Page,
        search::{highlight, title_highlight},
    },
};

/// A case study, with the relations its page read alongside it (none
/// when it was found otherwise).
pub struct CaseStudy(
    pub case_study::Model,
    // Boxed: a case study travels in every field's future.
    Option<Box<Joined>>,
);

/// The longest passage `searchHighlight` answers, in characters.
const PASSAGE_CHARS: usize = 200;

/// The relations a page read alongside a case study, as the types that
/// answer for them: answered inline, they are lent, not copied.
struct Joined {
    owner: Option<Organisation>,
    /// `Some(None)`: joined, and there is no initiative the caller may read.
    initiative: Option<Option<Initiative>>,
    labels: Option<Labels>,
}

impl From<case_study::Model> for CaseStudy {
    fn from(model: case_study::Model) -> Self {
        Self(model, None)
    }
}

impl CaseStudy {
    /// The case study `id`, when the caller may read it.
    pub async fn readable(ctx: &Context<'_>, id: i64) -> Result<Option<CaseStudy>> {
        let found = ctx.loaders()?.case_studies().load_one(id).await?;
        Ok(found.map(CaseStudy::from))
    }

    /// A row of a page, with the relations the page joined: its fields
    /// answer from them, not through a loader's cache, which cost more than
    /// the rest of a portal page's fields together.
    pub fn with_relations(
        model: case_study::Model,
        relations: repo::case_study::read::Relations,
    ) -> Self {
        let joined = Joined {
            owner: relations.owner.map(Organisation),
            initiative: relations.initiative.map(|i| i.map(Initiative)),
            labels: relations.labels,
        };
        Self(model, Some(Box::new(joined)))
    }

    /// The owner its page joined.
    fn joined_owner(&self) -> Option<&Organisation> {
        self.1.as_ref()?.owner.as_ref()
    }

    /// Its initiative as the caller may read it (`Some(None)`: none, or
    /// hidden), when that is known without a loader.
    fn joined_initiative(&self) -> Option<Option<&Initiative>> {
        if self.0.initiative_id.is_none() {
            return Some(None);
        }
        self.1.as_ref()?.initiative.as_ref().map(Option::as_ref)
    }

    /// The Co's and tags its page read.
    fn joined_labels(&self) -> Option<&Labels> {
        self.1.as_ref()?.labels.as_ref()
    }

    /// Its text as a record in a language.
    fn original(&self) -> Original<'_> {
        Original {
            kind: ContentKind::CaseStudy,
            id: self.0.id,
            language: &self.0.language,
            updated_at: self.0.updated_at,
        }
    }

    /// Its Co's and tags: those its page read, else through their loader.
    async fn labels(&self, ctx: &Context<'_>) -> Result<Cow<'_, Labels>> {
        if let Some(labels) = self.joined_labels() {
            return Ok(Cow::Borrowed(labels));
        }
        let loaded = ctx
            .loaders()?
            .case_study_labels()
            .load_one(self.0.id)
            .await?;
        Ok(Cow::Owned(loaded.unwrap_or_default()))
    }
}

impl PlainFields for CaseStudy {
    const PLAIN: &'static [(&'static str, Plain<Self>)] = &[
        ("id", |c, ctx| inline::ready(ctx, c.id(ctx))),
        ("owner", |c, ctx| inline::object(ctx, c.joined_owner()?)),
        ("initiative", |c, ctx| match c.joined_initiative()? {
            Some(initiative) => inline::object(ctx, initiative),
            None => Some(Value::Null),
        }),
        ("title", |c, ctx| c.original().inline(ctx, &c.0.title)),
        ("summary", |c, ctx| c.original().inline(ctx, &c.0.summary)),
        ("body", |c, ctx| c.original().inline(ctx, &c.0.body)),
        ("coTypes", |c, ctx| {
            let labels = c.joined_labels()?;
            inline::ready(ctx, future::ready(CoType::list(&labels.co_types)))
        }),
        ("serviceArea", |c, ctx| {
            inline::ready(ctx, c.service_area(ctx))
        }),
        ("tags", |c, ctx| {
            let labels = c.joined_labels()?;
            inline::ready(ctx, future::ready(labels.tags.as_slice()))
        }),
        ("language", |c, ctx| inline::ready(ctx, c.language(ctx))),
        ("visibility", |c, ctx| inline::ready(ctx, c.visibility(ctx))),
        ("status", |c, ctx| inline::ready(ctx, c.status(ctx))),
        ("publishedAt", |c, ctx| {
            inline::ready(ctx, c.published_at(ctx))
        }),
        ("externalId", |c, ctx| {
            inline::ready(ctx, c.external_id(ctx))
        }),
        ("version", |c, ctx| inline::ready(ctx, c.version(ctx))),
        ("createdAt", |c, ctx| inline::ready(ctx, c.created_at(ctx))),
        ("updatedAt", |c, ctx| inline::ready(ctx, c.updated_at(ctx))),
        ("featured", |c, ctx| inline::ready(ctx, c.featured(ctx))),
    ];
}

/// A written account of co-production practice.
#[Object]
impl CaseStudy {
    /// Global id.
    pub async fn id(&self) -> ID {
        ids::encode(NodeType::CaseStudy, self.0.id)
    }
    /// The organisation that owns and edits this case study.
    async fn owner(&self, ctx: &Context<'_>) -> Result<Organisation> {
        if let Some(owner) = self.joined_owner() {
            return Ok(Organisation(owner.0.clone()));
        }
        Organisation::named(ctx, self.0.owner_org_id).await
    }
    /// The initiative this case study reports on, when the caller may see it.
    async fn initiative(&self, ctx: &Context<'_>) -> Result<Option<Initiative>> {
        if let Some(initiative) = self.joined_initiative() {
            return Ok(initiative.map(|initiative| Initiative(initiative.0.clone())));
        }
        Initiative::readable(ctx, self.0.initiative_id).await
    }
    /// 1 to 200 characters. In `lang` when translated into it (else the original); without `lang`, as Accept-Language prefers.
    async fn title(&self, ctx: &Context<'_>, lang: Option<String>) -> Result<String> {
        Ok(match self.original().served(ctx, lang.as_deref()).await? {
            Some(translation) => translation.title,
            None => self.0.title.clone(),
        })
    }
    /// One or two sentences for lists and search results. Translated as `title` is.
    async fn summary(&self, ctx: &Context<'_>, lang: Option<String>) -> Result<String> {
        Ok(match self.original().served(ctx, lang.as_deref()).await? {
            Some(translation) => translation
                .summary
                .unwrap_or_else(|| self.0.summary.clone()),
            None => self.0.summary.clone(),
        })
    }
    /// The full account, plain text with paragraphs separated by blank lines. Translated as `title` is.
    async fn body(&self, ctx: &Context<'_>, lang: Option<String>) -> Result<String> {
        Ok(match self.original().served(ctx, lang.as_deref()).await? {
            Some(translation) => translation.body.unwrap_or_else(|| self.0.body.clone()),
            None => self.0.body.clone(),
        })
    }
    /// Where this case study holds the words of `search` (pass the search its list was found by): its title and the passage of its summary or body that holds most of them, in the text `title`, `summary` and `body` answer with for the same `lang`.
    async fn search_highlight(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The words searched for, as given to `filter.search`.")] search: String,
        lang: Option<String>,
    ) -> Result<SearchHighlight> {
        let terms = SearchTerms::parse_field(&search, "search")?;
        let served = self.original().served(ctx, lang.as_deref()).await?;
        let language = self
            .original()
            .served_language(ctx, lang.as_deref())
            .await?;
        let welsh = is_welsh(&language);
        let (title, summary, body) = match served {
            Some(t) => (
                t.title,
                t.summary.unwrap_or_else(|| self.0.summary.clone()),
                t.body.unwrap_or_else(|| self.0.body.clone()),
            ),
            None => (
                self.0.title.clone(),
                self.0.summary.clone(),
                self.0.body.clone(),
            ),
        };
        let passage = highlight(&terms, &summary, welsh, PASSAGE_CHARS)
            .or_else(|| highlight(&terms, &body, welsh, PASSAGE_CHARS));
        Ok(SearchHighlight {
            title: title_highlight(&terms, &title, welsh).into(),
            passage: passage.map(Into::into).unwrap_or_default(),
        })
    }
    /// The language `title`, `summary` and `body` answer in for the same `lang` (or Accept-Language).
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
        revision::page(ctx, ContentKind::CaseStudy, self.0.id, first, after).await
    }
    /// The languages it can be read in: the original first, then each translation.
    async fn translations(&self, ctx: &Context<'_>) -> Result<Vec<Translation>> {
        self.original().languages(ctx).await
    }
    /// The Co's the case shows (at least one).
    async fn co_types(&self, ctx: &Context<'_>) -> Result<Vec<CoType>> {
        Ok(CoType::list(&self.labels(ctx).await?.co_types))
    }
    /// The council service it belongs to.
    async fn service_area(&self) -> ServiceArea {
        self.0.service_area.into()
    }
    /// Lower-case, hyphenated tags.
    async fn tags(&self, ctx: &Context<'_>) -> Result<Vec<String>> {
        Ok(self.labels(ctx).await?.tags.clone())
    }
    /// BCP 47 language tag of the text (`en`, `cy`).
    async fn language(&self) -> &str {
        &self.0.language
    }
    /// Who may read it; PUBLIC ones are shown to anonymous callers once published.
    async fn visibility(&self) -> Visibility {
        self.0.visibility.into()
    }
    /// Where it is in its editorial life.
    async fn status(&self) -> CaseStudyStatus {
        self.0.status.into()
    }
    /// When it was first published; null while a draft.
    async fn published_at(&self) -> Option<DateTime<Utc>> {
        self.0.published_at
    }
    /// The key the owner's own system uses for this case study (unique per owner).
    async fn external_id(&self) -> Option<&str> {
        self.0.external_id.as_deref()
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
    /// Featured by a network body's curator: the Explorer shows it first.
    async fn featured(&self) -> bool {
        self.0.featured
    }
    /// When a network body's curator verified it; any later edit of its content clears it.
    async fn verified_at(&self) -> Option<DateTime<Utc>> {
        self.0.verified_at
    }
    /// The network body that verified it.
    async fn verified_by(&self, ctx: &Context<'_>) -> Result<Option<Organisation>> {
        match self.0.verified_by_org_id {
            Some(id) => Ok(Some(Organisation::named(ctx, id).await?)),
            None => Ok(None),
        }
    }
    /// What the curator said when verifying it.
    async fn verification_note(&self) -> Option<&str> {
        self.0.verified_note.as_deref()
    }
    /// When a curator hid it from the public, pending its owner's response (members still read it).
    async fn hidden_at(&self) -> Option<DateTime<Utc>> {
        self.0.hidden_at
    }
    /// Why it was hidden.
    async fn hidden_reason(&self) -> Option<&str> {
        self.0.hidden_reason.as_deref()
    }
    /// The recommended parts it has, of those that apply to it, and those it lacks.
    async fn completeness(&self, ctx: &Context<'_>) -> Result<Completeness> {
        Completeness::of(ctx, self).await
    }
}

/// How complete a case study is.
pub struct Completeness {
    score: f64,
    missing: Vec<&'static str>,
}

/// The recommended parts a case study has: a Co, a star step and an outcome indicator through its initiative, evidence on a pathway link, a summary of at least 200 characters, and for a Welsh council's case study a Welsh text.
#[Object]
impl Completeness {
    /// The share of the parts that apply which it has, 0 to 1.
    async fn score(&self) -> f64 {
        self.score
    }
    /// The parts it lacks: `coType`, `starStep`, `outcomeIndicator`, `evidence`, `summary`, `welshTranslation`.
    async fn missing(&self) -> &[&'static str] {
        &self.missing
    }
}

impl Completeness {
    async fn of(ctx: &Context<'_>, case_study: &CaseStudy) -> Result<Self> {
        let model = &case_study.0;
        let loaders = ctx.loaders()?;
        let initiative = match model.initiative_id {
            Some(id) => loaders.initiatives().load_one(id).await?.flatten(),
            None => None,
        };
        let (indicators, pathway) = match &initiative {
            Some(i) => (
                loaders
                    .indicators()
                    .load_one(i.id)
                    .await?
                    .unwrap_or_default(),
                loaders.pathways().load_one(i.id).await?,
            ),
            None => (Vec::new(), None),
        };
        let owner = loaders.organisations().load_one(model.owner_org_id).await?;
        let translations = case_study.original().languages(ctx).await?;
        let facts = Facts {
            has_co_type: !case_study.labels(ctx).await?.co_types.is_empty(),
            has_star_step: initiative.is_some(),
            has_outcome_indicator: indicators
                .iter()
                .any(|i| i.indicator.kind == IndicatorKind::Outcome),
            has_evidence: pathway.is_some_and(|p| p.links.iter().any(|l| !l.evidence.is_empty())),
            summary_chars: model.summary.chars().count(),
            welsh_council: owner.is_some_and(|o| o.nation == Nation::Wales),
            in_welsh: translations.iter().any(|t| is_welsh(t.language_tag())),
        };
        let (score, missing) = completeness::assess(&facts);
        Ok(Self { score, missing })
    }
}

/// Relations joined to case studies, on their way to the loaders.
#[derive(Default)]
struct LoaderFeed {
    owners: Vec<(i64, organisation::Model)>,
    initiatives: Vec<(i64, Option<initiative::Model>)>,
    labels: Vec<(i64, Labels)>,
}

impl LoaderFeed {
    fn take(&mut self, row: &case_study::Model, relations: repo::case_study::read::Relations) {
        if let Some(owner) = relations.owner {
            self.owners.push((owner.id, owner));
        }
        // An initiative the caller may not read joins as NULL: the loader
        // learns that it is hidden, as its own statement would have told it.
        if let (Some(id), Some(initiative)) = (row.initiative_id, relations.initiative) {
            self.initiatives.push((id, initiative));
        }
        if let Some(labels) = relations.labels {
            self.labels.push((row.id, labels));
        }
    }

    /// The loaders then answer these relations without a statement.
    async fn hand_to(self, loaders: &Loaders) {
        loaders.organisations().feed_many(self.owners).await;
        loaders.initiatives().feed_many(self.initiatives).await;
        loaders.case_study_labels().feed_many(self.labels).await;
    }
}

/// Reads the case studies `ids`, joined with the relations `look` selects
/// (their labels, and the initiative's charters too), in one statement, and hands them all to
/// the loaders: a case study asked for by id with its owner, initiative and
/// charters costs one statement, not four.
pub async fn prefetch_by_ids(ctx: &Context<'_>, ids: &[i64], look: &Lookahead<'_>) -> Result<()> {
    let wanted = repo::case_study::read::Joined {
        owner: look.field("owner").exists(),
        initiative: look.field("initiative").exists(),
        labels: look.field("coTypes").exists() || look.field("tags").exists(),
    };
    if ids.is_empty() || !(wanted.owner || wanted.initiative || wanted.labels) {
        return Ok(());
    }
    let db = ctx.scoped_db()?;
    let mut feed = LoaderFeed::default();
    let mut case_studies = Vec::with_capacity(ids.len());
    let mut charters = Vec::new();
    if look.field("initiative").field("charters").exists() {
        for found in repo::case_study::read::by_ids_with_charters(db, ids, wanted.owner).await? {
            if let (Some(id), Some(Some(_))) =
                (found.case_study.initiative_id, &found.relations.initiative)
            {
                charters.push((id, found.charters));
            }
            feed.take(&found.case_study, found.relations);
            case_studies.push((found.case_study.id, found.case_study));
        }
    } else {
        for (row, relations) in repo::case_study::read::by_ids_joined(db, ids, wanted).await? {
            feed.take(&row, relations);
            case_studies.push((row.id, row));
        }
    }
    let loaders = ctx.loaders()?;
    loaders.case_studies().feed_many(case_studies).await;
    if !charters.is_empty() {
        loaders.initiative_charters().feed_many(charters).await;
    }
    feed.hand_to(loaders).await;
    Ok(())
}

/// Prefetches, one statement per relation, what the page did not join:
/// the owners of its initiatives (and, for a search, which joins nothing,
/// the initiatives first). The fields would batch on their own, but only the
/// keys that reach a loader within its batching window; loading them up
/// front makes the statement count of a page independent of timing.
pub async fn prefetch_relations(
    ctx: &Context<'_>,
    page: &Page<(case_study::Model, repo::case_study::read::Relations)>,
) -> Result<()> {
    if !selected(ctx, &["initiative", "owner"]) {
        return Ok(());
    }
    let loaders = ctx.loaders()?;
    let mut owners = Vec::new();
    let mut unjoined = Vec::new();
    for ((row, relations), _) in &page.rows {
        match (&relations.initiative, row.initiative_id) {
            (Some(joined), _) => owners.extend(joined.as_ref().map(|i| i.owner_org_id)),
            (None, Some(id)) => unjoined.push(id),
            (None, None) => {}
        }
    }
    if !unjoined.is_empty() {
        let found = loaders.initiatives().load_many(unjoined).await?;
        owners.extend(found.values().flatten().map(|i| i.owner_org_id));
    }
    if !owners.is_empty() {
        // The page's own owners, already read, are often theirs too.
        let read = page.rows.iter().filter_map(|((_, relations), _)| {
            let owner = relations.owner.as_ref()?;
            Some((owner.id, owner.clone()))
        });
        loaders.organisations().feed_many(read).await;
        loaders.organisations().load_many(owners).await?;
    }
    Ok(())
}
