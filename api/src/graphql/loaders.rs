//! Per-request DataLoaders: every field resolved once per list item goes
//! through one of these, so a page costs one statement per relation, not one
//! per row. They are built per request from the caller's scope, so a cached
//! value never crosses callers.

use std::{
    collections::HashMap,
    sync::{Arc, OnceLock},
};

use async_graphql::dataloader::{DataLoader, HashMapCache, Loader};
use entity::{
    business_case, case_study, charter, charter_template, charter_version, community_asset,
    incentive, incentive_template, initiative, organisation, participant, peer_review, survey_run,
    translation, vocabulary::ContentKind,
};

use crate::{
    error::AppError,
    metrics::METRICS,
    repo::{
        self,
        labels::{CaseStudyLabels, InitiativeLabels, Labels},
    },
    tenancy::ScopedDb,
};

type LoadResult<K, V> = Result<HashMap<K, V>, Arc<AppError>>;

fn by_id<M>(rows: Vec<M>, id: impl Fn(&M) -> i64) -> HashMap<i64, M> {
    rows.into_iter().map(|row| (id(&row), row)).collect()
}

/// An answer for every key, `None` for a row the caller may not see, so the
/// cache remembers the absence too: a page prefetches its relations, then
/// each row asks again, and an unseen key would otherwise load twice.
fn every_key<M>(keys: &[i64], rows: Vec<M>, id: impl Fn(&M) -> i64) -> HashMap<i64, Option<M>> {
    let mut found = by_id(rows, id);
    keys.iter().map(|key| (*key, found.remove(key))).collect()
}

pub struct OrganisationLoader(ScopedDb);
pub struct InitiativeLoader(ScopedDb);
pub struct CaseStudyLoader(ScopedDb);
pub struct CharterLoader(ScopedDb);
pub struct PeerReviewLoader(ScopedDb);
/// Charters of an initiative.
pub struct InitiativeChartersLoader(ScopedDb);
/// Case-study counts of an initiative.
pub struct InitiativeCaseStudyCountLoader(ScopedDb);
/// The first page of an initiative's case studies.
pub struct InitiativeCaseStudiesLoader(ScopedDb);
/// An initiative's pathway with its evidence.
pub struct PathwayLoader(ScopedDb);
/// An initiative's indicators with their measurements.
pub struct IndicatorsLoader(ScopedDb);
/// The best matches of an initiative among other organisations' (up to
/// `similar::MAX_MATCHES`; each field keeps the number it asked for).
pub struct PeerMatchesLoader(ScopedDb);
/// The adopted versions of a charter.
pub struct CharterVersionsLoader(ScopedDb);
/// A case study's Co's and tags.
pub struct CaseStudyLabelsLoader(ScopedDb);
/// An initiative's Co's and tags.
pub struct InitiativeLabelsLoader(ScopedDb);

/// The translations of a case study, initiative or charter.
pub struct TranslationsLoader(ScopedDb);

/// The network's incentive templates, by id.
pub struct IncentiveTemplateLoader(ScopedDb);
/// The network's charter templates, by id.
pub struct CharterTemplateLoader(ScopedDb);
/// The community assets of an initiative the caller may read.
pub struct AssetsLoader(ScopedDb);
/// What an initiative's participants add up to.
pub struct ParticipantTallyLoader(ScopedDb);
/// The caller's own participants of an initiative.
pub struct ParticipantsLoader(ScopedDb);
/// An initiative's incentive menu.
pub struct IncentivesLoader(ScopedDb);
/// An initiative's business case.
pub struct BusinessCaseLoader(ScopedDb);
/// The caller's own runs of a barrier survey.
pub struct OwnSurveyRunsLoader(ScopedDb);

/// Key of [`TranslationsLoader`]: a record of a kind that holds text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct TextRecord {
    pub kind: ContentKind,
    pub id: i64,
}

/// Key of [`InitiativeCaseStudiesLoader`]: an initiative and a page size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FirstCaseStudies {
    pub initiative_id: i64,
    pub first: u64,
}

