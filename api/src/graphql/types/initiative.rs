use async_graphql::{Context, ID, Object};
use chrono::{DateTime, Utc};
use entity::{initiative, vocabulary::ContentKind};

use crate::{
    domain,
    domain::small_numbers::Audience,
    error::{AppError, Result},
    graphql::{
        context::ContextExt,
        fast::inline::{self, Inline, Plain, PlainFields},
        ids::{self, NodeType},
        loaders::FirstCaseStudies,
        types::{
            appraisal::Appraisal,
            case_study::CaseStudy,
            charter::Charter,
            connection::{CountedConnection, TotalCount, connection},
            enums::{CoType, ServiceArea, StarStep, Visibility},
            indicator::OutcomeIndicator,
            initiative_match::InitiativeMatch,
            organisation::Organisation,
            pathway::{Pathway, PathwayLink},
            revision::{self, Revision},
            toolkit::{
                business_case::BusinessCase,
                incentive::Incentive,
                people::{AssetSummary, CommunityAsset, Participant},
            },
            translation::{Original, Translation},
        },
    },
    repo::{
        self,
        case_study::read::{CaseStudyFilter, CaseStudyOrder},
        labels::Labels,
    },
    store::keyset::{Page, PageArgs},
    tenancy::OrgId,
};

/// Reads a `first` of similar initiatives: 1 to 50, 10 when null.
pub fn matches_wanted(first: Option<i32>) -> Result<usize> {
    let first = first.unwrap_or(repo::similar::DEFAULT_MATCHES);
    match usize::try_from(first) {
        Ok(n @ 1..=repo::similar::MAX_MATCHES) => Ok(n),
        _ => Err(AppError::bad_input(
            "first",
            format!(
                "first is from 1 to {}, got {first}",
                repo::similar::MAX_MATCHES
            ),
        )),
    }
}

impl Initiative {
    async fn load_pathway(&self, ctx: &Context<'_>) -> Result<repo::pathway::read::Pathway> {
        Ok(ctx
            .loaders()?
            .pathways()
            .load_one(self.0.id)
            .await?
            .unwrap_or_default())
    }
}

pub struct Initiative(pub initiative::Model);

impl Initiative {
    /// The initiative `id` a record names, when the caller may read it.
    pub async fn readable(ctx: &Context<'_>, id: Option<i64>) -> Result<Option<Initiative>> {
        let Some(id) = id else {
            return Ok(None);
        };
        Ok(ctx
            .loaders()?
            .initiatives()
            .load_one(id)
            .await?
            .flatten()
            .map(Initiative))
    }

    /// Its Co's and tags, through their loader.
    async fn labels(&self, ctx: &Context<'_>) -> Result<Labels> {
        let loaded = ctx
            .loaders()?
            .initiative_labels()
            .load_one(self.0.id)
            .await?;
        Ok(loaded.unwrap_or_default())
    }
}

impl Initiative {
    /// Its text as a record in a language.
    fn original(&self) -> Original<'_> {
        Original {
            kind: ContentKind::Initiative,
            id: self.0.id,
            language: &self.0.language,
            updated_at: self.0.updated_at,
        }
    }
}

impl PlainFields for Initiative {
    const PLAIN: &'static [(&'static str, Plain<Self>)] = &[
        ("id", |i, ctx| inline::ready(ctx, i.id(ctx))),
        ("title", |i, ctx| i.original().inline(ctx, &i.0.title)),
        ("summary", |i, ctx| i.original().inline(ctx, &i.0.summary)),
        ("language", |i, ctx| inline::ready(ctx, i.language(ctx))),
        // Its labels come through a loader: the executor answers them.
        ("coTypes", |_, _| None),
        ("starStep", |i, ctx| inline::ready(ctx, i.star_step(ctx))),
        ("serviceArea", |i, ctx| {
            inline::ready(ctx, i.service_area(ctx))
        }),
        ("tags", |_, _| None),
        ("visibility", |i, ctx| inline::ready(ctx, i.visibility(ctx))),
        ("version", |i, ctx| inline::ready(ctx, i.version(ctx))),
        ("createdAt", |i, ctx| inline::ready(ctx, i.created_at(ctx))),
        ("updatedAt", |i, ctx| inline::ready(ctx, i.updated_at(ctx))),
    ];
}

