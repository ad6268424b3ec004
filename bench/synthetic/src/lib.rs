//! A synthetic network for benchmarks (`costar seed --synthetic`): many
//! organisations, initiatives, case studies, charters and peer reviews whose
//! text is drawn from a co-production word list.
//!
//! Invariants:
//! - The network is a pure function of [`Options`]: the same rng seed gives the
//!   same rows, timestamps included (they are drawn from the rng, not read
//!   from the clock). Only the ids depend on what the database already holds.
//! - Rows look like the ones the repositories' row builders
//!   (`api::repo::*::rows`) insert: Co lists sorted and without repeats, tags
//!   normalised, the label tables mirroring the lists on each row, one
//!   `UPSERT` change per case study, and a first `charter_version` for every
//!   charter that was adopted.
//! - It loads whole or not at all (see [`load`] for how the Postgres writers
//!   share the work; only a failure between their commits leaves part of it,
//!   and says so), and a database that already holds synthetic organisations
//!   (slug prefix [`SLUG_PREFIX`]) is refused, so a second run never
//!   duplicates the network.

use std::{
    fmt,
    sync::LazyLock,
    time::{Duration, Instant},
};

use anyhow::Context;
use chrono::{DateTime, NaiveDate, TimeDelta, Utc};
use entity::{
    case_study, case_study_change, case_study_co_type, case_study_tag,
    charter::{self, Commitment, Risk, Signatory},
    charter_version, initiative, initiative_co_type, initiative_tag, organisation, peer_review,
    vocabulary::{
        CaseStudyStatus, ChangeOp, CharterStatus, CoType, CommitmentKind, CommitmentParty, Nation,
        OrganisationKind, PeerReviewKind, PeerReviewStatus, RiskLevel, ServiceArea, StarStep,
        Visibility,
    },
};
use rand::{Rng, SeedableRng, seq::IndexedRandom};
use rand_chacha::ChaCha8Rng;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection,
    DatabaseTransaction, DbBackend, EntityName, EntityTrait, IntoActiveModel, Iterable,
    QueryFilter, Statement, TransactionTrait, TryIntoModel,
};

use api::{
    domain::appraisal::{Appraisal, DEFAULT_CURRENCY, Score},
    repo::{
        self,
        case_study::{draft::CaseStudyDraft, rows::NewCaseStudy},
        charter::{draft::CharterDraft, rows::NewCharter},
        initiative::{draft::InitiativeDraft, rows::NewInitiative},
        organisation::rows::NewOrganisation,
        peer_review::rows::NewPeerReview,
    },
    seed::SeedReport,
};

/// Every synthetic organisation's slug starts with this.
pub const SLUG_PREFIX: &str = "synthetic-org-";

/// Who the synthetic charters' first versions are recorded as adopted by.
const SYNTHETIC_SUBJECT: &str = "synthetic-seed";

/// The most organisations: their slugs have five digits.
pub const MAX_ORGANISATIONS: usize = 99_999;

/// The most case studies: the whole network is generated in memory first
/// (a few KB a case study).
pub const MAX_CASE_STUDIES: usize = 1_000_000;

/// Bind parameters per statement: under SQLite's 32,766 (and Postgres's 65,535).
const MAX_BIND_PARAMETERS: usize = 30_000;

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Options {
    pub organisations: usize,
    pub case_studies: usize,
    pub rng_seed: u64,
}

/// What a synthetic load added, and how long it took.
#[derive(Debug, Clone, Copy)]
pub struct SyntheticReport {
    pub counts: SeedReport,
    pub elapsed: Duration,
}

impl SyntheticReport {
    pub fn case_studies_per_second(&self) -> f64 {
        self.counts.case_studies as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

impl fmt::Display for SyntheticReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let c = &self.counts;
        write!(
            f,
            "synthetic network loaded: {} organisations, {} initiatives, {} case studies, \
             {} charters, {} peer reviews in {:.1} s ({} case studies/s)",
            c.organisations,
            c.initiatives,
            c.case_studies,
            c.charters,
            c.peer_reviews,
            self.elapsed.as_secs_f64(),
            with_thousands(self.case_studies_per_second().round() as u64),
        )
    }
}

/// `25600` as `25,600`.
fn with_thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

// ---------------------------------------------------------------------------
// Word lists: `words/*.txt`, one entry a line
// ---------------------------------------------------------------------------