impl Loader<i64> for OrganisationLoader {
    type Value = organisation::Model;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[i64]) -> LoadResult<i64, Self::Value> {
        METRICS.batch("organisation", keys.len());
        Ok(by_id(
            repo::organisation::read::by_ids(&self.0, keys).await?,
            |m| m.id,
        ))
    }
}

impl Loader<i64> for InitiativeLoader {
    type Value = Option<initiative::Model>;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[i64]) -> LoadResult<i64, Self::Value> {
        METRICS.batch("initiative", keys.len());
        Ok(every_key(
            keys,
            repo::initiative::read::by_ids(&self.0, keys).await?,
            |m| m.id,
        ))
    }
}

impl Loader<i64> for CaseStudyLoader {
    type Value = case_study::Model;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[i64]) -> LoadResult<i64, Self::Value> {
        METRICS.batch("case_study", keys.len());
        Ok(by_id(
            repo::case_study::read::by_ids(&self.0, keys).await?,
            |m| m.id,
        ))
    }
}

impl Loader<i64> for CharterLoader {
    type Value = charter::Model;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[i64]) -> LoadResult<i64, Self::Value> {
        METRICS.batch("charter", keys.len());
        Ok(by_id(
            repo::charter::read::by_ids(&self.0, keys).await?,
            |m| m.id,
        ))
    }
}

impl Loader<i64> for PeerReviewLoader {
    type Value = peer_review::Model;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[i64]) -> LoadResult<i64, Self::Value> {
        METRICS.batch("peer_review", keys.len());
        Ok(by_id(
            repo::peer_review::read::by_ids(&self.0, keys).await?,
            |m| m.id,
        ))
    }
}

impl Loader<i64> for InitiativeChartersLoader {
    type Value = Vec<charter::Model>;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[i64]) -> LoadResult<i64, Self::Value> {
        METRICS.batch("initiative_charters", keys.len());
        let mut grouped: HashMap<i64, Vec<charter::Model>> =
            keys.iter().map(|&k| (k, Vec::new())).collect();
        for charter in repo::charter::read::of_initiatives(&self.0, keys).await? {
            if let Some(list) = charter.initiative_id.and_then(|id| grouped.get_mut(&id)) {
                list.push(charter);
            }
        }
        Ok(grouped)
    }
}

impl Loader<i64> for InitiativeCaseStudyCountLoader {
    type Value = i64;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[i64]) -> LoadResult<i64, Self::Value> {
        METRICS.batch("initiative_case_study_count", keys.len());
        let mut counts: HashMap<i64, i64> = keys.iter().map(|&k| (k, 0)).collect();
        counts.extend(repo::case_study::read::count_by_initiative(&self.0, keys).await?);
        Ok(counts)
    }
}

impl Loader<FirstCaseStudies> for InitiativeCaseStudiesLoader {
    type Value = Vec<case_study::Model>;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[FirstCaseStudies]) -> LoadResult<FirstCaseStudies, Self::Value> {
        METRICS.batch("initiative_case_studies", keys.len());
        // Keys of one request nearly always share a page size: one statement per size.
        let mut sizes: HashMap<u64, Vec<i64>> = HashMap::new();
        for key in keys {
            sizes.entry(key.first).or_default().push(key.initiative_id);
        }
        let mut pages: HashMap<FirstCaseStudies, Vec<case_study::Model>> =
            keys.iter().map(|&k| (k, Vec::new())).collect();
        for (first, initiative_ids) in sizes {
            for row in repo::case_study::read::first_of_initiatives(&self.0, &initiative_ids, first)
                .await?
            {
                if let Some(initiative_id) = row.initiative_id
                    && let Some(page) = pages.get_mut(&FirstCaseStudies {
                        initiative_id,
                        first,
                    })
                {
                    page.push(row);
                }
            }
        }
        Ok(pages)
    }
}

impl Loader<i64> for PathwayLoader {
    type Value = repo::pathway::read::Pathway;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[i64]) -> LoadResult<i64, Self::Value> {
        METRICS.batch("pathway", keys.len());
        let mut pathways = repo::pathway::read::of_initiatives(&self.0, keys).await?;
        Ok(keys
            .iter()
            .map(|&k| (k, pathways.remove(&k).unwrap_or_default()))
            .collect())
    }
}

