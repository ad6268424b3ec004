/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** When someone can give or receive help. */
export type Availability =
  | 'WEEKDAY_DAYTIME'
  | 'WEEKDAY_EVENING'
  | 'WEEKEND';

/** Whose barriers a question of the Barriers survey is about. */
export type BarrierGroup =
  /** Barriers for communities. */
  | 'COMMUNITIES'
  /** Barriers in the organisation. */
  | 'ORGANISATIONAL'
  /** Barriers for people using services. */
  | 'SERVICE_USERS'
  /** Barriers for staff. */
  | 'STAFF';

/** A business case: yearly amounts and the rate they are discounted at. */
export type BusinessCaseInput = {
  /** ISO 4217. */
  currency?: string;
  /** A fraction from 0 to 1; the HM Treasury Green Book's 3.5% when left out. */
  discountRate?: number;
  /** One amount per year and category, 1 to 155 of them. */
  flows: Array<CashFlowInput>;
};

/** Narrows a list of case studies. Every condition given must hold. */
export type CaseStudyFilter = {
  /** Only case studies of CitizenPoweredCouncil Club members. */
  clubOnly?: boolean;
  /** Case studies with any of these Co's. */
  coTypes?: Array<CoType> | null | undefined;
  /** Only case studies a network body features (true), or only the others (false). */
  featured?: boolean | null | undefined;
  /** Case studies of this initiative. */
  initiativeId?: string | number | null | undefined;
  /** Case studies written in any of these languages (BCP 47 tags such as `en` or `cy`). */
  languages?: Array<string> | null | undefined;
  /** Case studies of an initiative whose pathway holds evidence at this Nesta level (1 to 5) or higher. */
  minEvidenceLevel?: number | null | undefined;
  /** Case studies of councils in any of these nations. */
  nations?: Array<Nation> | null | undefined;
  /** The owner organisation's slug. */
  owner?: string | null | undefined;
  /** Full-text search over title, summary, tags and body: every word must match (English stemming, so "inspections" finds "inspection"). */
  search?: string | null | undefined;
  serviceArea?: ServiceArea | null | undefined;
  /** Case studies of an initiative at any of these steps. */
  starSteps?: Array<StarStep> | null | undefined;
  status?: CaseStudyStatus | null | undefined;
  /** Case studies with all of these tags. */
  tags?: Array<string> | null | undefined;
  /** Case studies updated at or after this time. */
  updatedSince?: string | null | undefined;
  visibility?: Visibility | null | undefined;
};

/** The order of a case-study list. */
export type CaseStudyOrder = {
  field: CaseStudyOrderField;
};

/** What a case-study list is ordered by; each field has its own direction. */
export type CaseStudyOrderField =
  /** Most recently published first; unpublished ones last. */
  | 'PUBLISHED_AT'
  /**
   * Best match first; needs `filter.search`. Ranks the 1,000 most
   * recently updated matches (`totalCount` counts them all).
   */
  | 'RELEVANCE'
  /** Alphabetical by title. */
  | 'TITLE'
  /** Most recently updated first. */
  | 'UPDATED_AT';

/** Where a case study is in its editorial life. Other organisations see only PUBLISHED ones. */
export type CaseStudyStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PUBLISHED';

/** What a yearly amount of a business case is: COUNCIL_COST and PARTNER_COST are costs, the rest benefits. */
export type CashFlowCategory =
  | 'CASHABLE_SAVING'
  | 'COUNCIL_COST'
  | 'NON_CASHABLE_SAVING'
  | 'PARTNER_COST'
  | 'SOCIAL_VALUE';

/** One amount in one year of a business case. */
export type CashFlowInput = {
  /** 0 or more; the category says whether it is a cost or a benefit. */
  amount: number;
  category: CashFlowCategory;
  /** 0 (now, undiscounted) to 30. */
  year: number;
};

/** A part of a charter. */
export type CharterPart =
  | 'COMMITMENT'
  | 'RISK';

/** Where a charter is in its life. */
export type CharterStatus =
  | 'ADOPTED'
  | 'DRAFT'
  | 'RETIRED';

/** The Four Co's: how citizens take part. */
export type CoType =
  /** Citizens as evaluators of quality and outcomes. */
  | 'CO_ASSESSMENT'
  /** Prioritising and planning services with users and communities. */
  | 'CO_COMMISSIONING'
  /** Delivering services and preventive action together. */
  | 'CO_DELIVERY'
  /** Redesigning services with citizens. */
  | 'CO_DESIGN';

/** A right or a responsibility. */
export type CommitmentKind =
  | 'RESPONSIBILITY'
  | 'RIGHT';

/** The side of a charter a commitment binds. */
export type CommitmentParty =
  /** The community: citizens, volunteers, service users. */
  | 'COMMUNITY'
  /** The public service. */
  | 'SERVICE';

/** What a community asset is. */
export type CommunityAssetKind =
  /** Equipment (tablets on loan, a minibus). */
  | 'EQUIPMENT'
  /** A group (a youth club, a carers' group). */
  | 'GROUP'
  /** A place (a hall, a library's IT suite). */
  | 'PLACE'
  /** A skill the community holds. */
  | 'SKILL';

/** What an offer or a need is about. */
export type ContributionCategory =
  | 'CARING'
  | 'COMPANIONSHIP'
  | 'DIGITAL'
  | 'LANGUAGE'
  | 'OTHER'
  | 'PRACTICAL'
  | 'TRANSPORT';

/** One offer or need. */
export type ContributionInput = {
  /** At least one. */
  availability: Array<Availability>;
  category: ContributionCategory;
  /** 1 to 300 characters, with no email address or phone number. */
  description: string;
};

/** A new case study; it starts as a DRAFT (publish it with `publishCaseStudy`). */
export type CreateCaseStudyInput = {
  /** Up to 100,000 bytes. */
  body: string;
  /** At least one. */
  coTypes: Array<CoType>;
  /** Your own system's key for it, unique within your organisation. */
  externalId?: string | null | undefined;
  /** An initiative of your organisation. */
  initiativeId?: string | number | null | undefined;
  /** BCP 47 language tag of the text. */
  language?: string;
  serviceArea: ServiceArea;
  /** 1 to 1,000 characters. */
  summary: string;
  /** Up to 20; stored lower-case and hyphenated. */
  tags?: Array<string>;
  /** 1 to 200 characters. */
  title: string;
  /** PUBLIC takes effect on publication, which needs the ADMIN role. */
  visibility: Visibility;
};

/** Where the Impact Matrix places an initiative (a score of 3 or more is high). */
export type ImpactQuadrant =
  /** Low impact but easy: do when there is room. */
  | 'FILL_IN'
  /** High impact but hard: plan for it. */
  | 'MAJOR_PROJECT'
  /** High impact and easy: do first. */
  | 'QUICK_WIN'
  /** Low impact and hard: set aside. */
  | 'THANKLESS_TASK';

/** Whether an incentive costs money. */
export type IncentiveKind =
  | 'FINANCIAL'
  | 'NON_FINANCIAL';

/** Whom an incentive is meant to move. */
export type IncentiveTargetGroup =
  | 'COMMISSIONERS'
  | 'COMMUNITIES'
  | 'MANAGERS'
  | 'POLITICIANS'
  /** People using services. */
  | 'SERVICE_USERS'
  | 'STAFF';

/** People who took an incentive up over a period. */
export type IncentiveUptakeInput = {
  from: string;
  /** 0 or more. */
  people: number;
  /** On or after `from`. */
  to: string;
};

/** What an indicator measures. */
export type IndicatorKind =
  /** A change in outcomes for people. */
  | 'OUTCOME'
  /** What the service did. */
  | 'PROCESS';

/** The UK nation an organisation works in. */
export type Nation =
  | 'ENGLAND'
  | 'NORTHERN_IRELAND'
  | 'SCOTLAND'
  | 'WALES';

/** How `rankedOptions` orders a council's initiatives. */
export type OptionRanking =
  /** Benefit-cost ratio, highest first (the business case's, else the appraisal's). */
  | 'BENEFIT_COST_RATIO'
  /** The Impact Matrix: quick wins first, then major projects, fill-ins and thankless tasks; within each, impact × ease. */
  | 'IMPACT_MATRIX'
  /** Net present value of the business case, highest first. */
  | 'NPV';