/// The entries of a word list, in its order (the network depends on it).
fn entries(list: &'static str) -> Vec<&'static str> {
    list.lines().filter(|line| !line.is_empty()).collect()
}

/// The word list `words/<name>.txt`, read once.
macro_rules! word_list {
    ($name:literal) => {
        LazyLock::new(|| entries(include_str!(concat!("../words/", $name, ".txt"))))
    };
}

/// The vocabulary titles, summaries and bodies are drawn from.
static WORDS: LazyLock<Vec<&str>> = word_list!("words");

/// Tags, already normalised (lower case, hyphenated).
static TAGS: LazyLock<Vec<&str>> = word_list!("tags");

static PLACES_ENGLAND: LazyLock<Vec<&str>> = word_list!("places-england");

static PLACES_SCOTLAND: LazyLock<Vec<&str>> = word_list!("places-scotland");

static PLACES_WALES: LazyLock<Vec<&str>> = word_list!("places-wales");

static PLACES_NORTHERN_IRELAND: LazyLock<Vec<&str>> = word_list!("places-northern-ireland");

static COUNCIL_SUFFIXES: LazyLock<Vec<&str>> = word_list!("council-suffixes");

static FIRST_NAMES: LazyLock<Vec<&str>> = word_list!("first-names");

static SURNAMES: LazyLock<Vec<&str>> = word_list!("surnames");

static SERVICE_ROLES: LazyLock<Vec<&str>> = word_list!("service-roles");

static COMMUNITY_ROLES: LazyLock<Vec<&str>> = word_list!("community-roles");

/// Commitments a charter may hold: the party it binds, right or
/// responsibility, and its text.
const COMMITMENTS: &[(CommitmentParty, CommitmentKind, &str)] = &[
    (
        CommitmentParty::Community,
        CommitmentKind::Right,
        "To be involved in every decision about how the service is planned and run",
    ),
    (
        CommitmentParty::Community,
        CommitmentKind::Right,
        "To be offered training and support before taking on a role",
    ),
    (
        CommitmentParty::Community,
        CommitmentKind::Right,
        "To have travel and care costs met when taking part",
    ),
    (
        CommitmentParty::Community,
        CommitmentKind::Responsibility,
        "To keep what is learned about other people confidential",
    ),
    (
        CommitmentParty::Community,
        CommitmentKind::Responsibility,
        "To give notice when no longer able to take part",
    ),
    (
        CommitmentParty::Service,
        CommitmentKind::Right,
        "To ask volunteers to follow the safeguarding policy",
    ),
    (
        CommitmentParty::Service,
        CommitmentKind::Responsibility,
        "To share the data the service holds about outcomes",
    ),
    (
        CommitmentParty::Service,
        CommitmentKind::Responsibility,
        "To insure volunteers for the activities they lead",
    ),
    (
        CommitmentParty::Service,
        CommitmentKind::Responsibility,
        "To report back within a month on what changed as a result",
    ),
];

/// Risks a charter may record, each with how it is managed.
const RISKS: &[(&str, &str)] = &[
    (
        "A volunteer is injured while leading an activity",
        "Volunteers are covered by the council's insurance",
    ),
    (
        "Personal information is shared outside the group",
        "Every volunteer signs a confidentiality declaration",
    ),
    (
        "Too few people take part to keep the activity going",
        "Partners recruit through their own networks every quarter",
    ),
    (
        "Staff time is withdrawn when budgets tighten",
        "The commitment is written into the service plan",
    ),
    (
        "Participants do not see what difference they made",
        "A feedback session follows every decision",
    ),
];

static REVIEW_MESSAGES: LazyLock<Vec<&str>> = word_list!("review-messages");

// ---------------------------------------------------------------------------
// Mixes: how often each value occurs, in parts of the whole
// ---------------------------------------------------------------------------

const NATIONS: &[(Nation, u32)] = &[
    (Nation::England, 70),
    (Nation::Scotland, 15),
    (Nation::Wales, 10),
    (Nation::NorthernIreland, 5),
];

const ORGANISATION_KINDS: &[(OrganisationKind, u32)] = &[
    (OrganisationKind::LocalAuthority, 70),
    (OrganisationKind::HealthBody, 10),
    (OrganisationKind::HousingAssociation, 6),
    (OrganisationKind::VoluntaryOrganisation, 8),
    (OrganisationKind::NetworkBody, 2),
    (OrganisationKind::Academic, 3),
    (OrganisationKind::Other, 1),
];

const CASE_STUDY_VISIBILITIES: &[(Visibility, u32)] = &[
    (Visibility::Public, 50),
    (Visibility::Network, 35),
    (Visibility::Private, 15),
];

const CASE_STUDY_STATUSES: &[(CaseStudyStatus, u32)] = &[
    (CaseStudyStatus::Published, 85),
    (CaseStudyStatus::Draft, 15),
];

/// Initiatives and charters are shared within the network more than with the public.
const RECORD_VISIBILITIES: &[(Visibility, u32)] = &[
    (Visibility::Public, 40),
    (Visibility::Network, 40),
    (Visibility::Private, 20),
];

const CHARTER_STATUSES: &[(CharterStatus, u32)] = &[
    (CharterStatus::Draft, 35),
    (CharterStatus::Adopted, 50),
    (CharterStatus::Retired, 15),
];

const PEER_REVIEW_KINDS: &[(PeerReviewKind, u32)] = &[
    (PeerReviewKind::PeerReview, 70),
    (PeerReviewKind::StudyVisit, 30),
];

const PEER_REVIEW_STATUSES: &[(PeerReviewStatus, u32)] = &[
    (PeerReviewStatus::Requested, 20),
    (PeerReviewStatus::Accepted, 30),
    (PeerReviewStatus::Declined, 10),
    (PeerReviewStatus::Completed, 30),
    (PeerReviewStatus::Cancelled, 10),
];

/// Case studies per initiative, initiatives per charter and per peer review.
const CASE_STUDIES_PER_INITIATIVE: usize = 10;
const INITIATIVES_PER_CHARTER: usize = 5;
const INITIATIVES_PER_PEER_REVIEW: usize = 20;

/// The network's history starts on 2023-01-01 and runs about two years.
const HISTORY_START: i64 = 1_672_531_200;
const DAY: i64 = 86_400;

// ---------------------------------------------------------------------------
// The generated network: plain rows, referring to each other by position
// ---------------------------------------------------------------------------

#[derive(Debug, Clone, PartialEq)]
struct Network {
    organisations: Vec<Organisation>,
    initiatives: Vec<Initiative>,
    case_studies: Vec<CaseStudy>,
    charters: Vec<Charter>,
    peer_reviews: Vec<PeerReview>,
}

#[derive(Debug, Clone, PartialEq)]
struct Organisation {
    slug: String,
    name: String,
    kind: OrganisationKind,
    nation: Nation,
    club_member: bool,
    created_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq)]
struct Initiative {
    owner: usize,
    title: String,
    summary: String,
    co_types: Vec<CoType>,
    star_step: StarStep,
    service_area: ServiceArea,
    tags: Vec<String>,
    visibility: Visibility,
    appraisal: Appraisal,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq)]
struct CaseStudy {
    owner: usize,
    initiative: Option<usize>,
    external_id: Option<String>,
    title: String,
    summary: String,
    body: String,
    co_types: Vec<CoType>,
    service_area: ServiceArea,
    tags: Vec<String>,
    language: &'static str,
    visibility: Visibility,
    status: CaseStudyStatus,
    published_at: Option<DateTime<Utc>>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

#[derive(Debug, Clone, PartialEq)]
struct Charter {
    owner: usize,
    initiative: usize,
    title: String,
    status: CharterStatus,
    commitments: Vec<Commitment>,
    risks: Vec<Risk>,
    signatories: Vec<Signatory>,
    visibility: Visibility,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
    adopted_at: Option<DateTime<Utc>>,
    retired_at: Option<DateTime<Utc>>,
}

#[derive(Debug, Clone, PartialEq)]
struct PeerReview {
    kind: PeerReviewKind,
    host: usize,
    visitor: usize,
    initiative: usize,
    status: PeerReviewStatus,
    proposed_for: Option<NaiveDate>,
    message: Option<String>,
    findings: Option<String>,
    requested_by: usize,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

impl Network {
    fn counts(&self) -> SeedReport {
        SeedReport {
            organisations: self.organisations.len(),
            initiatives: self.initiatives.len(),
            case_studies: self.case_studies.len(),
            charters: self.charters.len(),
            peer_reviews: self.peer_reviews.len(),
            translations: 0,
        }
    }
}

// ---------------------------------------------------------------------------
// Generation
// ---------------------------------------------------------------------------

/// Draws everything from one ChaCha stream, in a fixed order, so that a seed
/// names one network.
struct Generator {
    rng: ChaCha8Rng,
}

/// A skewed choice of owner: a few organisations (the large councils) write
/// much of the network, as in the real one.
struct OwnerSkew {
    /// Running totals of the organisations' weights.
    cumulative: Vec<f64>,
}

impl OwnerSkew {
    /// Zipf-like weights `1 / rank^0.8`, ranks shuffled so that the largest
    /// organisation is not always the first.
    fn new(generator: &mut Generator, organisations: usize) -> Self {
        let mut ranks: Vec<usize> = (1..=organisations).collect();
        rand::seq::SliceRandom::shuffle(ranks.as_mut_slice(), &mut generator.rng);
        let mut total = 0.0;
        let cumulative = ranks
            .into_iter()
            .map(|rank| {
                total += 1.0 / (rank as f64).powf(0.8);
                total
            })
            .collect();
        Self { cumulative }
    }

