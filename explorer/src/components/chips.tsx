import type { CoType, StarStep } from '../gql/graphql';
import { useT } from '../i18n';
import { CO_TYPES } from '../vocab';

/** The Co's of a record as small labels, in the Star's order. */
export function CoChips({ coTypes }: { coTypes: readonly CoType[] }) {
  const t = useT();
  return (
    <ul class="chips">
      {CO_TYPES.filter((co) => coTypes.includes(co)).map((co) => (
        <li key={co} class={`chip chip-${co.toLowerCase().replace('_', '-')}`}>
          {t.labels.co[co]}
        </li>
      ))}
    </ul>
  );
}

export function StepBadge({ step }: { step: StarStep }) {
  const t = useT();
  return <span class="step-badge">{t.labels.step[step]}</span>;
}