/** A participant: pseudonymous, so there is no field for a name or contact details. */
export type ParticipantInput = {
  /** When they consented to take part. */
  consentedOn: string;
  /** Up to 10. */
  needs?: Array<ContributionInput>;
  /** Up to 10. */
  offers?: Array<ContributionInput>;
  /** Your council's code for them (such as WV-017): letters, digits, '-', '_', '.', '/', no spaces. */
  reference: string;
  willingness: Willingness;
};

/** A step of a pathway to outcomes, in the order a pathway runs. */
export type PathwayStepKind =
  /** What the initiative does. */
  | 'ACTIVITY'
  /** The public outcome sought (fewer falls, less loneliness). */
  | 'FINAL_OUTCOME'
  /** A change on the way (confidence, skills, connections). */
  | 'INTERMEDIATE_OUTCOME'
  /** What the activity produces (sessions held, people trained). */
  | 'OUTPUT';

/** A peer review proper, or a lighter study visit. */
export type PeerReviewKind =
  | 'PEER_REVIEW'
  | 'STUDY_VISIT';

/** Where a peer review stands. While ACCEPTED, the visitor reads the subject even when it is PRIVATE. */
export type PeerReviewStatus =
  | 'ACCEPTED'
  | 'CANCELLED'
  | 'COMPLETED'
  | 'DECLINED'
  | 'REQUESTED';

/** Why a member reports a case study. */
export type ReportReason =
  /** Someone else's work, used without leave. */
  | 'COPYRIGHT'
  /** Facts that are wrong. */
  | 'INACCURATE'
  /** Offensive words or images. */
  | 'OFFENSIVE'
  /** Anything else: say what in the details. */
  | 'OTHER'
  /** No longer true. */
  | 'OUTDATED'
  /** It names or identifies a person. */
  | 'PERSONAL_DATA'
  /** Advertising or nonsense. */
  | 'SPAM';

/** Whether a report waits for an answer. */
export type ReportStatus =
  /** Waiting for an answer. */
  | 'OPEN'
  /** Answered, with an outcome. */
  | 'RESOLVED';

/**
 * A request for a peer review or study visit. Name exactly one subject (`initiativeId` or
 * `caseStudyId`) and exactly one other side (`visitor` or `host`, an organisation slug); your own
 * organisation is the side not named.
 */
export type RequestPeerReviewInput = {
  caseStudyId?: string | number | null | undefined;
  /** The organisation you would visit (it owns the subject). */
  host?: string | null | undefined;
  initiativeId?: string | number | null | undefined;
  kind: PeerReviewKind;
  /** Up to 2,000 characters, shown to both sides. */
  message?: string | null | undefined;
  /** The date proposed for the visit, today or later. */
  proposedFor?: string | null | undefined;
  /** The organisation to visit you (you host, and own the subject). */
  visitor?: string | null | undefined;
};

/** A three-point scale for a risk's likelihood and impact. */
export type RiskLevel =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** A role a token grants within its organisation. */
export type Role =
  /** Also publishes, manages the organisation and revokes tokens. */
  | 'ADMIN'
  /** A network body's curator: features, verifies and hides PUBLIC case studies and answers reports. */
  | 'CURATOR'
  /** Also creates, updates and deletes the organisation's records. */
  | 'EDITOR'
  /** A partner machine that syncs case studies. */
  | 'SYNC'
  /** Reads the organisation's records and the network's. */
  | 'VIEWER';

/** The council service a record belongs to. */
export type ServiceArea =
  | 'ADULT_SOCIAL_CARE'
  | 'CHILDREN_AND_YOUNG_PEOPLE'
  | 'COMMISSIONING_AND_FUNDING'
  | 'COMMUNITY_SAFETY'
  | 'CULTURE_AND_LEISURE'
  | 'EDUCATION'
  | 'ENVIRONMENT'
  | 'HEALTH'
  | 'HOUSING'
  | 'OTHER'
  | 'TRANSPORT'
  | 'WHOLE_COUNCIL';

/** Where an initiative stands on the Co-Production Star's five-step journey. */
export type StarStep =
  /** Appraise options and pick the highest impact. */
  | 'FOCUS_IT'
  /** Embed and scale. */
  | 'GROW_IT'
  /** Find existing and potential co-production. */
  | 'MAP_IT'
  /** Incentives and behaviour change. */
  | 'MARKET_IT'
  /** Find and build the people and assets. */
  | 'PEOPLE_IT';

/** What a charter changed of its template. */
export type TemplateChange =
  /** In the charter, not in the template. */
  | 'ADDED'
  /** In the template, not in the charter. */
  | 'REMOVED';

/**
 * Where a text comes from: the original, a person's translation, a
 * machine's, or a translation made before the original last changed.
 */
export type TranslationStatus =
  /** Translated by a person. */
  | 'HUMAN'
  /** Translated by machine: say so where it is shown. */
  | 'MACHINE'
  /** The text as its author wrote it. */
  | 'ORIGINAL'
  /** Translated before the original last changed. */
  | 'OUTDATED';

/** Changes to a case study: fields left out keep their value; `initiativeId: null` unlinks it. */
export type UpdateCaseStudyInput = {
  body?: string | null | undefined;
  coTypes?: Array<CoType> | null | undefined;
  /** The version the change was made against; a stale one is a CONFLICT. */
  expectedVersion: number;
  externalId?: string | null | undefined;
  id: string | number;
  initiativeId?: string | number | null | undefined;
  language?: string | null | undefined;
  serviceArea?: ServiceArea | null | undefined;
  summary?: string | null | undefined;
  tags?: Array<string> | null | undefined;
  title?: string | null | undefined;
  visibility?: Visibility | null | undefined;
};

/** Who may read a record: its owner only (PRIVATE), any member organisation (NETWORK), or anyone (PUBLIC). */
export type Visibility =
  | 'NETWORK'
  | 'PRIVATE'
  | 'PUBLIC';

/** How much more a participant would contribute than now: not everybody wants to contribute at the same level. */
export type Willingness =
  /** As much as now, no more. */
  | 'AS_NOW'
  | 'A_LITTLE_MORE'
  | 'A_LOT_MORE';

export type FeatureCaseStudyMutationVariables = Exact<{
  id: string | number;
  featured: boolean;
}>;


export type FeatureCaseStudyMutation = { featureCaseStudy: { id: string, version: number, featured: boolean, verifiedAt: string | null, verificationNote: string | null, hiddenAt: string | null, hiddenReason: string | null, verifiedBy: { id: string, name: string } | null } };

export type VerifyCaseStudyMutationVariables = Exact<{
  id: string | number;
  note?: string | null | undefined;
}>;


export type VerifyCaseStudyMutation = { verifyCaseStudy: { id: string, version: number, featured: boolean, verifiedAt: string | null, verificationNote: string | null, hiddenAt: string | null, hiddenReason: string | null, verifiedBy: { id: string, name: string } | null } };

export type HideCaseStudyMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type HideCaseStudyMutation = { hideCaseStudy: { id: string, version: number, featured: boolean, verifiedAt: string | null, verificationNote: string | null, hiddenAt: string | null, hiddenReason: string | null, verifiedBy: { id: string, name: string } | null } };

export type UnhideCaseStudyMutationVariables = Exact<{
  id: string | number;
}>;


export type UnhideCaseStudyMutation = { unhideCaseStudy: { id: string, version: number, featured: boolean, verifiedAt: string | null, verificationNote: string | null, hiddenAt: string | null, hiddenReason: string | null, verifiedBy: { id: string, name: string } | null } };

export type ReportContentMutationVariables = Exact<{
  id: string | number;
  reason: ReportReason;
  details?: string | null | undefined;
}>;


export type ReportContentMutation = { reportContent: { id: string, reason: ReportReason, status: ReportStatus } };

export type ContentReportsQueryVariables = Exact<{
  status?: ReportStatus | null | undefined;
  first: number;
  lang?: string | null | undefined;
}>;


export type ContentReportsQuery = { contentReports: { totalCount: number, nodes: Array<{ id: string, reason: ReportReason, details: string | null, status: ReportStatus, outcome: string | null, createdAt: string, resolvedAt: string | null, reporter: { id: string, name: string }, resolvedBy: { id: string, name: string } | null, caseStudy: { id: string, title: string, servedLanguage: string, owner: { id: string, name: string } } | null }> } };

export type ResolveReportMutationVariables = Exact<{
  id: string | number;
  outcome: string;
}>;


export type ResolveReportMutation = { resolveReport: { id: string, status: ReportStatus, outcome: string | null, resolvedAt: string | null } };

