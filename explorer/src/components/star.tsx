// The Co-Production Star as a table: the Four Co's by the five steps, each
// cell the number of case studies holding both. Choosing a cell filters the
// list by that Co and step; choosing it again clears both.
import type { CoType, ExploreQuery, StarStep } from '../gql/graphql';
import { useT } from '../i18n';
import { CO_TYPES, STAR_STEPS } from '../vocab';

interface Props {
  matrix: ExploreQuery['caseStudyFacets']['coStepMatrix'];
  selectedCo: readonly CoType[];
  selectedStep: readonly StarStep[];
  onCell: (co: CoType, step: StarStep) => void;
  onCo: (co: CoType) => void;
  onStep: (step: StarStep) => void;
  busy: boolean;
}

function heat(count: number, max: number): number {
  if (count === 0 || max === 0) return 0;
  return Math.max(1, Math.ceil((count / max) * 4));
}

export function StarTable({ matrix, selectedCo, selectedStep, onCell, onCo, onStep, busy }: Props) {
  const t = useT();
  const counts = new Map<string, number>();
  for (const cell of matrix) counts.set(`${cell.coType}|${cell.starStep}`, cell.count);
  const max = Math.max(0, ...counts.values());
  const onlyCell = selectedCo.length === 1 && selectedStep.length === 1;
  return (
    <>
    <p class="hint star-hint" id="star-hint">
      {t.home.starHint}
    </p>
    <div class="star-scroll" role="region" aria-labelledby="star-caption" aria-describedby="star-hint" tabIndex={0}>
      <table class="star" aria-busy={busy}>
        <caption id="star-caption" class="visually-hidden">
          {t.home.starCaption}
        </caption>
        <thead>
          <tr>
            <td class="star-corner">{t.home.starCorner}</td>
            {STAR_STEPS.map((step) => {
              const on = selectedStep.includes(step);
              return (
                <th key={step} scope="col">
                  <button
                    type="button"
                    class="star-head"
                    aria-pressed={on}
                    title={t.home.stepButton(t.labels.step[step], on)}
                    onClick={() => onStep(step)}
                  >
                    <span class="star-step-number" aria-hidden="true">
                      {STAR_STEPS.indexOf(step) + 1}
                    </span>
                    {t.labels.step[step]}
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {CO_TYPES.map((co) => {
            const coOn = selectedCo.includes(co);
            return (
              <tr key={co}>
                <th scope="row">
                  <button
                    type="button"
                    class="star-head star-row-head"
                    aria-pressed={coOn}
                    title={t.home.coButton(t.labels.co[co], coOn)}
                    onClick={() => onCo(co)}
                  >
                    {t.labels.co[co]}
                  </button>
                </th>
                {STAR_STEPS.map((step) => {
                  const count = counts.get(`${co}|${step}`) ?? 0;
                  const on = onlyCell && selectedCo[0] === co && selectedStep[0] === step;
                  return (
                    <td key={step} class={`star-cell heat-${heat(count, max)}${on ? ' is-selected' : ''}`}>
                      <button
                        type="button"
                        class="star-count"
                        aria-pressed={on}
                        aria-label={t.home.cellLabel(count, t.labels.co[co], t.labels.step[step], on)}
                        disabled={count === 0 && !on}
                        onClick={() => onCell(co, step)}
                      >
                        {count}
                      </button>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
    </>
  );
}