    fn pick(&self, generator: &mut Generator) -> usize {
        let total = self.cumulative.last().copied().unwrap_or(0.0);
        let point = generator.rng.random::<f64>() * total;
        self.cumulative
            .partition_point(|&c| c <= point)
            .min(self.cumulative.len().saturating_sub(1))
    }
}

/// Generates the network `options` name, without touching a database.
fn generate(options: Options) -> Network {
    let mut g = Generator {
        rng: ChaCha8Rng::seed_from_u64(options.rng_seed),
    };
    let organisations: Vec<Organisation> = (0..options.organisations)
        .map(|i| g.organisation(i))
        .collect();
    let skew = OwnerSkew::new(&mut g, organisations.len());
    // Every record needs an owner.
    let case_study_count = if organisations.is_empty() {
        0
    } else {
        options.case_studies
    };

    let initiative_count = case_study_count.div_ceil(CASE_STUDIES_PER_INITIATIVE);
    let initiatives: Vec<Initiative> = (0..initiative_count)
        .map(|_| {
            let owner = skew.pick(&mut g);
            g.initiative(owner)
        })
        .collect();
    let mut initiatives_of: Vec<Vec<usize>> = vec![Vec::new(); organisations.len()];
    for (i, initiative) in initiatives.iter().enumerate() {
        initiatives_of[initiative.owner].push(i);
    }

    let case_studies = (0..case_study_count)
        .map(|i| {
            let owner = skew.pick(&mut g);
            g.case_study(i, owner, &initiatives_of[owner], &initiatives)
        })
        .collect();

    let charter_subjects = g.distinct(
        initiatives.len(),
        initiatives.len() / INITIATIVES_PER_CHARTER,
    );
    let charters = charter_subjects
        .into_iter()
        .map(|i| g.charter(i, &initiatives[i]))
        .collect();

    // A review needs a visitor besides the host.
    let review_count = if organisations.len() > 1 {
        initiatives.len() / INITIATIVES_PER_PEER_REVIEW
    } else {
        0
    };
    let review_subjects = g.distinct(initiatives.len(), review_count);
    let peer_reviews = review_subjects
        .into_iter()
        .map(|i| g.peer_review(i, &initiatives[i], organisations.len()))
        .collect();

    Network {
        organisations,
        initiatives,
        case_studies,
        charters,
        peer_reviews,
    }
}

impl Generator {
    fn chance(&mut self, probability: f64) -> bool {
        self.rng.random_bool(probability)
    }

    fn between(&mut self, low: usize, high: usize) -> usize {
        self.rng.random_range(low..=high)
    }

    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.rng.random_range(0..items.len())]
    }

    /// One value of a mix, as often as its share says.
    fn mix<T: Copy>(&mut self, mix: &[(T, u32)]) -> T {
        let total: u32 = mix.iter().map(|(_, share)| share).sum();
        let mut point = self.rng.random_range(0..total);
        for &(value, share) in mix {
            if point < share {
                return value;
            }
            point -= share;
        }
        mix[mix.len() - 1].0
    }

    /// `amount` distinct positions out of `length`, in ascending order.
    fn distinct(&mut self, length: usize, amount: usize) -> Vec<usize> {
        let mut positions = rand::seq::index::sample(&mut self.rng, length, amount).into_vec();
        positions.sort_unstable();
        positions
    }

    /// A moment `from_day` to `to_day` days into the network's history, to the second.
    fn moment(&mut self, from_day: i64, to_day: i64) -> DateTime<Utc> {
        let second = self.rng.random_range(from_day * DAY..to_day * DAY);
        DateTime::<Utc>::UNIX_EPOCH + TimeDelta::seconds(HISTORY_START + second)
    }

    /// A moment up to `days` days after `after`.
    fn later(&mut self, after: DateTime<Utc>, days: i64) -> DateTime<Utc> {
        after + TimeDelta::seconds(self.rng.random_range(0..days * DAY))
    }

    /// `count` words of [`&WORDS`], separated by spaces, appended to `out`.
    fn push_words(&mut self, out: &mut String, count: usize) {
        for i in 0..count {
            if i > 0 {
                out.push(' ');
            }
            out.push_str(self.pick(&WORDS));
        }
    }

    /// A heading: `low` to `high` words, the first capitalised.
    fn heading(&mut self, low: usize, high: usize) -> String {
        let mut out = String::with_capacity(high * 10);
        let count = self.between(low, high);
        self.push_words(&mut out, count);
        capitalise(out)
    }

    /// Sentences totalling `low` to `high` words.
    fn prose(&mut self, low: usize, high: usize) -> String {
        let count = self.between(low, high);
        self.sentences(count)
    }

    /// A case study's account: `low` to `high` words in paragraphs of about
    /// 40, separated by blank lines as the API documents.
    fn account(&mut self, low: usize, high: usize) -> String {
        let mut remaining = self.between(low, high);
        let mut out = String::with_capacity(remaining * 9);
        while remaining > 0 {
            let mut length = self.between(30, 50).min(remaining);
            // No paragraph of a few words at the end.
            if remaining - length < 20 {
                length = remaining;
            }
            if !out.is_empty() {
                out.push_str("\n\n");
            }
            out.push_str(&self.sentences(length));
            remaining -= length;
        }
        out
    }

    /// Sentences of 8 to 16 words totalling `count` words.
    fn sentences(&mut self, count: usize) -> String {
        let mut remaining = count;
        let mut out = String::with_capacity(remaining * 9);
        while remaining > 0 {
            let length = self.between(8, 16).min(remaining);
            let mut sentence = String::with_capacity(length * 9);
            self.push_words(&mut sentence, length);
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(&capitalise(sentence));
            out.push('.');
            remaining -= length;
        }
        out
    }

    /// One to three Co's, in the order `write` stores them.
    fn co_types(&mut self) -> Vec<CoType> {
        let all: Vec<CoType> = CoType::iter().collect();
        let count = self.between(1, 3);
        let mut chosen: Vec<CoType> = all.choose_multiple(&mut self.rng, count).copied().collect();
        chosen.sort_by_key(|c| c.as_str());
        chosen
    }

    /// Zero to four tags, sorted, as `write` stores them.
    fn tags(&mut self) -> Vec<String> {
        let count = self.between(0, 4);
        let mut chosen: Vec<String> = TAGS
            .choose_multiple(&mut self.rng, count)
            .map(|&t| t.to_owned())
            .collect();
        chosen.sort();
        chosen
    }