export type ExploreQueryVariables = Exact<{
  filter?: CaseStudyFilter | null | undefined;
  first: number;
  orderBy?: CaseStudyOrder | null | undefined;
  lang?: string | null | undefined;
  search?: string;
  searching?: boolean;
}>;


export type ExploreQuery = { caseStudyFacets: { total: number, coTypes: Array<{ value: string, count: number }>, starSteps: Array<{ value: string, count: number }>, serviceAreas: Array<{ value: string, count: number }>, nations: Array<{ value: string, count: number }>, languages: Array<{ value: string, count: number }>, evidenceLevels: Array<{ value: string, count: number }>, coStepMatrix: Array<{ coType: CoType, starStep: StarStep, count: number }> }, caseStudies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, summary: string, servedLanguage: string, coTypes: Array<CoType>, serviceArea: ServiceArea, status: CaseStudyStatus, visibility: Visibility, featured: boolean, verifiedAt: string | null, searchHighlight?: { title: Array<{ text: string, matched: boolean }>, passage: Array<{ text: string, matched: boolean }> }, translations: Array<{ language: string }>, owner: { id: string, name: string, nation: Nation }, initiative: { id: string, starStep: StarStep } | null }> } };

export type ExploreMoreQueryVariables = Exact<{
  filter?: CaseStudyFilter | null | undefined;
  first: number;
  after: string;
  orderBy?: CaseStudyOrder | null | undefined;
  lang?: string | null | undefined;
  search?: string;
  searching?: boolean;
}>;


export type ExploreMoreQuery = { caseStudies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, summary: string, servedLanguage: string, coTypes: Array<CoType>, serviceArea: ServiceArea, status: CaseStudyStatus, visibility: Visibility, featured: boolean, verifiedAt: string | null, searchHighlight?: { title: Array<{ text: string, matched: boolean }>, passage: Array<{ text: string, matched: boolean }> }, translations: Array<{ language: string }>, owner: { id: string, name: string, nation: Nation }, initiative: { id: string, starStep: StarStep } | null }> } };

export type FeaturedCaseStudiesQueryVariables = Exact<{
  first: number;
  lang?: string | null | undefined;
}>;


export type FeaturedCaseStudiesQuery = { caseStudies: { nodes: Array<{ id: string, title: string, summary: string, servedLanguage: string, coTypes: Array<CoType>, serviceArea: ServiceArea, status: CaseStudyStatus, visibility: Visibility, featured: boolean, verifiedAt: string | null, translations: Array<{ language: string }>, owner: { id: string, name: string, nation: Nation }, initiative: { id: string, starStep: StarStep } | null }> } };

export type CaseStudyCardFragment = { id: string, title: string, summary: string, servedLanguage: string, coTypes: Array<CoType>, serviceArea: ServiceArea, status: CaseStudyStatus, visibility: Visibility, featured: boolean, verifiedAt: string | null, translations: Array<{ language: string }>, owner: { id: string, name: string, nation: Nation }, initiative: { id: string, starStep: StarStep } | null };

export type SearchHighlightPartsFragment = { title: Array<{ text: string, matched: boolean }>, passage: Array<{ text: string, matched: boolean }> };

export type CaseStudyCurationFragment = { featured: boolean, verifiedAt: string | null, verificationNote: string | null, hiddenAt: string | null, hiddenReason: string | null, verifiedBy: { id: string, name: string } | null };

export type EvidenceItemFragment = { id: string, summary: string, source: string | null, observedOn: string | null, nestaLevel: number | null, marylandLevel: number | null, emmie: { effect: string | null, mechanism: string | null, moderators: string | null, implementation: string | null, economics: string | null } | null };

export type InitiativeDetailFragment = { id: string, title: string, summary: string, servedLanguage: string, coTypes: Array<CoType>, starStep: StarStep, serviceArea: ServiceArea, tags: Array<string>, visibility: Visibility, updatedAt: string, translations: Array<{ language: string, status: TranslationStatus }>, owner: { id: string, slug: string, name: string, gssCode: string | null, nation: Nation }, appraisal: { impact: number | null, ease: number | null, quadrant: ImpactQuadrant | null, annualCost: number | null, annualBenefit: number | null, currency: string | null, benefitCostRatio: number | null }, pathway: { steps: Array<{ id: string, kind: PathwayStepKind, label: string }>, links: Array<{ id: string, from: { id: string }, to: { id: string }, evidence: Array<{ id: string, summary: string, source: string | null, observedOn: string | null, nestaLevel: number | null, marylandLevel: number | null, emmie: { effect: string | null, mechanism: string | null, moderators: string | null, implementation: string | null, economics: string | null } | null }> }> }, evidenceGaps: Array<{ id: string }>, indicators: Array<{ id: string, kind: IndicatorKind, name: string, unit: string, baseline: number | null, target: number | null, change: number | null, progressToTarget: number | null, latest: { measuredOn: string, value: number, note: string | null } | null }>, charters: Array<{ id: string, title: string, servedLanguage: string, status: CharterStatus, adoptedAt: string | null, translations: Array<{ language: string, status: TranslationStatus }>, commitments: Array<{ party: CommitmentParty, kind: CommitmentKind, text: string }>, risks: Array<{ description: string, likelihood: RiskLevel, impact: RiskLevel, mitigation: string }>, signatories: Array<{ name: string, role: string, party: CommitmentParty, signedOn: string | null }> }>, peerMatches: Array<{ score: number, sharedCoTypes: Array<CoType>, sharedTags: Array<string>, sharedWords: Array<string>, sameServiceArea: boolean, furtherAlong: boolean, initiative: { id: string, title: string, servedLanguage: string, starStep: StarStep, coTypes: Array<CoType>, owner: { id: string, name: string, nation: Nation } } }> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { subject: string, roles: Array<Role>, organisation: { id: string, slug: string, name: string } } | null };

export type SignInOrganisationsQueryVariables = Exact<{ [key: string]: never; }>;


export type SignInOrganisationsQuery = { organisations: { nodes: Array<{ id: string, slug: string, name: string }> } };

export type CaseStudyLanguageQueryVariables = Exact<{
  id: string | number;
}>;


export type CaseStudyLanguageQuery = { node:
    | { __typename: 'BarrierSurvey' }
    | { __typename: 'CaseStudy', id: string, language: string }
    | { __typename: 'Charter' }
    | { __typename: 'CharterTemplate' }
    | { __typename: 'Initiative' }
    | { __typename: 'Organisation' }
    | { __typename: 'PeerReview' }
   | null };

export type CaseStudyForEditQueryVariables = Exact<{
  id: string | number;
  original: string;
}>;


export type CaseStudyForEditQuery = { node:
    | { __typename: 'BarrierSurvey' }
    | { __typename: 'CaseStudy', id: string, title: string, summary: string, body: string, coTypes: Array<CoType>, serviceArea: ServiceArea, tags: Array<string>, language: string, visibility: Visibility, status: CaseStudyStatus, version: number, owner: { id: string, slug: string, name: string }, initiative: { id: string } | null, completeness: { score: number, missing: Array<string> }, revisions: { totalCount: number, nodes: Array<{ version: number, changedAt: string, subject: string | null, organisation: { id: string, name: string } | null, changes: Array<{ field: string, before: string | null, after: string | null, diff: string | null }> }> } }
    | { __typename: 'Charter' }
    | { __typename: 'CharterTemplate' }
    | { __typename: 'Initiative' }
    | { __typename: 'Organisation' }
    | { __typename: 'PeerReview' }
   | null };

export type OwnInitiativesQueryVariables = Exact<{
  owner: string;
  lang?: string | null | undefined;
}>;


export type OwnInitiativesQuery = { initiatives: { nodes: Array<{ id: string, title: string }> } };

export type CreateCaseStudyMutationVariables = Exact<{
  input: CreateCaseStudyInput;
}>;


export type CreateCaseStudyMutation = { createCaseStudy: { id: string, version: number } };

export type UpdateCaseStudyMutationVariables = Exact<{
  input: UpdateCaseStudyInput;
}>;


export type UpdateCaseStudyMutation = { updateCaseStudy: { id: string, version: number } };

export type RestoreRevisionMutationVariables = Exact<{
  id: string | number;
  version: number;
  expectedVersion: number;
}>;


