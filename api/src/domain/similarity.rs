//! How alike two initiatives are: shared Co's, service area, tags and
//! words of title and summary, then how far along the five steps the other
//! is (those further along have more to teach). Pure scoring: the
//! candidates come from the caller's scope (`repo::similar`).

use std::collections::BTreeSet;

use sea_orm::Iterable;

use entity::{
    initiative::Model,
    vocabulary::{CoType, ServiceArea, StarStep},
};

use crate::domain::labels::Labels;

/// Words too common to say two initiatives are alike.
const STOP_WORDS: &[&str] = &[
    "about",
    "across",
    "after",
    "also",
    "among",
    "been",
    "being",
    "council",
    "councils",
    "each",
    "from",
    "have",
    "initiative",
    "initiatives",
    "into",
    "more",
    "only",
    "other",
    "over",
    "people",
    "production",
    "service",
    "services",
    "some",
    "such",
    "than",
    "that",
    "their",
    "them",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "through",
    "under",
    "using",
    "what",
    "when",
    "where",
    "which",
    "while",
    "with",
    "within",
    "work",
    "working",
    "would",
    "your",
];

/// What an initiative is about, as matching compares it.
#[derive(Debug, Clone)]
pub struct Profile {
    pub owner_org_id: i64,
    pub co_types: BTreeSet<&'static str>,
    pub service_area: ServiceArea,
    pub tags: BTreeSet<String>,
    pub words: BTreeSet<String>,
    pub star_step: StarStep,
}

/// An initiative with its labels: what a profile is made from.
#[derive(Debug, Clone)]
pub struct Described {
    pub initiative: Model,
    pub labels: Labels,
}

impl Profile {
    pub fn of(described: &Described) -> Self {
        let Described {
            initiative: model,
            labels,
        } = described;
        Self {
            owner_org_id: model.owner_org_id,
            co_types: labels.co_types.iter().map(|c| c.as_str()).collect(),
            service_area: model.service_area,
            tags: labels.tags.iter().cloned().collect(),
            words: words(&format!("{} {}", model.title, model.summary)),
            star_step: model.star_step,
        }
    }
}

fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .map(str::to_lowercase)
        .filter(|w| w.chars().count() >= 4 && !STOP_WORDS.contains(&w.as_str()))
        .collect()
}

fn jaccard<T: Ord>(a: &BTreeSet<T>, b: &BTreeSet<T>) -> f64 {
    let union = a.union(b).count();
    if union == 0 {
        return 0.0;
    }
    a.intersection(b).count() as f64 / union as f64
}

/// One initiative found alike, with the reasons.
#[derive(Debug, Clone)]
pub struct Match {
    pub initiative: Model,
    /// Between 0 and 1: how alike, weighted towards those further along.
    pub score: f64,
    pub shared_co_types: Vec<CoType>,
    pub shared_tags: Vec<String>,
    pub shared_words: Vec<String>,
    pub same_service_area: bool,
    /// Further along the five steps than the initiative asked about.
    pub further_along: bool,
}

/// How alike `candidate` is to `subject`, or `None` when it shares nothing
/// or belongs to the subject's own organisation.
pub fn compare(subject: &Profile, candidate: &Described) -> Option<Match> {
    if candidate.initiative.owner_org_id == subject.owner_org_id {
        return None;
    }
    let other = Profile::of(candidate);
    let same_service_area = other.service_area == subject.service_area;
    let similarity = 0.35 * jaccard(&subject.co_types, &other.co_types)
        + 0.25 * f64::from(u8::from(same_service_area))
        + 0.20 * jaccard(&subject.tags, &other.tags)
        + 0.20 * jaccard(&subject.words, &other.words);
    if similarity == 0.0 {
        return None;
    }
    // From 0.8 at MAP_IT to 1.0 at GROW_IT: a tie-breaker, never enough
    // to lift an unrelated initiative over a related one.
    let step = f64::from(other.star_step as u8);
    let score = similarity * (0.8 + 0.05 * step);
    let shared_co_types = subject
        .co_types
        .intersection(&other.co_types)
        .filter_map(|c| CoType::iter().find(|t| t.as_str() == *c))
        .collect();
    Some(Match {
        score: (score * 10_000.0).round() / 10_000.0,
        shared_co_types,
        shared_tags: subject.tags.intersection(&other.tags).cloned().collect(),
        shared_words: subject.words.intersection(&other.words).cloned().collect(),
        same_service_area,
        further_along: (other.star_step as u8) > (subject.star_step as u8),
        initiative: candidate.initiative.clone(),
    })
}