    fn service_area(&mut self) -> ServiceArea {
        let all: Vec<ServiceArea> = ServiceArea::iter().collect();
        self.pick(&all)
    }

    fn organisation(&mut self, index: usize) -> Organisation {
        let nation = self.mix(NATIONS);
        let kind = self.mix(ORGANISATION_KINDS);
        let place = self.pick(match nation {
            Nation::England => &PLACES_ENGLAND,
            Nation::Scotland => &PLACES_SCOTLAND,
            Nation::Wales => &PLACES_WALES,
            Nation::NorthernIreland => &PLACES_NORTHERN_IRELAND,
        });
        let name = match kind {
            // Only English councils come in these many tiers.
            OrganisationKind::LocalAuthority if nation == Nation::England => {
                format!("{place} {}", self.pick(&COUNCIL_SUFFIXES))
            }
            OrganisationKind::LocalAuthority => format!("{place} Council"),
            OrganisationKind::HealthBody => format!("{place} Health and Care Partnership"),
            OrganisationKind::HousingAssociation => format!("{place} Homes"),
            OrganisationKind::VoluntaryOrganisation => format!("{place} Community Action"),
            OrganisationKind::NetworkBody => format!("{place} Co-production Network"),
            OrganisationKind::Academic => format!("University of {place}"),
            OrganisationKind::Other => format!("{place} Partnership"),
        };
        Organisation {
            slug: format!("{SLUG_PREFIX}{:05}", index + 1),
            name,
            kind,
            nation,
            club_member: self.chance(1.0 / 3.0),
            created_at: self.moment(0, 30),
        }
    }

    fn initiative(&mut self, owner: usize) -> Initiative {
        let impact_and_ease = self.chance(0.6);
        let business_case = self.chance(0.4);
        let score = |g: &mut Self, field: &str| {
            impact_and_ease
                .then(|| Score::new(field, g.between(1, 5) as i32).ok())
                .flatten()
        };
        let impact = score(self, "impact");
        let ease = score(self, "ease");
        let (annual_cost, annual_benefit) = if business_case {
            let cost = (self.between(10, 500) * 1_000) as f64;
            let ratio = self.between(5, 40) as f64 / 10.0;
            (Some(cost), Some((cost * ratio).round()))
        } else {
            (None, None)
        };
        let created_at = self.moment(30, 600);
        Initiative {
            owner,
            title: self.heading(3, 7),
            summary: self.prose(20, 40),
            co_types: self.co_types(),
            star_step: {
                let all: Vec<StarStep> = StarStep::iter().collect();
                self.pick(&all)
            },
            service_area: self.service_area(),
            tags: self.tags(),
            visibility: self.mix(RECORD_VISIBILITIES),
            appraisal: Appraisal {
                impact,
                ease,
                annual_cost,
                annual_benefit,
                currency: business_case.then(|| DEFAULT_CURRENCY.to_owned()),
            },
            created_at,
            updated_at: self.later(created_at, 60),
        }
    }

    fn case_study(
        &mut self,
        index: usize,
        owner: usize,
        owners_initiatives: &[usize],
        initiatives: &[Initiative],
    ) -> CaseStudy {
        let initiative = if !owners_initiatives.is_empty() && self.chance(0.8) {
            Some(self.pick(owners_initiatives))
        } else {
            None
        };
        let external_id = self.chance(0.5).then(|| format!("syn-{}", index + 1));
        let title = self.heading(4, 9);
        let summary = self.prose(15, 35);
        let body = self.account(60, 120);
        let co_types = self.co_types();
        // A case reports on its initiative's service.
        let service_area = match initiative {
            Some(i) => initiatives[i].service_area,
            None => self.service_area(),
        };
        let tags = self.tags();
        let language = if self.chance(0.02) { "cy" } else { "en" };
        let visibility = self.mix(CASE_STUDY_VISIBILITIES);
        let status = self.mix(CASE_STUDY_STATUSES);
        let created_at = self.moment(30, 730);
        let published_at =
            (status == CaseStudyStatus::Published).then(|| self.later(created_at, 45));
        let updated_at = match published_at {
            Some(published) => published,
            None => self.later(created_at, 20),
        };
        CaseStudy {
            owner,
            initiative,
            external_id,
            title,
            summary,
            body,
            co_types,
            service_area,
            tags,
            language,
            visibility,
            status,
            published_at,
            created_at,
            updated_at,
        }
    }

    fn charter(&mut self, initiative_index: usize, initiative: &Initiative) -> Charter {
        let status = self.mix(CHARTER_STATUSES);
        let count = self.between(2, 6);
        let commitments = COMMITMENTS
            .choose_multiple(&mut self.rng, count)
            .map(|&(party, kind, text)| Commitment {
                party,
                kind,
                text: text.to_owned(),
            })
            .collect();
        let count = self.between(0, 3);
        let picked: Vec<(&str, &str)> = RISKS
            .choose_multiple(&mut self.rng, count)
            .copied()
            .collect();
        let mut risks = Vec::with_capacity(count);
        for (description, mitigation) in picked {
            risks.push(Risk {
                description: description.to_owned(),
                likelihood: self.risk_level(),
                impact: self.risk_level(),
                mitigation: mitigation.to_owned(),
            });
        }
        let created_at = self.later(initiative.created_at, 60);
        let adopted_at = (status != CharterStatus::Draft)
            .then(|| self.later(created_at + TimeDelta::days(10), 80));
        let retired_at = match (status, adopted_at) {
            (CharterStatus::Retired, Some(adopted)) => {
                Some(self.later(adopted + TimeDelta::days(100), 200))
            }
            _ => None,
        };
        // Only an adopted charter has been signed.
        let signatories = match adopted_at {
            Some(adopted) => {
                let count = self.between(2, 4);
                (0..count).map(|i| self.signatory(i, adopted)).collect()
            }
            None => Vec::new(),
        };
        Charter {
            owner: initiative.owner,
            initiative: initiative_index,
            title: format!("Co-production charter: {}", initiative.title),
            status,
            commitments,
            risks,
            signatories,
            visibility: self.mix(RECORD_VISIBILITIES),
            created_at,
            updated_at: retired_at.or(adopted_at).unwrap_or(created_at),
            adopted_at,
            retired_at,
        }
    }

    fn risk_level(&mut self) -> RiskLevel {
        self.pick(&[RiskLevel::Low, RiskLevel::Medium, RiskLevel::High])
    }

    /// Signatories alternate sides, the service first.
    fn signatory(&mut self, position: usize, signed: DateTime<Utc>) -> Signatory {
        let party = if position.is_multiple_of(2) {
            CommitmentParty::Service
        } else {
            CommitmentParty::Community
        };
        let role = match party {
            CommitmentParty::Service => self.pick(&SERVICE_ROLES),
            CommitmentParty::Community => self.pick(&COMMUNITY_ROLES),
        };
        Signatory {
            name: format!("{} {}", self.pick(&FIRST_NAMES), self.pick(&SURNAMES)),
            role: role.to_owned(),
            party,
            signed_on: Some(signed.date_naive()),
        }
    }

