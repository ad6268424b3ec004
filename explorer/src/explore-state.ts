// The home page's view, held entirely in the URL's query string so that a
// view can be shared and back/forward restore it:
// ?co=CO_ASSESSMENT&step=MAP_IT&area=HEALTH&nation=SCOTLAND&lang=cy&evidence=3&q=inspection&sort=RELEVANCE
import type { CaseStudyFilter, CaseStudyOrderField, CoType, Nation, ServiceArea, StarStep } from './gql/graphql';
import { CO_TYPES, NATIONS, ORDER_FIELDS, SERVICE_AREAS, STAR_STEPS, isOneOf } from './vocab';

export interface ExploreState {
  co: CoType[];
  step: StarStep[];
  area: ServiceArea | null;
  nation: Nation[];
  /** Language tags (BCP 47) the case studies are written in. */
  lang: string[];
  /** minEvidenceLevel, 1 to 5. */
  evidence: number | null;
  q: string;
  sort: CaseStudyOrderField | null;
}

export const EMPTY_STATE: ExploreState = {
  co: [],
  step: [],
  area: null,
  nation: [],
  lang: [],
  evidence: null,
  q: '',
  sort: null,
};

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Distinct, well-formed language tags in a stable order. */
function languages(tags: readonly string[]): string[] {
  return [...new Set(tags.filter((tag) => LANGUAGE_TAG.test(tag)))].sort();
}

function many<U extends string>(params: URLSearchParams, name: string, values: readonly U[]): U[] {
  const found = params.getAll(name);
  return values.filter((v) => found.includes(v));
}

export function parseState(search: string): ExploreState {
  const params = new URLSearchParams(search);
  const area = params.get('area');
  const evidence = Number.parseInt(params.get('evidence') ?? '', 10);
  const sort = params.get('sort');
  return {
    co: many(params, 'co', CO_TYPES),
    step: many(params, 'step', STAR_STEPS),
    area: isOneOf(SERVICE_AREAS, area) ? area : null,
    nation: many(params, 'nation', NATIONS),
    lang: languages(params.getAll('lang')),
    evidence: evidence >= 1 && evidence <= 5 ? evidence : null,
    q: (params.get('q') ?? '').trim(),
    sort: isOneOf(ORDER_FIELDS, sort) ? sort : null,
  };
}

export function stateToSearch(state: ExploreState): string {
  const params = new URLSearchParams();
  // The vocabulary's order, so equal views have equal URLs.
  for (const co of CO_TYPES) if (state.co.includes(co)) params.append('co', co);
  for (const step of STAR_STEPS) if (state.step.includes(step)) params.append('step', step);
  if (state.area) params.set('area', state.area);
  for (const nation of NATIONS) if (state.nation.includes(nation)) params.append('nation', nation);
  for (const lang of languages(state.lang)) params.append('lang', lang);
  if (state.evidence != null) params.set('evidence', String(state.evidence));
  if (state.q) params.set('q', state.q);
  if (state.sort && state.sort !== defaultSort(state)) params.set('sort', state.sort);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hrefFor(state: ExploreState): string {
  return `/${stateToSearch(state)}`;
}

function defaultSort(state: ExploreState): CaseStudyOrderField {
  return state.q ? 'RELEVANCE' : 'UPDATED_AT';
}

/** The order the list is in: relevance needs a search, so without one it falls back. */
export function effectiveSort(state: ExploreState): CaseStudyOrderField {
  if (!state.sort) return defaultSort(state);
  if (state.sort === 'RELEVANCE' && !state.q) return 'UPDATED_AT';
  return state.sort;
}

export function toFilter(state: ExploreState): CaseStudyFilter {
  const filter: CaseStudyFilter = {};
  if (state.co.length > 0) filter.coTypes = state.co;
  if (state.step.length > 0) filter.starSteps = state.step;
  if (state.area) filter.serviceArea = state.area;
  if (state.nation.length > 0) filter.nations = state.nation;
  if (state.lang.length > 0) filter.languages = state.lang;
  if (state.evidence != null) filter.minEvidenceLevel = state.evidence;
  if (state.q) filter.search = state.q;
  return filter;
}

export function hasFilters(state: ExploreState): boolean {
  return (
    state.co.length > 0 ||
    state.step.length > 0 ||
    state.area != null ||
    state.nation.length > 0 ||
    state.lang.length > 0 ||
    state.evidence != null ||
    state.q !== ''
  );
}

export function toggle<U>(list: readonly U[], value: U): U[] {
  return list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
}