export type RestoreRevisionMutation = { restoreRevision:
    | { id: string }
    | { version: number, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   };

export type PublishCaseStudyMutationVariables = Exact<{
  id: string | number;
}>;


export type PublishCaseStudyMutation = { publishCaseStudy: { id: string, status: CaseStudyStatus, version: number } };

export type CaseStudyPeerReviewsQueryVariables = Exact<{
  caseStudyId: string | number;
}>;


export type CaseStudyPeerReviewsQuery = { peerReviews: { nodes: Array<{ id: string, kind: PeerReviewKind, status: PeerReviewStatus, proposedFor: string | null }> } };

export type RequestPeerReviewMutationVariables = Exact<{
  input: RequestPeerReviewInput;
}>;


export type RequestPeerReviewMutation = { requestPeerReview: { id: string, kind: PeerReviewKind, status: PeerReviewStatus, proposedFor: string | null, host: { id: string, name: string } } };

export type CaseStudyPageQueryVariables = Exact<{
  id: string | number;
  lang?: string | null | undefined;
}>;


export type CaseStudyPageQuery = { node:
    | { __typename: 'BarrierSurvey' }
    | { __typename: 'CaseStudy', id: string, title: string, summary: string, body: string, servedLanguage: string, coTypes: Array<CoType>, serviceArea: ServiceArea, tags: Array<string>, visibility: Visibility, status: CaseStudyStatus, publishedAt: string | null, updatedAt: string, version: number, featured: boolean, verifiedAt: string | null, verificationNote: string | null, hiddenAt: string | null, hiddenReason: string | null, translations: Array<{ language: string, status: TranslationStatus }>, owner: { id: string, slug: string, name: string, gssCode: string | null, nation: Nation }, initiative: { id: string, title: string, summary: string, servedLanguage: string, coTypes: Array<CoType>, starStep: StarStep, serviceArea: ServiceArea, tags: Array<string>, visibility: Visibility, updatedAt: string, translations: Array<{ language: string, status: TranslationStatus }>, owner: { id: string, slug: string, name: string, gssCode: string | null, nation: Nation }, appraisal: { impact: number | null, ease: number | null, quadrant: ImpactQuadrant | null, annualCost: number | null, annualBenefit: number | null, currency: string | null, benefitCostRatio: number | null }, pathway: { steps: Array<{ id: string, kind: PathwayStepKind, label: string }>, links: Array<{ id: string, from: { id: string }, to: { id: string }, evidence: Array<{ id: string, summary: string, source: string | null, observedOn: string | null, nestaLevel: number | null, marylandLevel: number | null, emmie: { effect: string | null, mechanism: string | null, moderators: string | null, implementation: string | null, economics: string | null } | null }> }> }, evidenceGaps: Array<{ id: string }>, indicators: Array<{ id: string, kind: IndicatorKind, name: string, unit: string, baseline: number | null, target: number | null, change: number | null, progressToTarget: number | null, latest: { measuredOn: string, value: number, note: string | null } | null }>, charters: Array<{ id: string, title: string, servedLanguage: string, status: CharterStatus, adoptedAt: string | null, translations: Array<{ language: string, status: TranslationStatus }>, commitments: Array<{ party: CommitmentParty, kind: CommitmentKind, text: string }>, risks: Array<{ description: string, likelihood: RiskLevel, impact: RiskLevel, mitigation: string }>, signatories: Array<{ name: string, role: string, party: CommitmentParty, signedOn: string | null }> }>, peerMatches: Array<{ score: number, sharedCoTypes: Array<CoType>, sharedTags: Array<string>, sharedWords: Array<string>, sameServiceArea: boolean, furtherAlong: boolean, initiative: { id: string, title: string, servedLanguage: string, starStep: StarStep, coTypes: Array<CoType>, owner: { id: string, name: string, nation: Nation } } }> } | null, verifiedBy: { id: string, name: string } | null }
    | { __typename: 'Charter' }
    | { __typename: 'CharterTemplate' }
    | { __typename: 'Initiative' }
    | { __typename: 'Organisation' }
    | { __typename: 'PeerReview' }
   | null };

export type InitiativePageQueryVariables = Exact<{
  id: string | number;
  lang?: string | null | undefined;
}>;


export type InitiativePageQuery = { node:
    | { __typename: 'BarrierSurvey' }
    | { __typename: 'CaseStudy' }
    | { __typename: 'Charter' }
    | { __typename: 'CharterTemplate' }
    | { __typename: 'Initiative', id: string, title: string, summary: string, servedLanguage: string, coTypes: Array<CoType>, starStep: StarStep, serviceArea: ServiceArea, tags: Array<string>, visibility: Visibility, updatedAt: string, caseStudies: { totalCount: number, nodes: Array<{ id: string, title: string, summary: string, servedLanguage: string, coTypes: Array<CoType>, serviceArea: ServiceArea, status: CaseStudyStatus, visibility: Visibility, featured: boolean, verifiedAt: string | null, translations: Array<{ language: string }>, owner: { id: string, name: string, nation: Nation }, initiative: { id: string, starStep: StarStep } | null }> }, translations: Array<{ language: string, status: TranslationStatus }>, owner: { id: string, slug: string, name: string, gssCode: string | null, nation: Nation }, appraisal: { impact: number | null, ease: number | null, quadrant: ImpactQuadrant | null, annualCost: number | null, annualBenefit: number | null, currency: string | null, benefitCostRatio: number | null }, pathway: { steps: Array<{ id: string, kind: PathwayStepKind, label: string }>, links: Array<{ id: string, from: { id: string }, to: { id: string }, evidence: Array<{ id: string, summary: string, source: string | null, observedOn: string | null, nestaLevel: number | null, marylandLevel: number | null, emmie: { effect: string | null, mechanism: string | null, moderators: string | null, implementation: string | null, economics: string | null } | null }> }> }, evidenceGaps: Array<{ id: string }>, indicators: Array<{ id: string, kind: IndicatorKind, name: string, unit: string, baseline: number | null, target: number | null, change: number | null, progressToTarget: number | null, latest: { measuredOn: string, value: number, note: string | null } | null }>, charters: Array<{ id: string, title: string, servedLanguage: string, status: CharterStatus, adoptedAt: string | null, translations: Array<{ language: string, status: TranslationStatus }>, commitments: Array<{ party: CommitmentParty, kind: CommitmentKind, text: string }>, risks: Array<{ description: string, likelihood: RiskLevel, impact: RiskLevel, mitigation: string }>, signatories: Array<{ name: string, role: string, party: CommitmentParty, signedOn: string | null }> }>, peerMatches: Array<{ score: number, sharedCoTypes: Array<CoType>, sharedTags: Array<string>, sharedWords: Array<string>, sameServiceArea: boolean, furtherAlong: boolean, initiative: { id: string, title: string, servedLanguage: string, starStep: StarStep, coTypes: Array<CoType>, owner: { id: string, name: string, nation: Nation } } }> }
    | { __typename: 'Organisation' }
    | { __typename: 'PeerReview' }
   | null };

export type SmallCountPartsFragment = { count: number | null, countSuppressed: boolean };

export type BusinessCaseTotalsFragment = { discountRate: number, currency: string, presentValueBenefits: number, presentValueCosts: number, npv: number, benefitCostRatio: number | null, paybackYear: number | null, updatedAt: string, sensitivity: { presentValueBenefits: number, presentValueCosts: number, npv: number, benefitCostRatio: number | null, paybackYear: number | null } };

export type InitiativeToolkitQueryVariables = Exact<{
  id: string | number;
  lang?: string | null | undefined;
}>;


export type InitiativeToolkitQuery = { node:
    | { __typename: 'BarrierSurvey' }
    | { __typename: 'CaseStudy' }
    | { __typename: 'Charter' }
    | { __typename: 'CharterTemplate' }
    | { __typename: 'Initiative', id: string, assets: Array<{ id: string, kind: CommunityAssetKind, description: string, location: string | null, contactRoute: string | null, visibility: Visibility }>, assetSummary: { assets: number, participants: { count: number | null, countSuppressed: boolean }, categories: Array<{ category: ContributionCategory, offers: { count: number | null, countSuppressed: boolean }, needs: { count: number | null, countSuppressed: boolean }, matches: { count: number | null, countSuppressed: boolean } }> }, incentives: Array<{ id: string, targetGroup: IncentiveTargetGroup, kind: IncentiveKind, title: string, example: string | null, cost: number | null, currency: string, template: { id: string, title: string, publisher: { id: string, name: string } } | null, totalUptake: { count: number | null, countSuppressed: boolean }, uptake: Array<{ from: string, to: string, people: { count: number | null, countSuppressed: boolean } }> }>, charters: Array<{ id: string, title: string, servedLanguage: string, template: { id: string, title: string, language: string, publisher: { id: string, name: string } } | null, templateDifferences: Array<{ part: CharterPart, change: TemplateChange, text: string }> }>, businessCase: { discountRate: number, currency: string, presentValueBenefits: number, presentValueCosts: number, npv: number, benefitCostRatio: number | null, paybackYear: number | null, updatedAt: string, flows: Array<{ year: number, category: CashFlowCategory, amount: number }>, sensitivity: { presentValueBenefits: number, presentValueCosts: number, npv: number, benefitCostRatio: number | null, paybackYear: number | null } } | null }
    | { __typename: 'Organisation' }
    | { __typename: 'PeerReview' }
   | null };

export type InitiativeParticipantsQueryVariables = Exact<{
  id: string | number;
}>;


export type InitiativeParticipantsQuery = { node:
    | { __typename: 'BarrierSurvey' }
    | { __typename: 'CaseStudy' }
    | { __typename: 'Charter' }
    | { __typename: 'CharterTemplate' }
    | { __typename: 'Initiative', id: string, participants: Array<{ id: string, reference: string, consentedOn: string, willingness: Willingness, withdrawnAt: string | null, offers: Array<{ category: ContributionCategory, description: string, availability: Array<Availability> }>, needs: Array<{ category: ContributionCategory, description: string, availability: Array<Availability> }> }> }
    | { __typename: 'Organisation' }
    | { __typename: 'PeerReview' }
   | null };

export type InitiativeMatchesQueryVariables = Exact<{
  initiativeId: string | number;
}>;


export type InitiativeMatchesQuery = { matches: Array<{ category: ContributionCategory, score: number, sharedAvailability: Array<Availability>, offer: { description: string }, offeredBy: { id: string, reference: string }, need: { description: string }, neededBy: { id: string, reference: string } }> };

export type BusinessCasePageQueryVariables = Exact<{
  id: string | number;
  lang?: string | null | undefined;
}>;


export type BusinessCasePageQuery = { node:
    | { __typename: 'BarrierSurvey' }
    | { __typename: 'CaseStudy' }
    | { __typename: 'Charter' }
    | { __typename: 'CharterTemplate' }
    | { __typename: 'Initiative', id: string, title: string, servedLanguage: string, owner: { id: string, name: string }, businessCase: { discountRate: number, currency: string, presentValueBenefits: number, presentValueCosts: number, npv: number, benefitCostRatio: number | null, paybackYear: number | null, updatedAt: string, years: Array<{ year: number, benefits: number, costs: number, discountFactor: number, discountedNet: number, cumulativeDiscountedNet: number }>, sensitivity: { presentValueBenefits: number, presentValueCosts: number, npv: number, benefitCostRatio: number | null, paybackYear: number | null } } | null }
    | { __typename: 'Organisation' }
    | { __typename: 'PeerReview' }
   | null };

export type ToolkitPageQueryVariables = Exact<{
  withRuns: boolean;
}>;


export type ToolkitPageQuery = { barrierSurveys: { nodes: Array<{ id: string, title: string, version: number, publishedAt: string, publisher: { id: string, name: string }, barriers: Array<{ key: string, group: BarrierGroup, text: string }>, runs?: Array<{ id: string, service: ServiceArea, opensOn: string, closesOn: string, responses: number, results: Array<{ responses: number, meanScore: number | null, shareReportingBarrier: number | null, barrier: { key: string, group: BarrierGroup, text: string }, benchmark: { councils: number, responses: number, meanScore: number, shareReportingBarrier: number } | null }> }> }> }, charterTemplates: { nodes: Array<{ id: string, title: string, language: string, createdAt: string, publisher: { id: string, name: string }, commitments: Array<{ party: CommitmentParty, kind: CommitmentKind, text: string }>, risks: Array<{ description: string }> }> } };

export type AddParticipantMutationVariables = Exact<{
  initiativeId: string | number;
  input: ParticipantInput;
}>;


export type AddParticipantMutation = { addParticipant: { id: string, reference: string } };

export type WithdrawParticipantConsentMutationVariables = Exact<{
  id: string | number;
}>;


export type WithdrawParticipantConsentMutation = { withdrawParticipantConsent: { id: string, reference: string, withdrawnAt: string | null } };

export type IncentiveTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type IncentiveTemplatesQuery = { incentiveTemplates: Array<{ id: string, targetGroup: IncentiveTargetGroup, kind: IncentiveKind, title: string, cost: number | null, currency: string, publisher: { id: string, name: string } }> };

export type CopyIncentiveTemplatesMutationVariables = Exact<{
  initiativeId: string | number;
  templateIds: Array<string | number> | string | number;
}>;


export type CopyIncentiveTemplatesMutation = { copyIncentiveTemplates: Array<{ id: string, title: string }> };

export type RecordIncentiveUptakeMutationVariables = Exact<{
  incentiveId: string | number;
  input: IncentiveUptakeInput;
}>;


export type RecordIncentiveUptakeMutation = { recordIncentiveUptake: { id: string } };

export type SetBusinessCaseMutationVariables = Exact<{
  initiativeId: string | number;
  input: BusinessCaseInput;
}>;


export type SetBusinessCaseMutation = { setBusinessCase: { discountRate: number, currency: string, presentValueBenefits: number, presentValueCosts: number, npv: number, benefitCostRatio: number | null, paybackYear: number | null, updatedAt: string, sensitivity: { presentValueBenefits: number, presentValueCosts: number, npv: number, benefitCostRatio: number | null, paybackYear: number | null } } };

export type RankedOptionsQueryVariables = Exact<{
  by: OptionRanking;
  lang?: string | null | undefined;
}>;


export type RankedOptionsQuery = { rankedOptions: Array<{ rank: number, initiative: { id: string, title: string, servedLanguage: string, businessCase: { currency: string, npv: number, benefitCostRatio: number | null } | null, appraisal: { quadrant: ImpactQuadrant | null, benefitCostRatio: number | null } } }> };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CaseStudyCardFragmentDoc = new TypedDocumentString(`
    fragment CaseStudyCard on CaseStudy {
  id
  title(lang: $lang)
  summary(lang: $lang)
  servedLanguage(lang: $lang)
  translations {
    language
  }
  coTypes
  serviceArea
  status
  visibility
  owner {
    id
    name
    nation
  }
  initiative {
    id
    starStep
  }
  featured
  verifiedAt
}
    `, {"fragmentName":"CaseStudyCard"}) as unknown as TypedDocumentString<CaseStudyCardFragment, unknown>;
export const SearchHighlightPartsFragmentDoc = new TypedDocumentString(`
    fragment SearchHighlightParts on SearchHighlight {
  title {
    text
    matched
  }
  passage {
    text
    matched
  }
}
    `, {"fragmentName":"SearchHighlightParts"}) as unknown as TypedDocumentString<SearchHighlightPartsFragment, unknown>;
export const CaseStudyCurationFragmentDoc = new TypedDocumentString(`
    fragment CaseStudyCuration on CaseStudy {
  featured
  verifiedAt
  verifiedBy {
    id
    name
  }
  verificationNote
  hiddenAt
  hiddenReason
}
    `, {"fragmentName":"CaseStudyCuration"}) as unknown as TypedDocumentString<CaseStudyCurationFragment, unknown>;
export const EvidenceItemFragmentDoc = new TypedDocumentString(`
    fragment EvidenceItem on Evidence {
  id
  summary
  source
  observedOn
  nestaLevel
  marylandLevel
  emmie {
    effect
    mechanism
    moderators
    implementation
    economics
  }
}
    `, {"fragmentName":"EvidenceItem"}) as unknown as TypedDocumentString<EvidenceItemFragment, unknown>;
export const InitiativeDetailFragmentDoc = new TypedDocumentString(`
    fragment InitiativeDetail on Initiative {
  id
  title(lang: $lang)
  summary(lang: $lang)
  servedLanguage(lang: $lang)
  translations {
    language
    status
  }
  coTypes
  starStep
  serviceArea
  tags
  visibility
  updatedAt
  owner {
    id
    slug
    name
    gssCode
    nation
  }
  appraisal {
    impact
    ease
    quadrant
    annualCost
    annualBenefit
    currency
    benefitCostRatio
  }
  pathway {
    steps {
      id
      kind
      label
    }
    links {
      id
      from {
        id
      }
      to {
        id
      }
      evidence {
        ...EvidenceItem
      }
    }
  }
  evidenceGaps(minNestaLevel: 2) {
    id
  }
  indicators {
    id
    kind
    name
    unit
    baseline
    target
    latest {
      measuredOn
      value
      note
    }
    change
    progressToTarget
  }
  charters {
    id
    title(lang: $lang)
    servedLanguage(lang: $lang)
    translations {
      language
      status
    }
    status
    adoptedAt
    commitments(lang: $lang) {
      party
      kind
      text
    }
    risks(lang: $lang) {
      description
      likelihood
      impact
      mitigation
    }
    signatories {
      name
      role
      party
      signedOn
    }
  }
  peerMatches(first: 5) {
    score
    sharedCoTypes
    sharedTags
    sharedWords
    sameServiceArea
    furtherAlong
    initiative {
      id
      title(lang: $lang)
      servedLanguage(lang: $lang)
      starStep
      coTypes
      owner {
        id
        name
        nation
      }
    }
  }
}
    fragment EvidenceItem on Evidence {
  id
  summary
  source
  observedOn
  nestaLevel
  marylandLevel
  emmie {
    effect
    mechanism
    moderators
    implementation
    economics
  }
}`, {"fragmentName":"InitiativeDetail"}) as unknown as TypedDocumentString<InitiativeDetailFragment, unknown>;
export const SmallCountPartsFragmentDoc = new TypedDocumentString(`
    fragment SmallCountParts on SmallCount {
  count
  countSuppressed
}
    `, {"fragmentName":"SmallCountParts"}) as unknown as TypedDocumentString<SmallCountPartsFragment, unknown>;
export const BusinessCaseTotalsFragmentDoc = new TypedDocumentString(`
    fragment BusinessCaseTotals on BusinessCase {
  discountRate
  currency
  presentValueBenefits
  presentValueCosts
  npv
  benefitCostRatio
  paybackYear
  sensitivity {
    presentValueBenefits
    presentValueCosts
    npv
    benefitCostRatio
    paybackYear
  }
  updatedAt
}
    `, {"fragmentName":"BusinessCaseTotals"}) as unknown as TypedDocumentString<BusinessCaseTotalsFragment, unknown>;
export const FeatureCaseStudyDocument = new TypedDocumentString(`
    mutation FeatureCaseStudy($id: ID!, $featured: Boolean!) {
  featureCaseStudy(id: $id, featured: $featured) {
    id
    version
    ...CaseStudyCuration
  }
}
    fragment CaseStudyCuration on CaseStudy {
  featured
  verifiedAt
  verifiedBy {
    id
    name
  }
  verificationNote
  hiddenAt
  hiddenReason
}`) as unknown as TypedDocumentString<FeatureCaseStudyMutation, FeatureCaseStudyMutationVariables>;
export const VerifyCaseStudyDocument = new TypedDocumentString(`
    mutation VerifyCaseStudy($id: ID!, $note: String) {
  verifyCaseStudy(id: $id, note: $note) {
    id
    version
    ...CaseStudyCuration
  }
}
    fragment CaseStudyCuration on CaseStudy {
  featured
  verifiedAt
  verifiedBy {
    id
    name
  }
  verificationNote
  hiddenAt
  hiddenReason
}`) as unknown as TypedDocumentString<VerifyCaseStudyMutation, VerifyCaseStudyMutationVariables>;
export const HideCaseStudyDocument = new TypedDocumentString(`
    mutation HideCaseStudy($id: ID!, $reason: String!) {
  hideCaseStudy(id: $id, reason: $reason) {
    id
    version
    ...CaseStudyCuration
  }
}
    fragment CaseStudyCuration on CaseStudy {
  featured
  verifiedAt
  verifiedBy {
    id
    name
  }
  verificationNote
  hiddenAt
  hiddenReason
}`) as unknown as TypedDocumentString<HideCaseStudyMutation, HideCaseStudyMutationVariables>;
export const UnhideCaseStudyDocument = new TypedDocumentString(`
    mutation UnhideCaseStudy($id: ID!) {
  unhideCaseStudy(id: $id) {
    id
    version
    ...CaseStudyCuration
  }
}
    fragment CaseStudyCuration on CaseStudy {
  featured
  verifiedAt
  verifiedBy {
    id
    name
  }
  verificationNote
  hiddenAt
  hiddenReason
}`) as unknown as TypedDocumentString<UnhideCaseStudyMutation, UnhideCaseStudyMutationVariables>;
export const ReportContentDocument = new TypedDocumentString(`
    mutation ReportContent($id: ID!, $reason: ReportReason!, $details: String) {
  reportContent(id: $id, reason: $reason, details: $details) {
    id
    reason
    status
  }
}
    `) as unknown as TypedDocumentString<ReportContentMutation, ReportContentMutationVariables>;
export const ContentReportsDocument = new TypedDocumentString(`
    query ContentReports($status: ReportStatus, $first: Int!, $lang: String) {
  contentReports(status: $status, first: $first) {
    totalCount
    nodes {
      id
      reason
      details
      status
      outcome
      createdAt
      resolvedAt
      reporter {
        id
        name
      }
      resolvedBy {
        id
        name
      }
      caseStudy {
        id
        title(lang: $lang)
        servedLanguage(lang: $lang)
        owner {
          id
          name
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ContentReportsQuery, ContentReportsQueryVariables>;
export const ResolveReportDocument = new TypedDocumentString(`
    mutation ResolveReport($id: ID!, $outcome: String!) {
  resolveReport(id: $id, outcome: $outcome) {
    id
    status
    outcome
    resolvedAt
  }
}
    `) as unknown as TypedDocumentString<ResolveReportMutation, ResolveReportMutationVariables>;
export const ExploreDocument = new TypedDocumentString(`
    query Explore($filter: CaseStudyFilter, $first: Int!, $orderBy: CaseStudyOrder, $lang: String, $search: String! = "", $searching: Boolean! = false) {
  caseStudyFacets(filter: $filter) {
    total
    coTypes {
      value
      count
    }
    starSteps {
      value
      count
    }
    serviceAreas {
      value
      count
    }
    nations {
      value
      count
    }
    languages {
      value
      count
    }
    evidenceLevels {
      value
      count
    }
    coStepMatrix {
      coType
      starStep
      count
    }
  }
  caseStudies(first: $first, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...CaseStudyCard
      searchHighlight(search: $search, lang: $lang) @include(if: $searching) {
        ...SearchHighlightParts
      }
    }
  }
}
    fragment CaseStudyCard on CaseStudy {
  id
  title(lang: $lang)
  summary(lang: $lang)
  servedLanguage(lang: $lang)
  translations {
    language
  }
  coTypes
  serviceArea
  status
  visibility
  owner {
    id
    name
    nation
  }
  initiative {
    id
    starStep
  }
  featured
  verifiedAt
}
fragment SearchHighlightParts on SearchHighlight {
  title {
    text
    matched
  }
  passage {
    text
    matched
  }
}`) as unknown as TypedDocumentString<ExploreQuery, ExploreQueryVariables>;
export const ExploreMoreDocument = new TypedDocumentString(`
    query ExploreMore($filter: CaseStudyFilter, $first: Int!, $after: String!, $orderBy: CaseStudyOrder, $lang: String, $search: String! = "", $searching: Boolean! = false) {
  caseStudies(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...CaseStudyCard
      searchHighlight(search: $search, lang: $lang) @include(if: $searching) {
        ...SearchHighlightParts
      }
    }
  }
}
    fragment CaseStudyCard on CaseStudy {
  id
  title(lang: $lang)
  summary(lang: $lang)
  servedLanguage(lang: $lang)
  translations {
    language
  }
  coTypes
  serviceArea
  status
  visibility
  owner {
    id
    name
    nation
  }
  initiative {
    id
    starStep
  }
  featured
  verifiedAt
}
fragment SearchHighlightParts on SearchHighlight {
  title {
    text
    matched
  }
  passage {
    text
    matched
  }
}`) as unknown as TypedDocumentString<ExploreMoreQuery, ExploreMoreQueryVariables>;
export const FeaturedCaseStudiesDocument = new TypedDocumentString(`
    query FeaturedCaseStudies($first: Int!, $lang: String) {
  caseStudies(first: $first, filter: {featured: true}) {
    nodes {
      ...CaseStudyCard
    }
  }
}
    fragment CaseStudyCard on CaseStudy {
  id
  title(lang: $lang)
  summary(lang: $lang)
  servedLanguage(lang: $lang)
  translations {
    language
  }
  coTypes
  serviceArea
  status
  visibility
  owner {
    id
    name
    nation
  }
  initiative {
    id
    starStep
  }
  featured
  verifiedAt
}`) as unknown as TypedDocumentString<FeaturedCaseStudiesQuery, FeaturedCaseStudiesQueryVariables>;
export const ViewerDocument = new TypedDocumentString(`
    query Viewer {
  viewer {
    subject
    roles
    organisation {
      id
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<ViewerQuery, ViewerQueryVariables>;
export const SignInOrganisationsDocument = new TypedDocumentString(`
    query SignInOrganisations {
  organisations(first: 100) {
    nodes {
      id
      slug
      name
    }
  }
}
    `) as unknown as TypedDocumentString<SignInOrganisationsQuery, SignInOrganisationsQueryVariables>;
export const CaseStudyLanguageDocument = new TypedDocumentString(`
    query CaseStudyLanguage($id: ID!) {
  node(id: $id) {
    __typename
    ... on CaseStudy {
      id
      language
    }
  }
}
    `) as unknown as TypedDocumentString<CaseStudyLanguageQuery, CaseStudyLanguageQueryVariables>;
export const CaseStudyForEditDocument = new TypedDocumentString(`
    query CaseStudyForEdit($id: ID!, $original: String!) {
  node(id: $id) {
    __typename
    ... on CaseStudy {
      id
      title(lang: $original)
      summary(lang: $original)
      body(lang: $original)
      coTypes
      serviceArea
      tags
      language
      visibility
      status
      version
      owner {
        id
        slug
        name
      }
      initiative {
        id
      }
      completeness {
        score
        missing
      }
      revisions(first: 20) {
        totalCount
        nodes {
          version
          changedAt
          subject
          organisation {
            id
            name
          }
          changes {
            field
            before
            after
            diff
          }
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<CaseStudyForEditQuery, CaseStudyForEditQueryVariables>;
export const OwnInitiativesDocument = new TypedDocumentString(`
    query OwnInitiatives($owner: String!, $lang: String) {
  initiatives(first: 100, filter: {owner: $owner}, orderBy: {field: TITLE}) {
    nodes {
      id
      title(lang: $lang)
    }
  }
}
    `) as unknown as TypedDocumentString<OwnInitiativesQuery, OwnInitiativesQueryVariables>;
export const CreateCaseStudyDocument = new TypedDocumentString(`
    mutation CreateCaseStudy($input: CreateCaseStudyInput!) {
  createCaseStudy(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<CreateCaseStudyMutation, CreateCaseStudyMutationVariables>;
export const UpdateCaseStudyDocument = new TypedDocumentString(`
    mutation UpdateCaseStudy($input: UpdateCaseStudyInput!) {
  updateCaseStudy(input: $input) {
    id
    version
  }
}
    `) as unknown as TypedDocumentString<UpdateCaseStudyMutation, UpdateCaseStudyMutationVariables>;
export const RestoreRevisionDocument = new TypedDocumentString(`
    mutation RestoreRevision($id: ID!, $version: Int!, $expectedVersion: Int!) {
  restoreRevision(id: $id, version: $version, expectedVersion: $expectedVersion) {
    id
    ... on CaseStudy {
      version
    }
  }
}
    `) as unknown as TypedDocumentString<RestoreRevisionMutation, RestoreRevisionMutationVariables>;
export const PublishCaseStudyDocument = new TypedDocumentString(`
    mutation PublishCaseStudy($id: ID!) {
  publishCaseStudy(id: $id) {
    id
    status
    version
  }
}
    `) as unknown as TypedDocumentString<PublishCaseStudyMutation, PublishCaseStudyMutationVariables>;
export const CaseStudyPeerReviewsDocument = new TypedDocumentString(`
    query CaseStudyPeerReviews($caseStudyId: ID!) {
  peerReviews(first: 10, filter: {caseStudyId: $caseStudyId, role: VISITOR}) {
    nodes {
      id
      kind
      status
      proposedFor
    }
  }
}
    `) as unknown as TypedDocumentString<CaseStudyPeerReviewsQuery, CaseStudyPeerReviewsQueryVariables>;
export const RequestPeerReviewDocument = new TypedDocumentString(`
    mutation RequestPeerReview($input: RequestPeerReviewInput!) {
  requestPeerReview(input: $input) {
    id
    kind
    status
    proposedFor
    host {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<RequestPeerReviewMutation, RequestPeerReviewMutationVariables>;
export const CaseStudyPageDocument = new TypedDocumentString(`
    query CaseStudyPage($id: ID!, $lang: String) {
  node(id: $id) {
    __typename
    ... on CaseStudy {
      id
      title(lang: $lang)
      summary(lang: $lang)
      body(lang: $lang)
      servedLanguage(lang: $lang)
      translations {
        language
        status
      }
      coTypes
      serviceArea
      tags
      visibility
      status
      publishedAt
      updatedAt
      version
      ...CaseStudyCuration
      owner {
        id
        slug
        name
        gssCode
        nation
      }
      initiative {
        ...InitiativeDetail
      }
    }
  }
}
    fragment CaseStudyCuration on CaseStudy {
  featured
  verifiedAt
  verifiedBy {
    id
    name
  }
  verificationNote
  hiddenAt
  hiddenReason
}
fragment EvidenceItem on Evidence {
  id
  summary
  source
  observedOn
  nestaLevel
  marylandLevel
  emmie {
    effect
    mechanism
    moderators
    implementation
    economics
  }
}
fragment InitiativeDetail on Initiative {
  id
  title(lang: $lang)
  summary(lang: $lang)
  servedLanguage(lang: $lang)
  translations {
    language
    status
  }
  coTypes
  starStep
  serviceArea
  tags
  visibility
  updatedAt
  owner {
    id
    slug
    name
    gssCode
    nation
  }
  appraisal {
    impact
    ease
    quadrant
    annualCost
    annualBenefit
    currency
    benefitCostRatio
  }
  pathway {
    steps {
      id
      kind
      label
    }
    links {
      id
      from {
        id
      }
      to {
        id
      }
      evidence {
        ...EvidenceItem
      }
    }
  }
  evidenceGaps(minNestaLevel: 2) {
    id
  }
  indicators {
    id
    kind
    name
    unit
    baseline
    target
    latest {
      measuredOn
      value
      note
    }
    change
    progressToTarget
  }
  charters {
    id
    title(lang: $lang)
    servedLanguage(lang: $lang)
    translations {
      language
      status
    }
    status
    adoptedAt
    commitments(lang: $lang) {
      party
      kind
      text
    }
    risks(lang: $lang) {
      description
      likelihood
      impact
      mitigation
    }
    signatories {
      name
      role
      party
      signedOn
    }
  }
  peerMatches(first: 5) {
    score
    sharedCoTypes
    sharedTags
    sharedWords
    sameServiceArea
    furtherAlong
    initiative {
      id
      title(lang: $lang)
      servedLanguage(lang: $lang)
      starStep
      coTypes
      owner {
        id
        name
        nation
      }
    }
  }
}`) as unknown as TypedDocumentString<CaseStudyPageQuery, CaseStudyPageQueryVariables>;
export const InitiativePageDocument = new TypedDocumentString(`
    query InitiativePage($id: ID!, $lang: String) {
  node(id: $id) {
    __typename
    ... on Initiative {
      ...InitiativeDetail
      caseStudies(first: 20) {
        totalCount
        nodes {
          ...CaseStudyCard
        }
      }
    }
  }
}
    fragment CaseStudyCard on CaseStudy {
  id
  title(lang: $lang)
  summary(lang: $lang)
  servedLanguage(lang: $lang)
  translations {
    language
  }
  coTypes
  serviceArea
  status
  visibility
  owner {
    id
    name
    nation
  }
  initiative {
    id
    starStep
  }
  featured
  verifiedAt
}
fragment EvidenceItem on Evidence {
  id
  summary
  source
  observedOn
  nestaLevel
  marylandLevel
  emmie {
    effect
    mechanism
    moderators
    implementation
    economics
  }
}
fragment InitiativeDetail on Initiative {
  id
  title(lang: $lang)
  summary(lang: $lang)
  servedLanguage(lang: $lang)
  translations {
    language
    status
  }
  coTypes
  starStep
  serviceArea
  tags
  visibility
  updatedAt
  owner {
    id
    slug
    name
    gssCode
    nation
  }
  appraisal {
    impact
    ease
    quadrant
    annualCost
    annualBenefit
    currency
    benefitCostRatio
  }
  pathway {
    steps {
      id
      kind
      label
    }
    links {
      id
      from {
        id
      }
      to {
        id
      }
      evidence {
        ...EvidenceItem
      }
    }
  }
  evidenceGaps(minNestaLevel: 2) {
    id
  }
  indicators {
    id
    kind
    name
    unit
    baseline
    target
    latest {
      measuredOn
      value
      note
    }
    change
    progressToTarget
  }
  charters {
    id
    title(lang: $lang)
    servedLanguage(lang: $lang)
    translations {
      language
      status
    }
    status
    adoptedAt
    commitments(lang: $lang) {
      party
      kind
      text
    }
    risks(lang: $lang) {
      description
      likelihood
      impact
      mitigation
    }
    signatories {
      name
      role
      party
      signedOn
    }
  }
  peerMatches(first: 5) {
    score
    sharedCoTypes
    sharedTags
    sharedWords
    sameServiceArea
    furtherAlong
    initiative {
      id
      title(lang: $lang)
      servedLanguage(lang: $lang)
      starStep
      coTypes
      owner {
        id
        name
        nation
      }
    }
  }
}`) as unknown as TypedDocumentString<InitiativePageQuery, InitiativePageQueryVariables>;
export const InitiativeToolkitDocument = new TypedDocumentString(`
    query InitiativeToolkit($id: ID!, $lang: String) {
  node(id: $id) {
    __typename
    ... on Initiative {
      id
      assets {
        id
        kind
        description
        location
        contactRoute
        visibility
      }
      assetSummary {
        participants {
          ...SmallCountParts
        }
        assets
        categories {
          category
          offers {
            ...SmallCountParts
          }
          needs {
            ...SmallCountParts
          }
          matches {
            ...SmallCountParts
          }
        }
      }
      incentives {
        id
        targetGroup
        kind
        title
        example
        cost
        currency
        template {
          id
          title
          publisher {
            id
            name
          }
        }
        totalUptake {
          ...SmallCountParts
        }
        uptake {
          from
          to
          people {
            ...SmallCountParts
          }
        }
      }
      charters {
        id
        title(lang: $lang)
        servedLanguage(lang: $lang)
        template {
          id
          title
          language
          publisher {
            id
            name
          }
        }
        templateDifferences {
          part
          change
          text
        }
      }
      businessCase {
        ...BusinessCaseTotals
        flows {
          year
          category
          amount
        }
      }
    }
  }
}
    fragment SmallCountParts on SmallCount {
  count
  countSuppressed
}
fragment BusinessCaseTotals on BusinessCase {
  discountRate
  currency
  presentValueBenefits
  presentValueCosts
  npv
  benefitCostRatio
  paybackYear
  sensitivity {
    presentValueBenefits
    presentValueCosts
    npv
    benefitCostRatio
    paybackYear
  }
  updatedAt
}`) as unknown as TypedDocumentString<InitiativeToolkitQuery, InitiativeToolkitQueryVariables>;
export const InitiativeParticipantsDocument = new TypedDocumentString(`
    query InitiativeParticipants($id: ID!) {
  node(id: $id) {
    __typename
    ... on Initiative {
      id
      participants {
        id
        reference
        consentedOn
        willingness
        withdrawnAt
        offers {
          category
          description
          availability
        }
        needs {
          category
          description
          availability
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<InitiativeParticipantsQuery, InitiativeParticipantsQueryVariables>;
export const InitiativeMatchesDocument = new TypedDocumentString(`
    query InitiativeMatches($initiativeId: ID!) {
  matches(initiativeId: $initiativeId, first: 50) {
    category
    score
    sharedAvailability
    offer {
      description
    }
    offeredBy {
      id
      reference
    }
    need {
      description
    }
    neededBy {
      id
      reference
    }
  }
}
    `) as unknown as TypedDocumentString<InitiativeMatchesQuery, InitiativeMatchesQueryVariables>;
export const BusinessCasePageDocument = new TypedDocumentString(`
    query BusinessCasePage($id: ID!, $lang: String) {
  node(id: $id) {
    __typename
    ... on Initiative {
      id
      title(lang: $lang)
      servedLanguage(lang: $lang)
      owner {
        id
        name
      }
      businessCase {
        ...BusinessCaseTotals
        years {
          year
          benefits
          costs
          discountFactor
          discountedNet
          cumulativeDiscountedNet
        }
      }
    }
  }
}
    fragment BusinessCaseTotals on BusinessCase {
  discountRate
  currency
  presentValueBenefits
  presentValueCosts
  npv
  benefitCostRatio
  paybackYear
  sensitivity {
    presentValueBenefits
    presentValueCosts
    npv
    benefitCostRatio
    paybackYear
  }
  updatedAt
}`) as unknown as TypedDocumentString<BusinessCasePageQuery, BusinessCasePageQueryVariables>;
export const ToolkitPageDocument = new TypedDocumentString(`
    query ToolkitPage($withRuns: Boolean!) {
  barrierSurveys(first: 20) {
    nodes {
      id
      title
      version
      publishedAt
      publisher {
        id
        name
      }
      barriers {
        key
        group
        text
      }
      runs @include(if: $withRuns) {
        id
        service
        opensOn
        closesOn
        responses
        results {
          barrier {
            key
            group
            text
          }
          responses
          meanScore
          shareReportingBarrier
          benchmark {
            councils
            responses
            meanScore
            shareReportingBarrier
          }
        }
      }
    }
  }
  charterTemplates(first: 50) {
    nodes {
      id
      title
      language
      createdAt
      publisher {
        id
        name
      }
      commitments {
        party
        kind
        text
      }
      risks {
        description
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ToolkitPageQuery, ToolkitPageQueryVariables>;
export const AddParticipantDocument = new TypedDocumentString(`
    mutation AddParticipant($initiativeId: ID!, $input: ParticipantInput!) {
  addParticipant(initiativeId: $initiativeId, input: $input) {
    id
    reference
  }
}
    `) as unknown as TypedDocumentString<AddParticipantMutation, AddParticipantMutationVariables>;
export const WithdrawParticipantConsentDocument = new TypedDocumentString(`
    mutation WithdrawParticipantConsent($id: ID!) {
  withdrawParticipantConsent(id: $id) {
    id
    reference
    withdrawnAt
  }
}
    `) as unknown as TypedDocumentString<WithdrawParticipantConsentMutation, WithdrawParticipantConsentMutationVariables>;
export const IncentiveTemplatesDocument = new TypedDocumentString(`
    query IncentiveTemplates {
  incentiveTemplates {
    id
    targetGroup
    kind
    title
    cost
    currency
    publisher {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<IncentiveTemplatesQuery, IncentiveTemplatesQueryVariables>;
export const CopyIncentiveTemplatesDocument = new TypedDocumentString(`
    mutation CopyIncentiveTemplates($initiativeId: ID!, $templateIds: [ID!]!) {
  copyIncentiveTemplates(initiativeId: $initiativeId, templateIds: $templateIds) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<CopyIncentiveTemplatesMutation, CopyIncentiveTemplatesMutationVariables>;
export const RecordIncentiveUptakeDocument = new TypedDocumentString(`
    mutation RecordIncentiveUptake($incentiveId: ID!, $input: IncentiveUptakeInput!) {
  recordIncentiveUptake(incentiveId: $incentiveId, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordIncentiveUptakeMutation, RecordIncentiveUptakeMutationVariables>;
export const SetBusinessCaseDocument = new TypedDocumentString(`
    mutation SetBusinessCase($initiativeId: ID!, $input: BusinessCaseInput!) {
  setBusinessCase(initiativeId: $initiativeId, input: $input) {
    ...BusinessCaseTotals
  }
}
    fragment BusinessCaseTotals on BusinessCase {
  discountRate
  currency
  presentValueBenefits
  presentValueCosts
  npv
  benefitCostRatio
  paybackYear
  sensitivity {
    presentValueBenefits
    presentValueCosts
    npv
    benefitCostRatio
    paybackYear
  }
  updatedAt
}`) as unknown as TypedDocumentString<SetBusinessCaseMutation, SetBusinessCaseMutationVariables>;
export const RankedOptionsDocument = new TypedDocumentString(`
    query RankedOptions($by: OptionRanking!, $lang: String) {
  rankedOptions(by: $by, first: 50) {
    rank
    initiative {
      id
      title(lang: $lang)
      servedLanguage(lang: $lang)
      businessCase {
        currency
        npv
        benefitCostRatio
      }
      appraisal {
        quadrant
        benefitCostRatio
      }
    }
  }
}
    `) as unknown as TypedDocumentString<RankedOptionsQuery, RankedOptionsQueryVariables>;