    fn peer_review(
        &mut self,
        initiative_index: usize,
        initiative: &Initiative,
        organisations: usize,
    ) -> PeerReview {
        let host = initiative.owner;
        // Any organisation but the host.
        let mut visitor = self.rng.random_range(0..organisations - 1);
        if visitor >= host {
            visitor += 1;
        }
        let status = self.mix(PEER_REVIEW_STATUSES);
        let requested_by = if self.chance(0.8) { visitor } else { host };
        let created_at = self.later(initiative.created_at, 120);
        let proposed_for = self
            .chance(0.8)
            .then(|| (self.later(created_at + TimeDelta::days(14), 100)).date_naive());
        let message = self
            .chance(0.7)
            .then(|| self.pick(&REVIEW_MESSAGES).to_owned());
        let findings = (status == PeerReviewStatus::Completed).then(|| self.prose(15, 30));
        let updated_at = if status == PeerReviewStatus::Requested {
            created_at
        } else {
            self.later(created_at, 30)
        };
        PeerReview {
            kind: self.mix(PEER_REVIEW_KINDS),
            host,
            visitor,
            initiative: initiative_index,
            status,
            proposed_for,
            message,
            findings,
            requested_by,
            created_at,
            updated_at,
        }
    }
}

fn capitalise(mut text: String) -> String {
    if let Some(first) = text.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    text
}

// ---------------------------------------------------------------------------
// Loading
// ---------------------------------------------------------------------------

/// The most connections that write case studies at once.
pub const MAX_WRITERS: usize = 8;

/// Generates the network `options` name and loads it; refuses a database
/// that already holds a synthetic network.
///
/// Almost all the time goes into the case studies: Postgres computes each
/// row's weighted `tsvector` (migration 000004) in the inserting backend, so
/// one connection uses one core. On Postgres, `writers` connections (at most
/// [`MAX_WRITERS`], and no more than the pool holds) therefore write the case
/// studies at once, each its own stretch of history in its own transaction:
/// 1. one transaction writes the organisations, initiatives, charters and
///    peer reviews, and commits (the writers' rows refer to them);
/// 2. the writers write the case studies and their labels, without committing;
/// 3. once every writer has succeeded, each in turn takes the change log's
///    lock, writes its changes and commits, so `seq` follows history.
///
/// A writer that fails rolls all of them back, and step 1's rows are removed.
/// On SQLite (one writer at a time anyway), or with one writer, everything
/// is one transaction.
pub async fn load(
    db: &DatabaseConnection,
    options: Options,
    writers: usize,
) -> anyhow::Result<SyntheticReport> {
    let started = Instant::now();
    let network = generate(options);
    let counts = network.counts();
    tracing::debug!(
        elapsed_ms = started.elapsed().as_millis() as u64,
        "synthetic network generated"
    );
    let writers = match db.get_database_backend() {
        DbBackend::Postgres => writers.clamp(1, MAX_WRITERS),
        _ => 1,
    };

    let txn = db
        .begin()
        .await
        .context("starting the seeding transaction")?;
    refuse_second_network(&txn).await?;
    let ids = NetworkIds::reserve(&txn, &counts).await?;
    let (parents, mut shares) = rows_of(network, &ids, writers);
    write_parents(&txn, parents).await?;
    if shares.len() == 1
        && let Some(share) = shares.pop()
    {
        // One writer: the whole network in this one transaction.
        write_case_studies(&txn, share.rows).await?;
        write_changes(&txn, share.changes).await?;
        txn.commit()
            .await
            .context("committing the synthetic network")?;
    } else {
        txn.commit()
            .await
            .context("committing the synthetic organisations")?;
        write_in_parallel(db, shares).await?;
    }
    Ok(SyntheticReport {
        counts,
        elapsed: started.elapsed(),
    })
}

async fn refuse_second_network(txn: &DatabaseTransaction) -> anyhow::Result<()> {
    let existing = organisation::Entity::find()
        .filter(organisation::Column::Slug.starts_with(SLUG_PREFIX))
        .one(txn)
        .await
        .context("looking for a synthetic network")?;
    if existing.is_some() {
        anyhow::bail!(
            "this database already holds a synthetic network (organisations {SLUG_PREFIX}…): \
             load it into an empty database"
        );
    }
    Ok(())
}

/// The database ids of one table's new rows, in generation order.
struct Ids(Vec<i64>);

impl Ids {
    fn of(&self, position: usize) -> i64 {
        self.0[position]
    }

    /// Takes `count` ids for new rows of `table`. On Postgres they come from
    /// the table's sequence, so writers running meanwhile never collide with
    /// them; on SQLite the transaction is the only writer, and the next ids
    /// are the ones after the largest.
    async fn reserve(txn: &DatabaseTransaction, table: &str, count: usize) -> anyhow::Result<Self> {
        if count == 0 {
            return Ok(Self(Vec::new()));
        }
        let backend = txn.get_database_backend();
        let ids = if backend == DbBackend::Postgres {
            let sql = format!(
                "SELECT nextval(pg_get_serial_sequence('{table}', 'id')) AS id \
                 FROM generate_series(1, {count})"
            );
            txn.query_all_raw(Statement::from_string(backend, sql))
                .await?
                .iter()
                .map(|row| row.try_get::<i64>("", "id"))
                .collect::<Result<Vec<_>, _>>()?
        } else {
            let sql = format!("SELECT COALESCE(MAX(id), 0) AS id FROM {table}");
            let largest: i64 = match txn
                .query_one_raw(Statement::from_string(backend, sql))
                .await?
            {
                Some(row) => row.try_get("", "id")?,
                None => 0,
            };
            (largest + 1..=largest + count as i64).collect()
        };
        Ok(Self(ids))
    }
}

/// The ids of the new rows, known before any is written so that children
/// are written in batches without reading their parents back.
struct NetworkIds {
    organisations: Ids,
    initiatives: Ids,
    case_studies: Ids,
    charters: Ids,
}

impl NetworkIds {
    async fn reserve(txn: &DatabaseTransaction, counts: &SeedReport) -> anyhow::Result<Self> {
        Ok(Self {
            organisations: Ids::reserve(txn, "organisation", counts.organisations).await?,
            initiatives: Ids::reserve(txn, "initiative", counts.initiatives).await?,
            case_studies: Ids::reserve(txn, "case_study", counts.case_studies).await?,
            charters: Ids::reserve(txn, "charter", counts.charters).await?,
        })
    }
}