/// A council's co-production programme, placed on the Co-Production Star's five-step journey.
#[Object]
impl Initiative {
    /// Global id.
    pub async fn id(&self) -> ID {
        ids::encode(NodeType::Initiative, self.0.id)
    }
    /// The organisation that owns and edits this initiative.
    async fn owner(&self, ctx: &Context<'_>) -> Result<Organisation> {
        Organisation::named(ctx, self.0.owner_org_id).await
    }
    /// 1 to 200 characters. In `lang` when translated into it (else the original); without `lang`, as Accept-Language prefers.
    async fn title(&self, ctx: &Context<'_>, lang: Option<String>) -> Result<String> {
        Ok(match self.original().served(ctx, lang.as_deref()).await? {
            Some(translation) => translation.title,
            None => self.0.title.clone(),
        })
    }
    /// 1 to 1,000 characters. Translated as `title` is.
    async fn summary(&self, ctx: &Context<'_>, lang: Option<String>) -> Result<String> {
        Ok(match self.original().served(ctx, lang.as_deref()).await? {
            Some(translation) => translation
                .summary
                .unwrap_or_else(|| self.0.summary.clone()),
            None => self.0.summary.clone(),
        })
    }
    /// BCP 47 language tag of the original text.
    async fn language(&self) -> &str {
        &self.0.language
    }
    /// The language `title` and `summary` answer in for the same `lang` (or Accept-Language).
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
        revision::page(ctx, ContentKind::Initiative, self.0.id, first, after).await
    }
    /// The languages it can be read in: the original first, then each translation.
    async fn translations(&self, ctx: &Context<'_>) -> Result<Vec<Translation>> {
        self.original().languages(ctx).await
    }
    /// The Co's it uses (at least one).
    async fn co_types(&self, ctx: &Context<'_>) -> Result<Vec<CoType>> {
        Ok(CoType::list(&self.labels(ctx).await?.co_types))
    }
    /// Where it stands on the five-step journey.
    async fn star_step(&self) -> StarStep {
        self.0.star_step.into()
    }
    /// The council service it belongs to.
    async fn service_area(&self) -> ServiceArea {
        self.0.service_area.into()
    }
    /// Lower-case, hyphenated tags.
    async fn tags(&self, ctx: &Context<'_>) -> Result<Vec<String>> {
        Ok(self.labels(ctx).await?.tags)
    }
    /// Who may read it.
    async fn visibility(&self) -> Visibility {
        self.0.visibility.into()
    }
    /// The Focus It appraisal: Impact Matrix scores and the business case.
    async fn appraisal(&self, ctx: &Context<'_>) -> Result<Appraisal> {
        // Read here, beside `businessCase`, so that both share one batch.
        let business_case = if ctx.look_ahead().field("benefitCostRatio").exists() {
            ctx.loaders()?.business_cases().load_one(self.0.id).await?
        } else {
            None
        };
        Ok(Appraisal {
            appraisal: domain::appraisal::Appraisal::of(&self.0),
            business_case: business_case
                .as_ref()
                .and_then(repo::toolkit::business_case::of_model),
        })
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
    /// The case studies of this initiative the caller may see, most recently updated first.
    #[graphql(complexity = "crate::graphql::cost::page(first, child_complexity)")]
    async fn case_studies(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Page size, at most 100 (default 20).")] first: Option<i32>,
        #[graphql(desc = "Cursor to read after (an endCursor of this list).")] after: Option<
            String,
        >,
    ) -> Result<CountedConnection<Inline<CaseStudy>>> {
        let args = PageArgs::forward(first, after);
        let total = TotalCount::InitiativeCaseStudies(self.0.id);
        if args.after.is_some() {
            // Paging on from a cursor concerns one initiative: a direct query.
            let filter = CaseStudyFilter {
                initiative_id: Some(self.0.id),
                ..Default::default()
            };
            let page = repo::case_study::read::page(
                ctx.scoped_db()?,
                &filter,
                CaseStudyOrder::UpdatedAt,
                &args,
                repo::case_study::read::Joined::default(),
            )
            .await?;
            return Ok(connection(page.map(|(row, _)| row), total, |row| {
                Inline(CaseStudy::from(row))
            }));
        }
        // The first page of many initiatives at once goes through a loader.
        let size = args.validate("UPDATED_AT")?.size();
        let key = FirstCaseStudies {
            initiative_id: self.0.id,
            first: size + 1,
        };
        let rows = ctx
            .loaders()?
            .initiative_case_studies()
            .load_one(key)
            .await?
            .unwrap_or_default();
        Ok(connection(
            Page::first_of(rows, size, repo::case_study::read::updated_at_cursor),
            total,
            |row| Inline(CaseStudy::from(row)),
        ))
    }
    /// The pathway to outcomes: steps, links and the graded evidence on each link.
    async fn pathway(&self, ctx: &Context<'_>) -> Result<Pathway> {
        Ok(Pathway(self.load_pathway(ctx).await?))
    }
    /// The links of the pathway with no evidence at `minNestaLevel` or above, in pathway order: where to gather evidence next.
    #[graphql(
        complexity = "crate::graphql::cost::list(crate::repo::initiative::parts::MAX_LINKS, child_complexity)"
    )]
    async fn evidence_gaps(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            default = 2,
            desc = "The Nesta Standards of Evidence level a link needs, 1 to 5."
        )]
        min_nesta_level: Option<i32>,
    ) -> Result<Vec<PathwayLink>> {
        let level = domain::validate::one_to_five(
            "minNestaLevel",
            min_nesta_level.unwrap_or(2),
            "a level",
        )?;
        let pathway = self.load_pathway(ctx).await?;
        Ok(pathway
            .evidence_gaps(level)
            .into_iter()
            .cloned()
            .map(PathwayLink)
            .collect())
    }
    /// Outcome and process indicators, oldest first.
    #[graphql(
        complexity = "crate::graphql::cost::list(crate::repo::initiative::parts::MAX_INDICATORS, child_complexity)"
    )]
    async fn indicators(&self, ctx: &Context<'_>) -> Result<Vec<OutcomeIndicator>> {
        let indicators = ctx
            .loaders()?
            .indicators()
            .load_one(self.0.id)
            .await?
            .unwrap_or_default();
        Ok(indicators.into_iter().map(OutcomeIndicator).collect())
    }
    /// Initiatives of other organisations the caller may see that tackle the same problem, best first.
    #[graphql(complexity = "crate::graphql::cost::matches(first, child_complexity)")]
    async fn peer_matches(
        &self,
        ctx: &Context<'_>,
        #[graphql(
            default_with = "Some(crate::repo::similar::DEFAULT_MATCHES)",
            desc = "How many, at most 50."
        )]
        first: Option<i32>,
    ) -> Result<Vec<InitiativeMatch>> {
        let first = matches_wanted(first)?;
        let matches = ctx
            .loaders()?
            .peer_matches()
            .load_one(self.0.id)
            .await?
            .unwrap_or_default();
        Ok(matches
            .into_iter()
            .take(first)
            .map(InitiativeMatch)
            .collect())
    }
    /// The charters of this initiative the caller may see.
    #[graphql(
        complexity = "crate::graphql::cost::list(crate::repo::charter::write::MAX_CHARTERS_PER_INITIATIVE, child_complexity)"
    )]
    async fn charters(&self, ctx: &Context<'_>) -> Result<Vec<Charter>> {
        let charters = ctx
            .loaders()?
            .initiative_charters()
            .load_one(self.0.id)
            .await?
            .unwrap_or_default();
        Ok(charters.into_iter().map(Charter).collect())
    }
    /// Community assets the initiative can draw on, those the caller may see (See What You Can Do).
    #[graphql(
        complexity = "crate::graphql::cost::list(crate::repo::toolkit::MAX_ASSETS, child_complexity)"
    )]
    async fn assets(&self, ctx: &Context<'_>) -> Result<Vec<CommunityAsset>> {
        let assets = ctx.loaders()?.assets().load_one(self.0.id).await?;
        Ok(assets
            .unwrap_or_default()
            .into_iter()
            .map(CommunityAsset)
            .collect())
    }
    /// What its participants offer and need, counted by category: outside the owner council, any count below 5 is withheld.
    async fn asset_summary(&self, ctx: &Context<'_>) -> Result<AssetSummary> {
        let loaders = ctx.loaders()?;
        // Asked for together, so that they join the batches of this level.
        let (tally, assets) = futures_util::try_join!(
            loaders.participant_tallies().load_one(self.0.id),
            loaders.assets().load_one(self.0.id),
        )?;
        let tally = tally.ok_or(AppError::NotFound {
            entity: "initiative",
        })?;
        Ok(AssetSummary {
            tally,
            assets: assets.map_or(0, |a| a.len() as i64),
        })
    }
    /// Its participants, pseudonymous: for members of the owner council only (empty for anyone else).
    #[graphql(
        complexity = "crate::graphql::cost::list(crate::repo::toolkit::MAX_PARTICIPANTS, child_complexity)"
    )]
    async fn participants(&self, ctx: &Context<'_>) -> Result<Vec<Participant>> {
        let rows = ctx.loaders()?.participants().load_one(self.0.id).await?;
        Ok(rows
            .unwrap_or_default()
            .into_iter()
            .map(Participant)
            .collect())
    }
    /// Its incentive menu (Market It): uptake below 5 is withheld outside the owner council.
    #[graphql(
        complexity = "crate::graphql::cost::list(crate::repo::toolkit::MAX_INCENTIVES, child_complexity)"
    )]
    async fn incentives(&self, ctx: &Context<'_>) -> Result<Vec<Incentive>> {
        let audience = if ctx.scoped_db()?.caller().org() == Some(OrgId(self.0.owner_org_id)) {
            Audience::Owner
        } else {
            Audience::Others
        };
        let rows = ctx.loaders()?.incentives().load_one(self.0.id).await?;
        Ok(rows
            .unwrap_or_default()
            .into_iter()
            .map(|model| Incentive { model, audience })
            .collect())
    }
    /// Its business case (Focus It), when it has one.
    async fn business_case(&self, ctx: &Context<'_>) -> Result<Option<BusinessCase>> {
        let row = ctx.loaders()?.business_cases().load_one(self.0.id).await?;
        Ok(row.and_then(|row| {
            Some(BusinessCase {
                case: repo::toolkit::business_case::of_model(&row)?,
                updated_at: row.updated_at,
            })
        }))
    }
}
