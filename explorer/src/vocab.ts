// The schema's vocabularies in the order the Explorer shows them. Each list
// must name every value of its enum, or type checking fails.
import type {
  Availability,
  BarrierGroup,
  CaseStudyOrderField,
  CashFlowCategory,
  ContributionCategory,
  CoType,
  Nation,
  OptionRanking,
  PathwayStepKind,
  ReportReason,
  ServiceArea,
  StarStep,
  Visibility,
  Willingness,
} from './gql/graphql';

type Complete<U, T extends readonly U[]> = [U] extends [T[number]] ? T : never;

function complete<U>() {
  return <const T extends readonly U[]>(values: Complete<U, T>): readonly U[] => values;
}

export const CO_TYPES = complete<CoType>()(['CO_COMMISSIONING', 'CO_DESIGN', 'CO_DELIVERY', 'CO_ASSESSMENT']);

export const STAR_STEPS = complete<StarStep>()(['MAP_IT', 'FOCUS_IT', 'PEOPLE_IT', 'MARKET_IT', 'GROW_IT']);

export const NATIONS = complete<Nation>()(['ENGLAND', 'SCOTLAND', 'WALES', 'NORTHERN_IRELAND']);

export const SERVICE_AREAS = complete<ServiceArea>()([
  'ADULT_SOCIAL_CARE',
  'CHILDREN_AND_YOUNG_PEOPLE',
  'HEALTH',
  'COMMUNITY_SAFETY',
  'ENVIRONMENT',
  'HOUSING',
  'EDUCATION',
  'CULTURE_AND_LEISURE',
  'TRANSPORT',
  'COMMISSIONING_AND_FUNDING',
  'WHOLE_COUNCIL',
  'OTHER',
]);

export const VISIBILITIES = complete<Visibility>()(['PRIVATE', 'NETWORK', 'PUBLIC']);

export const STEP_KINDS = complete<PathwayStepKind>()(['ACTIVITY', 'OUTPUT', 'INTERMEDIATE_OUTCOME', 'FINAL_OUTCOME']);

export const REPORT_REASONS = complete<ReportReason>()([
  'INACCURATE',
  'OUTDATED',
  'PERSONAL_DATA',
  'OFFENSIVE',
  'COPYRIGHT',
  'SPAM',
  'OTHER',
]);

export const ORDER_FIELDS = complete<CaseStudyOrderField>()(['UPDATED_AT', 'PUBLISHED_AT', 'TITLE', 'RELEVANCE']);

export const CONTRIBUTION_CATEGORIES = complete<ContributionCategory>()([
  'DIGITAL',
  'TRANSPORT',
  'CARING',
  'LANGUAGE',
  'PRACTICAL',
  'COMPANIONSHIP',
  'OTHER',
]);

export const AVAILABILITIES = complete<Availability>()(['WEEKDAY_DAYTIME', 'WEEKDAY_EVENING', 'WEEKEND']);

export const WILLINGNESS = complete<Willingness>()(['AS_NOW', 'A_LITTLE_MORE', 'A_LOT_MORE']);

/** Costs first, then benefits. */
export const CASH_FLOW_CATEGORIES = complete<CashFlowCategory>()([
  'COUNCIL_COST',
  'PARTNER_COST',
  'CASHABLE_SAVING',
  'NON_CASHABLE_SAVING',
  'SOCIAL_VALUE',
]);

export const OPTION_RANKINGS = complete<OptionRanking>()(['NPV', 'BENEFIT_COST_RATIO', 'IMPACT_MATRIX']);

export const BARRIER_GROUPS = complete<BarrierGroup>()(['STAFF', 'SERVICE_USERS', 'COMMUNITIES', 'ORGANISATIONAL']);

/** Nesta Standards of Evidence levels. */
export const NESTA_LEVELS = [1, 2, 3, 4, 5] as const;

/** The Nesta level below which a pathway link counts as an evidence gap (the API's default). */
export const GAP_LEVEL = 2;

export function isOneOf<U extends string>(values: readonly U[], value: string | null | undefined): value is U {
  return value != null && (values as readonly string[]).includes(value);
}