/// Every row of the network but the case studies' own.
struct ParentRows {
    organisations: Vec<organisation::ActiveModel>,
    initiatives: Vec<initiative::ActiveModel>,
    initiative_co_types: Vec<initiative_co_type::ActiveModel>,
    initiative_tags: Vec<initiative_tag::ActiveModel>,
    charters: Vec<charter::ActiveModel>,
    charter_versions: Vec<charter_version::ActiveModel>,
    peer_reviews: Vec<peer_review::ActiveModel>,
}

/// One writer's share of the case studies: a stretch of history.
#[derive(Default)]
struct CaseStudyShare {
    rows: CaseStudyRows,
    /// Their `UPSERT`s, oldest first.
    changes: Vec<case_study_change::ActiveModel>,
}

#[derive(Default)]
struct CaseStudyRows {
    case_studies: Vec<case_study::ActiveModel>,
    co_types: Vec<case_study_co_type::ActiveModel>,
    tags: Vec<case_study_tag::ActiveModel>,
}

/// The network as rows to insert, the case studies split into `writers`
/// shares of consecutive history.
fn rows_of(
    network: Network,
    ids: &NetworkIds,
    writers: usize,
) -> (ParentRows, Vec<CaseStudyShare>) {
    let Network {
        organisations,
        initiatives,
        case_studies,
        charters,
        peer_reviews,
    } = network;
    let (initiatives, initiative_co_types, initiative_tags) = initiative_rows(initiatives, ids);
    let (charters, charter_versions) = charter_rows(charters, ids);
    let parents = ParentRows {
        organisations: organisation_rows(organisations, ids),
        initiatives,
        initiative_co_types,
        initiative_tags,
        charters,
        charter_versions,
        peer_reviews: peer_review_rows(peer_reviews, ids),
    };
    (parents, case_study_shares(case_studies, ids, writers))
}

fn organisation_rows(
    organisations: Vec<Organisation>,
    ids: &NetworkIds,
) -> Vec<organisation::ActiveModel> {
    organisations
        .into_iter()
        .enumerate()
        .map(|(i, org)| {
            let new = NewOrganisation {
                slug: org.slug,
                name: org.name,
                kind: org.kind,
                gss_code: None,
                nation: org.nation,
                club_member: org.club_member,
            };
            organisation::ActiveModel {
                id: Set(ids.organisations.of(i)),
                ..repo::organisation::rows::organisation_row(new, org.created_at)
            }
        })
        .collect()
}

fn initiative_rows(
    initiatives: Vec<Initiative>,
    ids: &NetworkIds,
) -> (
    Vec<initiative::ActiveModel>,
    Vec<initiative_co_type::ActiveModel>,
    Vec<initiative_tag::ActiveModel>,
) {
    let mut co_type_rows = Vec::new();
    let mut tag_rows = Vec::new();
    let mut rows = Vec::with_capacity(initiatives.len());
    for (i, item) in initiatives.into_iter().enumerate() {
        let id = ids.initiatives.of(i);
        let new = NewInitiative {
            owner_org_id: ids.organisations.of(item.owner),
            draft: InitiativeDraft {
                title: item.title,
                summary: item.summary,
                co_types: item.co_types,
                star_step: item.star_step,
                service_area: item.service_area,
                tags: item.tags,
                visibility: item.visibility,
                language: "en".to_owned(),
                appraisal: item.appraisal,
            },
        };
        let (row, co_types, tags) = repo::initiative::rows::initiative_row(new, item.created_at);
        let (co_types, tags) =
            repo::labels::label_rows::<repo::labels::InitiativeLabels>(id, &co_types, &tags);
        co_type_rows.extend(co_types);
        tag_rows.extend(tags);
        rows.push(initiative::ActiveModel {
            id: Set(id),
            updated_at: Set(item.updated_at),
            ..row
        });
    }
    (rows, co_type_rows, tag_rows)
}

fn charter_rows(
    charters: Vec<Charter>,
    ids: &NetworkIds,
) -> (Vec<charter::ActiveModel>, Vec<charter_version::ActiveModel>) {
    let mut versions = Vec::new();
    let mut rows = Vec::with_capacity(charters.len());
    for (i, item) in charters.into_iter().enumerate() {
        let new = NewCharter {
            owner_org_id: ids.organisations.of(item.owner),
            draft: CharterDraft {
                initiative_id: Some(ids.initiatives.of(item.initiative)),
                title: item.title,
                status: item.status,
                commitments: item.commitments,
                risks: item.risks,
                signatories: item.signatories,
                visibility: item.visibility,
                language: "en".to_owned(),
            },
            template_id: None,
        };
        let row = charter::ActiveModel {
            id: Set(ids.charters.of(i)),
            updated_at: Set(item.updated_at),
            // Retiring an adopted charter is one more change.
            version: Set(if item.retired_at.is_some() { 2 } else { 1 }),
            adopted_at: Set(item.adopted_at),
            retired_at: Set(item.retired_at),
            ..repo::charter::rows::charter_row(new, item.created_at)
        };
        // A charter that was adopted keeps what was signed as its first version.
        if let Some(adopted_at) = item.adopted_at {
            let charter = row.clone().try_into_model().expect("every column is set");
            versions.push(repo::charter::rows::version_row(
                &charter,
                1,
                SYNTHETIC_SUBJECT,
                adopted_at,
            ));
        }
        rows.push(row);
    }
    (rows, versions)
}

fn peer_review_rows(
    peer_reviews: Vec<PeerReview>,
    ids: &NetworkIds,
) -> Vec<peer_review::ActiveModel> {
    peer_reviews
        .into_iter()
        .map(|item| {
            let new = NewPeerReview {
                kind: item.kind,
                host_org_id: ids.organisations.of(item.host),
                visitor_org_id: ids.organisations.of(item.visitor),
                initiative_id: Some(ids.initiatives.of(item.initiative)),
                case_study_id: None,
                status: item.status,
                proposed_for: item.proposed_for,
                message: item.message,
                findings: item.findings,
                requested_by_org_id: ids.organisations.of(item.requested_by),
            };
            peer_review::ActiveModel {
                updated_at: Set(item.updated_at),
                ..repo::peer_review::rows::peer_review_row(new, item.created_at)
            }
        })
        .collect()
}

