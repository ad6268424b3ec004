// The Star and the library: facet counts and the first page in one request,
// every filter in the URL, more pages through the connection's endCursor.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ApiError, request } from '../api';
import { CaseStudyList, FeaturedStrip, type CaseStudyListItem } from '../components/results';
import { FacetFilters } from '../components/facets';
import { StarTable } from '../components/star';
import { ErrorBox, Loading } from '../components/status';
import {
  EMPTY_STATE,
  effectiveSort,
  hasFilters,
  hrefFor,
  parseState,
  toFilter,
  toggle,
  type ExploreState,
} from '../explore-state';
import { ExploreDocument, ExploreMoreDocument, FeaturedCaseStudiesDocument } from '../gql/graphql';
import { errorText, useQuery, useTitle, useToken } from '../hooks';
import { useT, useUiLang } from '../i18n';
import { navigate } from '../router';
import { ORDER_FIELDS } from '../vocab';

const PAGE_SIZE = 20;
/** How many featured case studies the default view shows above the results. */
const FEATURED_SIZE = 6;

/** The pages after the first that "Load more" fetched, for the list `key` names. */
interface ExtraPages {
  key: string;
  nodes: CaseStudyListItem[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export function Home({ search }: { search: string }) {
  const t = useT();
  const token = useToken();
  const state = useMemo(() => parseState(search), [search]);
  const filter = useMemo(() => toFilter(state), [state]);
  const orderBy = useMemo(() => ({ field: effectiveSort(state) }), [state]);
  const lang = useUiLang();
  // Searching, each result comes with the words found marked; without a
  // search the variables are the ones they always were and the server
  // drops the skipped field before it runs the query.
  const highlight = useMemo(() => (state.q ? { search: state.q, searching: true } : {}), [state.q]);
  const query = useQuery(ExploreDocument, { filter, first: PAGE_SIZE, orderBy, lang, ...highlight }, { keepPrevious: true });
  // The default view (no filter, no search) shows what the network's curators feature first.
  const plain = !hasFilters(state);
  const featured = useQuery(FeaturedCaseStudiesDocument, { first: FEATURED_SIZE, lang }, { keepPrevious: true, skip: !plain });
  const featuredNodes = plain ? (featured.data?.caseStudies.nodes ?? []) : [];
  // Pages loaded with "Load more" belong to one list, in one language.
  const listKey = `${search}|${token ?? ''}|${lang}`;
  const [loadedPages, setLoadedPages] = useState<ExtraPages | null>(null);
  const [moreBusy, setMoreBusy] = useState(false);
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [text, setText] = useState(state.q);
  const listRef = useRef<HTMLDivElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  useTitle(state.q ? t.home.titleSearch(state.q) : t.home.title);
  useEffect(() => setText(state.q), [state.q]);

  const data = query.data;
  useEffect(() => {
    if (data && !query.loading) performance.mark('costar:star-ready');
  }, [data, query.loading]);

  const extraPages = loadedPages?.key === listKey && !query.loading ? loadedPages : null;
  const nodes = data ? [...data.caseStudies.nodes, ...(extraPages?.nodes ?? [])] : [];
  const hasNextPage = extraPages ? extraPages.hasNextPage : (data?.caseStudies.pageInfo.hasNextPage ?? false);
  const endCursor = extraPages ? extraPages.endCursor : (data?.caseStudies.pageInfo.endCursor ?? null);
  const total = data?.caseStudies.totalCount ?? 0;

  useEffect(() => {
    if (focusIndex == null) return;
    const links = listRef.current?.querySelectorAll<HTMLAnchorElement>('.result-title a');
    links?.[focusIndex]?.focus();
    setFocusIndex(null);
  }, [focusIndex, nodes.length]);

  const go = (next: ExploreState, focusResults = false): void => {
    navigate(hrefFor(next), { keepScroll: true, keepFocus: true });
    if (focusResults) resultsHeading.current?.focus();
  };

  const loadMore = async (): Promise<void> => {
    if (!endCursor) return;
    setMoreBusy(true);
    setMoreError(null);
    try {
      const page = await request(ExploreMoreDocument, { filter, first: PAGE_SIZE, after: endCursor, orderBy, lang, ...highlight });
      setFocusIndex(nodes.length);
      setLoadedPages({
        key: listKey,
        nodes: [...(extraPages?.nodes ?? []), ...page.caseStudies.nodes],
        hasNextPage: page.caseStudies.pageInfo.hasNextPage,
        endCursor: page.caseStudies.pageInfo.endCursor,
      });
    } catch (error) {
      if (error instanceof ApiError) setMoreError(error);
    } finally {
      setMoreBusy(false);
    }
  };

  const chips: { label: string; next: ExploreState }[] = [
    ...(state.q ? [{ label: t.home.searchFor(state.q), next: { ...state, q: '', sort: null } }] : []),
    ...state.co.map((co) => ({ label: t.labels.co[co], next: { ...state, co: toggle(state.co, co) } })),
    ...state.step.map((s) => ({ label: t.labels.step[s], next: { ...state, step: toggle(state.step, s) } })),
    ...(state.area ? [{ label: t.labels.area[state.area], next: { ...state, area: null } }] : []),
    ...state.nation.map((n) => ({ label: t.labels.nation[n], next: { ...state, nation: toggle(state.nation, n) } })),
    ...state.lang.map((tag) => ({ label: t.labels.languageName(tag), next: { ...state, lang: toggle(state.lang, tag) } })),
    ...(state.evidence != null
      ? [{ label: `${t.home.facetEvidence}: ${t.home.evidenceAtLeast(state.evidence)}`, next: { ...state, evidence: null } }]
      : []),
  ];

  return (
    <div class="home">
      <h1>{t.home.title}</h1>
      <p class="lead">{t.home.intro}</p>

      <form
        class="search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          go({ ...state, q: text.trim(), sort: null }, true);
        }}
      >
        <label for="q" class="label">
          {t.home.searchLabel}
        </label>
        <p class="hint" id="q-hint">
          {t.home.searchHint}
        </p>
        <div class="search-row">
          <input
            type="search"
            id="q"
            name="q"
            class="input"
            aria-describedby="q-hint"
            value={text}
            onInput={(event) => setText(event.currentTarget.value)}
          />
          <button type="submit" class="button">
            {t.home.searchButton}
          </button>
        </div>
      </form>

      <section class="star-section" aria-labelledby="star-h">
        <h2 id="star-h">{t.home.starHeading}</h2>
        {data ? (
          <StarTable
            matrix={data.caseStudyFacets.coStepMatrix}
            selectedCo={state.co}
            selectedStep={state.step}
            busy={query.loading}
            onCell={(co, step) => {
              const only = state.co.length === 1 && state.step.length === 1 && state.co[0] === co && state.step[0] === step;
              go(only ? { ...state, co: [], step: [] } : { ...state, co: [co], step: [step] });
            }}
            onCo={(co) => go({ ...state, co: toggle(state.co, co) })}
            onStep={(step) => go({ ...state, step: toggle(state.step, step) })}
          />
        ) : query.error ? (
          <ErrorBox error={query.error} onRetry={query.reload} />
        ) : (
          <Loading />
        )}
      </section>

      {featuredNodes.length > 0 && <FeaturedStrip items={featuredNodes} />}

      <div class="explore">
        <section class={`filters${filtersOpen ? '' : ' is-collapsed'}`} aria-labelledby="filters-h">
          <h2 id="filters-h" class="filters-heading">
            {t.home.filtersHeading}
          </h2>
          <button
            type="button"
            class="button button-secondary filters-toggle"
            aria-expanded={filtersOpen}
            aria-controls="filters-panel"
            onClick={() => setFiltersOpen(!filtersOpen)}
          >
            {t.home.filtersHeading}
          </button>
          <div id="filters-panel" class="filters-panel">
            {data && <FacetFilters facets={data.caseStudyFacets} state={state} onChange={(next) => go(next)} />}
          </div>
        </section>

        <section class="results-section" aria-labelledby="results-h" aria-busy={query.loading}>
          <div class="results-head">
            <h2 id="results-h" tabIndex={-1} ref={resultsHeading}>
              {t.home.resultsHeading}
            </h2>
            <p class="results-count" aria-live="polite" aria-atomic="true">
              {data ? t.home.count(total) : ''}
            </p>
            <div class="sort">
              <label for="sort" class="label-inline">
                {t.home.sortLabel}
              </label>
              <select
                id="sort"
                class="select"
                value={effectiveSort(state)}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  go({ ...state, sort: ORDER_FIELDS.find((f) => f === value) ?? null });
                }}
              >
                {ORDER_FIELDS.filter((f) => f !== 'RELEVANCE' || state.q).map((f) => (
                  <option key={f} value={f}>
                    {t.labels.order[f]}
                  </option>
                ))}
              </select>
            </div>
          </div>

          {chips.length > 0 && (
            <div class="active-filters">
              <h3 class="visually-hidden">{t.home.activeFilters}</h3>
              <ul class="filter-chips">
                {chips.map((chip) => (
                  <li key={chip.label}>
                    <button
                      type="button"
                      class="filter-chip"
                      aria-label={t.home.removeFilter(chip.label)}
                      onClick={() => go(chip.next, true)}
                    >
                      {chip.label}
                      <span aria-hidden="true"> ×</span>
                    </button>
                  </li>
                ))}
              </ul>
              {hasFilters(state) && (
                <button type="button" class="link-button" onClick={() => go(EMPTY_STATE, true)}>
                  {t.home.clearFilters}
                </button>
              )}
            </div>
          )}

          {query.error && data && <ErrorBox error={query.error} onRetry={query.reload} />}
          {!data && !query.error && <Loading />}
          {data && (
            <div ref={listRef} class={query.loading ? 'is-stale' : ''}>
              {nodes.length === 0 ? <p class="empty">{t.home.noResults}</p> : <CaseStudyList items={nodes} />}
              {nodes.length > 0 && (
                <p class="showing">{t.home.showing(nodes.length, total)}</p>
              )}
              {moreError && (
                <p class="error-text" role="alert">
                  {errorText(moreError)}
                </p>
              )}
              {hasNextPage && (
                <button type="button" class="button button-secondary" disabled={moreBusy} onClick={() => void loadMore()}>
                  {moreBusy ? t.home.loadingMore : t.home.loadMore}
                </button>
              )}
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