/// The best `first` of `candidates` for `subject`, best first.
pub fn rank(subject: &Profile, candidates: &[Described], first: usize) -> Vec<Match> {
    let mut matches: Vec<Match> = candidates
        .iter()
        .filter_map(|c| compare(subject, c))
        .collect();
    matches.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.initiative.id.cmp(&b.initiative.id))
    });
    matches.truncate(first);
    matches
}

#[cfg(test)]
mod tests {
    use chrono::Utc;
    use entity::vocabulary::Visibility;

    use super::*;

    fn initiative(
        id: i64,
        owner: i64,
        co_types: &[&str],
        area: ServiceArea,
        step: StarStep,
        title: &str,
    ) -> Described {
        let labels = Labels {
            co_types: co_types
                .iter()
                .filter_map(|c| CoType::from_text(c))
                .collect(),
            tags: Vec::new(),
        };
        let initiative = Model {
            id,
            owner_org_id: owner,
            title: title.into(),
            summary: String::new(),
            star_step: step,
            service_area: area,
            visibility: Visibility::Network,
            language: "en".into(),
            impact_score: None,
            ease_score: None,
            annual_cost: None,
            annual_benefit: None,
            currency: None,
            benefit_cost_ratio: None,
            created_at: Utc::now(),
            updated_at: Utc::now(),
            version: 1,
            deleted_at: None,
        };
        Described { initiative, labels }
    }

    #[test]
    fn a_same_co_same_area_initiative_outranks_an_unrelated_one_and_own_ones_are_left_out() {
        let subject = initiative(
            1,
            1,
            &["CO_DELIVERY"],
            ServiceArea::AdultSocialCare,
            StarStep::MapIt,
            "Befriending older people",
        );
        let alike = initiative(
            2,
            2,
            &["CO_DELIVERY"],
            ServiceArea::AdultSocialCare,
            StarStep::MapIt,
            "Video calls for older residents",
        );
        let unrelated = initiative(
            3,
            3,
            &["CO_COMMISSIONING"],
            ServiceArea::AdultSocialCare,
            StarStep::GrowIt,
            "Procurement reform",
        );
        let own = initiative(
            4,
            1,
            &["CO_DELIVERY"],
            ServiceArea::AdultSocialCare,
            StarStep::GrowIt,
            "Befriending older people again",
        );
        let ranked = rank(
            &Profile::of(&subject),
            &[unrelated.clone(), own, alike.clone()],
            10,
        );
        let ids: Vec<i64> = ranked.iter().map(|m| m.initiative.id).collect();
        assert_eq!(ids, [2, 3]);
        assert_eq!(ranked[0].shared_co_types, [CoType::CoDelivery]);
        assert_eq!(ranked[0].shared_words, ["older"]);
        assert!(ranked[0].same_service_area);
        assert!(ranked[1].further_along);
    }

    #[test]
    fn further_along_breaks_a_tie() {
        let subject = initiative(
            1,
            1,
            &["CO_DESIGN"],
            ServiceArea::Housing,
            StarStep::MapIt,
            "a",
        );
        let early = initiative(
            2,
            2,
            &["CO_DESIGN"],
            ServiceArea::Housing,
            StarStep::MapIt,
            "b",
        );
        let late = initiative(
            3,
            3,
            &["CO_DESIGN"],
            ServiceArea::Housing,
            StarStep::GrowIt,
            "c",
        );
        let ranked = rank(&Profile::of(&subject), &[early, late], 10);
        assert_eq!(ranked[0].initiative.id, 3);
        assert!(ranked[0].score > ranked[1].score);
    }

    #[test]
    fn nothing_shared_is_no_match() {
        let subject = initiative(
            1,
            1,
            &["CO_DESIGN"],
            ServiceArea::Housing,
            StarStep::MapIt,
            "a",
        );
        let other = initiative(
            2,
            2,
            &["CO_DELIVERY"],
            ServiceArea::Transport,
            StarStep::GrowIt,
            "b",
        );
        assert!(compare(&Profile::of(&subject), &other).is_none());
    }
}