/// The case studies' rows in `writers` shares, each a stretch of history,
/// oldest first: writers commit in that order, and the change log's `seq`
/// then follows the order the changes happened in.
fn case_study_shares(
    case_studies: Vec<CaseStudy>,
    ids: &NetworkIds,
    writers: usize,
) -> Vec<CaseStudyShare> {
    let mut models: Vec<(case_study::Model, Vec<CoType>, Vec<String>)> = case_studies
        .into_iter()
        .enumerate()
        .map(|(i, item)| {
            let new = NewCaseStudy {
                owner_org_id: ids.organisations.of(item.owner),
                draft: CaseStudyDraft {
                    initiative_id: item.initiative.map(|i| ids.initiatives.of(i)),
                    external_id: item.external_id,
                    title: item.title,
                    summary: item.summary,
                    body: item.body,
                    co_types: item.co_types,
                    service_area: item.service_area,
                    tags: item.tags,
                    language: item.language.to_owned(),
                    visibility: item.visibility,
                },
                status: item.status,
                published_at: item.published_at,
            };
            let (row, co_types, tags) =
                repo::case_study::rows::case_study_row(new, item.created_at);
            let model = case_study::ActiveModel {
                id: Set(ids.case_studies.of(i)),
                updated_at: Set(item.updated_at),
                ..row
            }
            .try_into_model()
            .expect("every column is set");
            (model, co_types, tags)
        })
        .collect();
    models.sort_by_key(|(model, _, _)| (model.updated_at, model.id));
    let per_share = models.len().div_ceil(writers.max(1)).max(1);
    let mut shares = Vec::with_capacity(writers);
    let mut models = models.into_iter().peekable();
    while models.peek().is_some() || shares.is_empty() {
        let mut share = CaseStudyShare::default();
        for (model, co_types, tags) in models.by_ref().take(per_share) {
            let (co_types, tags) = repo::labels::label_rows::<repo::labels::CaseStudyLabels>(
                model.id, &co_types, &tags,
            );
            share.rows.co_types.extend(co_types);
            share.rows.tags.extend(tags);
            share.changes.push(repo::change_log::write::change_row(
                None,
                &model,
                ChangeOp::Upsert,
                model.updated_at,
            ));
            share
                .rows
                .case_studies
                .push(model.into_active_model().reset_all());
        }
        shares.push(share);
    }
    shares
}

async fn write_parents(txn: &DatabaseTransaction, rows: ParentRows) -> anyhow::Result<()> {
    insert_in_batches(txn, rows.organisations)
        .await
        .context("writing the synthetic organisations")?;
    insert_in_batches(txn, rows.initiatives)
        .await
        .context("writing the synthetic initiatives")?;
    insert_in_batches(txn, rows.initiative_co_types)
        .await
        .context("writing the synthetic initiatives' Co's")?;
    insert_in_batches(txn, rows.initiative_tags)
        .await
        .context("writing the synthetic initiatives' tags")?;
    insert_in_batches(txn, rows.charters)
        .await
        .context("writing the synthetic charters")?;
    insert_in_batches(txn, rows.charter_versions)
        .await
        .context("writing the synthetic charters' versions")?;
    insert_in_batches(txn, rows.peer_reviews)
        .await
        .context("writing the synthetic peer reviews")
}

async fn write_case_studies(txn: &DatabaseTransaction, rows: CaseStudyRows) -> anyhow::Result<()> {
    insert_in_batches(txn, rows.case_studies)
        .await
        .context("writing the synthetic case studies")?;
    insert_in_batches(txn, rows.co_types)
        .await
        .context("writing the synthetic case studies' Co's")?;
    insert_in_batches(txn, rows.tags)
        .await
        .context("writing the synthetic case studies' tags")
}

/// Writes changes holding the change log's lock, which the transaction then
/// keeps until it ends (see [`repo::change_log::write::order_changes`]).
async fn write_changes(
    txn: &DatabaseTransaction,
    changes: Vec<case_study_change::ActiveModel>,
) -> anyhow::Result<()> {
    repo::change_log::write::order_changes(txn)
        .await
        .context("taking the change log's lock")?;
    insert_in_batches(txn, changes)
        .await
        .context("writing the synthetic case studies' changes")
}

/// Steps 2 and 3 of [`load`]: the shares on their own connections at once,
/// committed in turn once all are written.
async fn write_in_parallel(
    db: &DatabaseConnection,
    shares: Vec<CaseStudyShare>,
) -> anyhow::Result<()> {
    let (rows, changes): (Vec<_>, Vec<_>) = shares
        .into_iter()
        .map(|share| (share.rows, share.changes))
        .unzip();
    let written = futures_util::future::try_join_all(rows.into_iter().map(|rows| async move {
        let txn = db
            .begin()
            .await
            .context("starting a case-study writer's transaction")?;
        write_case_studies(&txn, rows).await?;
        anyhow::Ok(txn)
    }))
    .await;
    // Dropping the writers' open transactions has rolled them back.
    let open = match written {
        Ok(open) => open,
        Err(err) => return Err(undo_parents(db, err).await),
    };
    for (turn, (txn, changes)) in open.into_iter().zip(changes).enumerate() {
        let committed = async {
            write_changes(&txn, changes).await?;
            txn.commit()
                .await
                .context("committing synthetic case studies")
        }
        .await;
        match committed {
            Ok(()) => {}
            Err(err) if turn == 0 => return Err(undo_parents(db, err).await),
            Err(err) => {
                return Err(err.context(
                    "the synthetic network is only partly loaded: drop the database and load it again",
                ));
            }
        }
    }
    Ok(())
}

/// Removes what step 1 of [`load`] committed, after no case study was; answers `err`
/// with what happened.
async fn undo_parents(db: &DatabaseConnection, err: anyhow::Error) -> anyhow::Error {
    let orgs = format!("SELECT id FROM organisation WHERE slug LIKE '{SLUG_PREFIX}%'");
    let initiatives = format!("SELECT id FROM initiative WHERE owner_org_id IN ({orgs})");
    let statements = [
        format!("DELETE FROM peer_review WHERE host_org_id IN ({orgs})"),
        format!(
            "DELETE FROM charter_version WHERE charter_id IN \
             (SELECT id FROM charter WHERE owner_org_id IN ({orgs}))"
        ),
        format!("DELETE FROM charter WHERE owner_org_id IN ({orgs})"),
        format!("DELETE FROM initiative_co_type WHERE initiative_id IN ({initiatives})"),
        format!("DELETE FROM initiative_tag WHERE initiative_id IN ({initiatives})"),
        format!("DELETE FROM initiative WHERE owner_org_id IN ({orgs})"),
        format!("DELETE FROM organisation WHERE slug LIKE '{SLUG_PREFIX}%'"),
    ];
    let undone = async {
        let txn = db.begin().await?;
        for sql in &statements {
            txn.execute_unprepared(sql).await?;
        }
        txn.commit().await
    }
    .await;
    match undone {
        Ok(()) => err.context("nothing was loaded"),
        Err(undo) => err.context(format!(
            "removing the synthetic organisations already written failed too ({undo}): \
             drop the database and load it again"
        )),
    }
}