impl Loader<i64> for IndicatorsLoader {
    type Value = Vec<repo::indicator::read::Indicator>;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[i64]) -> LoadResult<i64, Self::Value> {
        METRICS.batch("indicators", keys.len());
        let mut indicators = repo::indicator::read::of_initiatives(&self.0, keys).await?;
        Ok(keys
            .iter()
            .map(|&k| (k, indicators.remove(&k).unwrap_or_default()))
            .collect())
    }
}

impl Loader<i64> for PeerMatchesLoader {
    type Value = Vec<crate::domain::similarity::Match>;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[i64]) -> LoadResult<i64, Self::Value> {
        METRICS.batch("peer_matches", keys.len());
        let subjects = repo::initiative::read::by_ids(&self.0, keys).await?;
        let subjects = repo::similar::described(&self.0, subjects).await?;
        let candidates = repo::similar::candidates(&self.0, &subjects).await?;
        let ranked =
            repo::similar::rank_each(subjects, candidates, repo::similar::MAX_MATCHES).await?;
        Ok(ranked.into_iter().collect())
    }
}

impl Loader<i64> for CharterVersionsLoader {
    type Value = Vec<charter_version::Model>;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[i64]) -> LoadResult<i64, Self::Value> {
        METRICS.batch("charter_versions", keys.len());
        let mut grouped: HashMap<i64, Vec<charter_version::Model>> =
            keys.iter().map(|&k| (k, Vec::new())).collect();
        for version in repo::charter::read::versions_of(&self.0, keys).await? {
            if let Some(list) = grouped.get_mut(&version.charter_id) {
                list.push(version);
            }
        }
        Ok(grouped)
    }
}

impl Loader<i64> for CaseStudyLabelsLoader {
    type Value = Labels;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[i64]) -> LoadResult<i64, Self::Value> {
        METRICS.batch("case_study_labels", keys.len());
        Ok(repo::labels::readable::<CaseStudyLabels>(&self.0, keys).await?)
    }
}

impl Loader<i64> for InitiativeLabelsLoader {
    type Value = Labels;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[i64]) -> LoadResult<i64, Self::Value> {
        METRICS.batch("initiative_labels", keys.len());
        Ok(repo::labels::readable::<InitiativeLabels>(&self.0, keys).await?)
    }
}

impl Loader<TextRecord> for TranslationsLoader {
    type Value = Vec<translation::Model>;
    type Error = Arc<AppError>;

    async fn load(&self, keys: &[TextRecord]) -> LoadResult<TextRecord, Self::Value> {
        METRICS.batch("translation", keys.len());
        let mut found = HashMap::with_capacity(keys.len());
        for kind in [
            ContentKind::CaseStudy,
            ContentKind::Initiative,
            ContentKind::Charter,
        ] {
            let ids: Vec<i64> = keys
                .iter()
                .filter(|k| k.kind == kind)
                .map(|k| k.id)
                .collect();
            if ids.is_empty() {
                continue;
            }
            let mut rows = repo::translation::read::for_records(&self.0, kind, &ids).await?;
            for id in ids {
                let key = TextRecord { kind, id };
                found.insert(key, rows.remove(&id).unwrap_or_default());
            }
        }
        Ok(found)
    }
}

/// Loaders of a value per key read as one map by a repository function:
/// a key the map lacks answers `Default` (an empty list) or nothing.
macro_rules! map_loaders {
    ($($loader:ident: $metric:literal, $value:ty, $read:path, $missing:ident;)*) => {$(
        impl Loader<i64> for $loader {
            type Value = $value;
            type Error = Arc<AppError>;

            async fn load(&self, keys: &[i64]) -> LoadResult<i64, Self::Value> {
                METRICS.batch($metric, keys.len());
                let found = $read(&self.0, keys).await?;
                Ok(map_loaders!(@$missing keys, found))
            }
        }
    )*};
    (@empty $keys:ident, $found:ident) => {{
        let mut found = $found;
        $keys.iter().map(|&k| (k, found.remove(&k).unwrap_or_default())).collect()
    }};
    (@absent $keys:ident, $found:ident) => {
        $found
    };
}

