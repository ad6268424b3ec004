// Facet filters with counts. The counts are disjunctive, as the API gives
// them: each group's counts apply every filter but the group's own.
import type { ExploreQuery } from '../gql/graphql';
import type { ExploreState } from '../explore-state';
import { toggle } from '../explore-state';
import { formatNumber, useT } from '../i18n';
import { CO_TYPES, NATIONS, NESTA_LEVELS, SERVICE_AREAS, STAR_STEPS } from '../vocab';

type Facets = ExploreQuery['caseStudyFacets'];

interface Props {
  facets: Facets;
  state: ExploreState;
  onChange: (next: ExploreState) => void;
}

function countOf(list: readonly { value: string; count: number }[], value: string): number {
  return list.find((f) => f.value === value)?.count ?? 0;
}

function Count({ n }: { n: number }) {
  return <span class="facet-count">{formatNumber(n)}</span>;
}

interface Option<V> {
  value: V;
  label: string;
  count: number | null;
}

function CheckGroup<V extends string>({
  id,
  legend,
  options,
  selected,
  onToggle,
}: {
  id: string;
  legend: string;
  options: Option<V>[];
  selected: readonly V[];
  onToggle: (value: V) => void;
}) {
  return (
    <fieldset class="facet">
      <legend>{legend}</legend>
      <ul class="facet-options">
        {options.map((o) => (
          <li key={o.value}>
            <input
              type="checkbox"
              id={`${id}-${o.value}`}
              checked={selected.includes(o.value)}
              onChange={() => onToggle(o.value)}
            />
            <label for={`${id}-${o.value}`}>
              {o.label} {o.count != null && <Count n={o.count} />}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function RadioGroup<V extends string>({
  id,
  legend,
  hint,
  options,
  selected,
  onSelect,
}: {
  id: string;
  legend: string;
  hint?: string;
  options: Option<V>[];
  selected: V;
  onSelect: (value: V) => void;
}) {
  return (
    <fieldset class="facet" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <ul class="facet-options">
        {options.map((o) => (
          <li key={o.value}>
            <input
              type="radio"
              name={id}
              id={`${id}-${o.value}`}
              checked={selected === o.value}
              onChange={() => onSelect(o.value)}
            />
            <label for={`${id}-${o.value}`}>
              {o.label} {o.count != null && <Count n={o.count} />}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export function FacetFilters({ facets, state, onChange }: Props) {
  const t = useT();
  // Options with a count, and those picked (which may have none under the other filters).
  const shown = <V extends string>(values: readonly V[], list: Facets['coTypes'], picked: readonly V[]) =>
    values.filter((v) => countOf(list, v) > 0 || picked.includes(v));

  const areaOptions = [
    { value: '', label: t.home.anyArea, count: null },
    ...shown(SERVICE_AREAS, facets.serviceAreas, state.area ? [state.area] : []).map((area) => ({
      value: area,
      label: t.labels.area[area],
      count: countOf(facets.serviceAreas, area),
    })),
  ];

  // The facet counts case studies by their highest level; the filter asks for
  // a level or higher, so each option counts its level and those above.
  const atLeast = (level: number): number =>
    facets.evidenceLevels.reduce((sum, f) => (Number(f.value) >= level ? sum + f.count : sum), 0);
  const evidenceOptions = [
    { value: '', label: t.home.anyEvidence, count: null },
    ...NESTA_LEVELS.filter((n) => atLeast(n) > 0 || state.evidence === n).map((n) => ({
      value: String(n),
      label: t.home.evidenceAtLeast(n),
      count: atLeast(n),
    })),
  ];

  return (
    <div class="facets">
      <CheckGroup
        id="f-co"
        legend={t.home.facetCo}
        options={CO_TYPES.map((co) => ({ value: co, label: t.labels.co[co], count: countOf(facets.coTypes, co) }))}
        selected={state.co}
        onToggle={(co) => onChange({ ...state, co: toggle(state.co, co) })}
      />
      <CheckGroup
        id="f-step"
        legend={t.home.facetStep}
        options={STAR_STEPS.map((s) => ({ value: s, label: t.labels.step[s], count: countOf(facets.starSteps, s) }))}
        selected={state.step}
        onToggle={(s) => onChange({ ...state, step: toggle(state.step, s) })}
      />
      <RadioGroup
        id="f-area"
        legend={t.home.facetArea}
        options={areaOptions}
        selected={state.area ?? ''}
        onSelect={(v) => onChange({ ...state, area: SERVICE_AREAS.find((a) => a === v) ?? null })}
      />
      <CheckGroup
        id="f-nation"
        legend={t.home.facetNation}
        options={shown(NATIONS, facets.nations, state.nation).map((n) => ({
          value: n,
          label: t.labels.nation[n],
          count: countOf(facets.nations, n),
        }))}
        selected={state.nation}
        onToggle={(n) => onChange({ ...state, nation: toggle(state.nation, n) })}
      />
      <RadioGroup
        id="f-evidence"
        legend={t.home.facetEvidence}
        hint={t.home.evidenceHint}
        options={evidenceOptions}
        selected={state.evidence == null ? '' : String(state.evidence)}
        onSelect={(v) => onChange({ ...state, evidence: v === '' ? null : Number(v) })}
      />
      <CheckGroup
        id="f-lang"
        legend={t.home.facetLanguage}
        options={[...new Set([...facets.languages.map((l) => l.value), ...state.lang])].map((tag) => ({
          value: tag,
          label: t.labels.languageName(tag),
          count: countOf(facets.languages, tag),
        }))}
        selected={state.lang}
        onToggle={(tag) => onChange({ ...state, lang: toggle(state.lang, tag) })}
      />
    </div>
  );
}