/// Inserts `rows` in multi-row statements that stay under the bind-parameter limit.
async fn insert_in_batches<A>(txn: &DatabaseTransaction, rows: Vec<A>) -> Result<(), sea_orm::DbErr>
where
    A: ActiveModelTrait + Send,
{
    let started = Instant::now();
    let count = rows.len();
    let columns = <<A::Entity as EntityTrait>::Column as Iterable>::iter().count();
    let per_statement = (MAX_BIND_PARAMETERS / columns.max(1)).max(1);
    let mut rows = rows.into_iter();
    loop {
        let batch: Vec<A> = rows.by_ref().take(per_statement).collect();
        if batch.is_empty() {
            break;
        }
        A::Entity::insert_many(batch)
            .exec_without_returning(txn)
            .await?;
    }
    tracing::debug!(
        table = A::Entity::default().table_name(),
        rows = count,
        elapsed_ms = started.elapsed().as_millis() as u64,
        "synthetic rows written"
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(rng_seed: u64) -> Options {
        Options {
            organisations: 30,
            case_studies: 400,
            rng_seed,
        }
    }

    #[test]
    fn the_same_seed_generates_the_same_network() {
        assert_eq!(generate(options(7)), generate(options(7)));
    }

    #[test]
    fn another_seed_generates_another_network() {
        let (a, b) = (generate(options(7)), generate(options(8)));
        assert_eq!(a.counts(), b.counts());
        assert_ne!(a.case_studies, b.case_studies);
        assert_ne!(a.organisations, b.organisations);
    }

    #[test]
    fn the_network_has_the_asked_for_size_and_proportions() {
        let network = generate(options(1));
        assert_eq!(
            network.counts(),
            SeedReport {
                organisations: 30,
                initiatives: 40,
                case_studies: 400,
                charters: 8,
                peer_reviews: 2,
                translations: 0,
            }
        );
        assert_eq!(network.organisations[0].slug, "synthetic-org-00001");
        assert_eq!(network.organisations[29].slug, "synthetic-org-00030");
    }

    #[test]
    fn lists_are_stored_the_way_writes_store_them() {
        let network = generate(options(3));
        for cs in &network.case_studies {
            assert!((1..=3).contains(&cs.co_types.len()));
            assert!(
                cs.co_types
                    .windows(2)
                    .all(|w| w[0].as_str() < w[1].as_str())
            );
            assert!(cs.tags.len() <= 4);
            assert!(cs.tags.windows(2).all(|w| w[0] < w[1]));
            assert!(
                cs.tags
                    .iter()
                    .all(|t| api::domain::labels::normalise_tag(t) == *t)
            );
            assert!(cs.title.len() <= 200);
            let words = cs.body.split_whitespace().count();
            assert!((60..=120).contains(&words), "{words} words");
            for paragraph in cs.body.split("\n\n") {
                let words = paragraph.split_whitespace().count();
                assert!((20..=69).contains(&words), "{words} words in {paragraph:?}");
            }
            assert_eq!(
                cs.published_at.is_some(),
                cs.status == CaseStudyStatus::Published
            );
        }
    }

    #[test]
    fn records_refer_to_records_of_the_right_owner() {
        let network = generate(options(5));
        for cs in &network.case_studies {
            if let Some(i) = cs.initiative {
                assert_eq!(network.initiatives[i].owner, cs.owner);
            }
        }
        for charter in &network.charters {
            assert_eq!(network.initiatives[charter.initiative].owner, charter.owner);
        }
        for review in &network.peer_reviews {
            assert_eq!(network.initiatives[review.initiative].owner, review.host);
            assert_ne!(review.host, review.visitor);
            assert!([review.host, review.visitor].contains(&review.requested_by));
        }
    }

    #[test]
    fn external_ids_are_unique() {
        let network = generate(options(9));
        let mut ids: Vec<&str> = network
            .case_studies
            .iter()
            .filter_map(|cs| cs.external_id.as_deref())
            .collect();
        let before = ids.len();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), before);
    }

    /// Ids as a database with nothing in it would give.
    fn fresh_ids(counts: &SeedReport) -> NetworkIds {
        let ids = |n: usize| Ids((1..=n as i64).collect());
        NetworkIds {
            organisations: ids(counts.organisations),
            initiatives: ids(counts.initiatives),
            case_studies: ids(counts.case_studies),
            charters: ids(counts.charters),
        }
    }

    #[test]
    fn writers_share_the_case_studies_in_stretches_of_history() {
        let network = generate(options(11));
        let listed: usize = network
            .case_studies
            .iter()
            .map(|cs| cs.co_types.len() + cs.tags.len())
            .sum();
        let ids = fresh_ids(&network.counts());
        let shares = case_study_shares(network.case_studies, &ids, 3);

        assert_eq!(shares.len(), 3);
        let mut case_study_ids = Vec::new();
        let mut labels = 0;
        let mut changed = Vec::new();
        for share in &shares {
            assert_eq!(share.rows.case_studies.len(), share.changes.len());
            labels += share.rows.co_types.len() + share.rows.tags.len();
            case_study_ids.extend(share.rows.case_studies.iter().map(|row| set(&row.id)));
            changed.extend(share.changes.iter().map(|change| set(&change.changed_at)));
        }
        assert_eq!(labels, listed);
        case_study_ids.sort_unstable();
        assert_eq!(case_study_ids, (1..=400).collect::<Vec<i64>>());
        // Committed share after share, the changes run oldest first.
        assert!(changed.windows(2).all(|w| w[0] <= w[1]));
    }

    fn set<T: Clone + Into<sea_orm::Value>>(value: &sea_orm::ActiveValue<T>) -> T {
        match value {
            sea_orm::ActiveValue::Set(v) => v.clone(),
            _ => panic!("a value that is not set"),
        }
    }

    #[test]
    fn one_writer_takes_every_case_study_and_none_still_gets_a_share() {
        let network = generate(options(12));
        let ids = fresh_ids(&network.counts());
        let shares = case_study_shares(network.case_studies, &ids, 1);
        assert_eq!(shares.len(), 1);
        assert_eq!(shares[0].rows.case_studies.len(), 400);

        let empty = generate(Options {
            organisations: 3,
            case_studies: 0,
            rng_seed: 1,
        });
        let ids = fresh_ids(&empty.counts());
        let shares = case_study_shares(empty.case_studies, &ids, 4);
        assert_eq!(shares.len(), 1);
        assert!(shares[0].rows.case_studies.is_empty());
    }

    #[test]
    fn the_report_reads_as_one_line() {
        let report = SyntheticReport {
            counts: SeedReport {
                organisations: 400,
                initiatives: 10_000,
                case_studies: 100_000,
                charters: 2_000,
                peer_reviews: 500,
                translations: 0,
            },
            elapsed: Duration::from_millis(3_906),
        };
        assert_eq!(
            report.to_string(),
            "synthetic network loaded: 400 organisations, 10000 initiatives, 100000 case studies, \
             2000 charters, 500 peer reviews in 3.9 s (25,602 case studies/s)"
        );
        assert_eq!(with_thousands(999), "999");
        assert_eq!(with_thousands(1_000), "1,000");
        assert_eq!(with_thousands(1_234_567), "1,234,567");
    }
}