map_loaders! {
    IncentiveTemplateLoader: "incentive_templates", incentive_template::Model,
        repo::toolkit::incentives::templates_by_ids, absent;
    CharterTemplateLoader: "charter_templates", charter_template::Model,
        repo::toolkit::charter_templates::by_ids, absent;
    AssetsLoader: "assets", Vec<community_asset::Model>,
        repo::toolkit::assets::of_initiatives, empty;
    ParticipantTallyLoader: "participant_tallies", crate::tenancy::ParticipantTally,
        ScopedDb::participant_tallies, absent;
    ParticipantsLoader: "participants", Vec<participant::Model>,
        repo::toolkit::participants::of_initiatives, empty;
    IncentivesLoader: "incentives", Vec<incentive::Model>,
        repo::toolkit::incentives::of_initiatives, empty;
    BusinessCaseLoader: "business_cases", business_case::Model,
        repo::toolkit::business_case::of_initiatives, absent;
    OwnSurveyRunsLoader: "survey_runs", Vec<survey_run::Model>,
        repo::toolkit::surveys::own_runs, empty;
}

/// Declares [`Loaders`] and an accessor for each of its loaders.
macro_rules! loaders {
    ($($name:ident: $loader:ident ($key:ty),)*) => {
        /// The loaders of one request, each built when first asked for: a
        /// request uses two or three of them, and building all of them cost
        /// more than some requests' fields.
        pub struct Loaders {
            scoped: ScopedDb,
            $($name: OnceLock<DataLoader<$loader, HashMapCache>>,)*
        }

        impl Loaders {
            pub fn new(scoped: ScopedDb) -> Self {
                Self {
                    scoped,
                    $($name: OnceLock::new(),)*
                }
            }

            /// The caller's scope the loaders read in.
            pub fn scoped(&self) -> &ScopedDb {
                &self.scoped
            }

            $(pub fn $name(&self) -> &DataLoader<$loader, HashMapCache> {
                self.$name.get_or_init(|| loader($loader(self.scoped.clone())))
            })*

            /// Forgets every value loaded so far, so that what is asked
            /// next is read anew: a subscription's loaders outlive each
            /// event, and the records change between events.
            pub fn forget(&self) {
                $(if let Some(loader) = self.$name.get() {
                    loader.clear::<$key>();
                })*
            }
        }
    };
}

loaders! {
    organisations: OrganisationLoader(i64),
    initiatives: InitiativeLoader(i64),
    case_studies: CaseStudyLoader(i64),
    charters: CharterLoader(i64),
    peer_reviews: PeerReviewLoader(i64),
    initiative_charters: InitiativeChartersLoader(i64),
    initiative_case_study_counts: InitiativeCaseStudyCountLoader(i64),
    initiative_case_studies: InitiativeCaseStudiesLoader(FirstCaseStudies),
    pathways: PathwayLoader(i64),
    indicators: IndicatorsLoader(i64),
    peer_matches: PeerMatchesLoader(i64),
    charter_versions: CharterVersionsLoader(i64),
    case_study_labels: CaseStudyLabelsLoader(i64),
    initiative_labels: InitiativeLabelsLoader(i64),
    translations: TranslationsLoader(TextRecord),
    incentive_templates: IncentiveTemplateLoader(i64),
    charter_templates: CharterTemplateLoader(i64),
    assets: AssetsLoader(i64),
    participant_tallies: ParticipantTallyLoader(i64),
    participants: ParticipantsLoader(i64),
    incentives: IncentivesLoader(i64),
    business_cases: BusinessCaseLoader(i64),
    own_survey_runs: OwnSurveyRunsLoader(i64),
}

fn loader<T: Loader<K>, K: Send + Sync + std::hash::Hash + Eq + Clone + 'static>(
    inner: T,
) -> DataLoader<T, HashMapCache> {
    // No wait before a batch loads: the keys of one level of the response
    // are all asked for in the same pass of the executor, before the batch
    // task first runs, and the default 1 ms (timer-rounded) added itself to
    // every level of every request.
    DataLoader::with_cache(inner, tokio::spawn, HashMapCache::default())
        .delay(std::time::Duration::ZERO)
}
