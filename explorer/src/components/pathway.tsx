// An initiative's pathway to outcomes drawn as a diagram: a column per kind
// of step (activities, outputs, intermediate and final outcomes), an arrow per
// link labelled with its best evidence grades, and the links without evidence
// at the gap level dashed and marked "Gap". The same facts follow as a list.
import type { InitiativeDetailFragment, PathwayStepKind } from '../gql/graphql';
import { formatDate, useT } from '../i18n';
import { GAP_LEVEL, STEP_KINDS } from '../vocab';

type Pathway = InitiativeDetailFragment['pathway'];
type Link = Pathway['links'][number];
type Evidence = Link['evidence'][number];

const COL_W = 176;
const GAP_X = 128;
const PAD = 12;
const HEAD_H = 34;
const LINE_H = 16;
const NODE_PAD = 9;
const NODE_GAP = 22;
const CHARS = 21;
const MAX_LINES = 6;

/** Breaks a label into lines of about `CHARS` characters. */
export function wrap(text: string, width = CHARS, maxLines = MAX_LINES): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${(kept[maxLines - 1] ?? '').replace(/\s*\S*$/, '')}…`;
    return kept;
  }
  return lines;
}

function best(evidence: readonly Evidence[], pick: (e: Evidence) => number | null | undefined): number | null {
  let top: number | null = null;
  for (const e of evidence) {
    const v = pick(e);
    if (v != null && (top == null || v > top)) top = v;
  }
  return top;
}

/** The short grade label of a link: "N2 · M2 · E", or "Gap · N1". */
export function gradeLabel(link: Link, gap: boolean, gapWord: string): string {
  const parts: string[] = [];
  if (gap) parts.push(gapWord);
  const nesta = best(link.evidence, (e) => e.nestaLevel);
  const maryland = best(link.evidence, (e) => e.marylandLevel);
  if (nesta != null) parts.push(`N${nesta}`);
  if (maryland != null) parts.push(`M${maryland}`);
  if (link.evidence.some((e) => e.emmie)) parts.push('E');
  return parts.join(' · ') || '–';
}

interface Box {
  x: number;
  y: number;
  h: number;
  lines: string[];
  kind: PathwayStepKind;
}

export function PathwayDiagram({ pathway, gapIds, title, id }: { pathway: Pathway; gapIds: ReadonlySet<string>; title: string; id: string }) {
  const t = useT();
  const boxes = new Map<string, Box>();
  const heights = STEP_KINDS.map((kind) => {
    const steps = pathway.steps.filter((s) => s.kind === kind);
    return steps.reduce((sum, s) => sum + wrap(s.label).length * LINE_H + 2 * NODE_PAD, 0) + Math.max(0, steps.length - 1) * NODE_GAP;
  });
  const inner = Math.max(...heights, 60);
  STEP_KINDS.forEach((kind, col) => {
    const x = PAD + col * (COL_W + GAP_X);
    let y = HEAD_H + PAD + (inner - (heights[col] ?? 0)) / 2;
    for (const step of pathway.steps.filter((s) => s.kind === kind)) {
      const lines = wrap(step.label);
      const h = lines.length * LINE_H + 2 * NODE_PAD;
      boxes.set(step.id, { x, y, h, lines, kind });
      y += h + NODE_GAP;
    }
  });
  const width = PAD * 2 + STEP_KINDS.length * COL_W + (STEP_KINDS.length - 1) * GAP_X;
  const height = HEAD_H + PAD * 2 + inner;
  const gaps = pathway.links.filter((l) => gapIds.has(l.id)).length;

  return (
    <svg
      class="pathway-svg"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
    >
      <title id={`${id}-title`}>{t.pathway.diagramTitle(title)}</title>
      <desc id={`${id}-desc`}>{t.pathway.diagramDesc(pathway.steps.length, pathway.links.length, gaps)}</desc>
      <defs>
        <marker id={`${id}-arrow`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" class="arrow-head" />
        </marker>
        <marker id={`${id}-arrow-gap`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M 0 0 L 10 5 L 0 10 z" class="arrow-head arrow-head-gap" />
        </marker>
      </defs>
      {STEP_KINDS.map((kind, col) => (
        <text key={kind} class="pathway-col-head" x={PAD + col * (COL_W + GAP_X) + COL_W / 2} y={PAD + 12} text-anchor="middle">
          {t.labels.stepKind[kind]}
        </text>
      ))}
      {pathway.links.map((link) => {
        const from = boxes.get(link.from.id);
        const to = boxes.get(link.to.id);
        if (!from || !to) return null;
        const gap = gapIds.has(link.id);
        const x1 = from.x + COL_W;
        const y1 = from.y + from.h / 2;
        const x2 = to.x - 2;
        const y2 = to.y + to.h / 2;
        const dx = Math.max(40, (x2 - x1) / 2);
        return (
          <path
            key={link.id}
            class={`pathway-link${gap ? ' is-gap' : ''}`}
            d={`M ${x1} ${y1} C ${x1 + dx} ${y1}, ${x2 - dx} ${y2}, ${x2} ${y2}`}
            marker-end={`url(#${id}-arrow${gap ? '-gap' : ''})`}
          />
        );
      })}
      {pathway.steps.map((step) => {
        const box = boxes.get(step.id);
        if (!box) return null;
        return (
          <g key={step.id} class={`pathway-node kind-${box.kind.toLowerCase().replace(/_/g, '-')}`}>
            <rect x={box.x} y={box.y} width={COL_W} height={box.h} rx="6" />
            <text x={box.x + NODE_PAD} y={box.y + NODE_PAD + 12}>
              {box.lines.map((line, i) => (
                <tspan key={i} x={box.x + NODE_PAD} dy={i === 0 ? 0 : LINE_H}>
                  {line}
                </tspan>
              ))}
            </text>
          </g>
        );
      })}
      {pathway.links.map((link, index) => {
        const from = boxes.get(link.from.id);
        const to = boxes.get(link.to.id);
        if (!from || !to) return null;
        const gap = gapIds.has(link.id);
        const label = gradeLabel(link, gap, t.pathway.gap);
        const cx = (from.x + COL_W + to.x) / 2;
        const cy = (from.y + from.h / 2 + to.y + to.h / 2) / 2;
        // The pill: the link's number in a circle, then its grades.
        const w = label.length * 7 + 36;
        const left = cx - w / 2;
        return (
          <g key={link.id} class={`pathway-label${gap ? ' is-gap' : ''}`}>
            <rect x={left} y={cy - 11} width={w} height="22" rx="11" />
            <circle cx={left + 11} cy={cy} r="9" class="pathway-label-number" />
            <text x={left + 11} y={cy + 4} text-anchor="middle" class="pathway-label-number-text">
              {index + 1}
            </text>
            <text x={left + 24} y={cy + 4}>
              {label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function EvidenceDetails({ evidence }: { evidence: Evidence }) {
  const t = useT();
  const emmie = evidence.emmie;
  const dims = emmie
    ? (['effect', 'mechanism', 'moderators', 'implementation', 'economics'] as const).filter((d) => emmie[d])
    : [];
  return (
    <li class="evidence">
      <p>{evidence.summary}</p>
      <ul class="grades">
        {evidence.nestaLevel != null && (
          <li class="grade">{t.pathway.nesta(evidence.nestaLevel, t.labels.nestaLevel(evidence.nestaLevel))}</li>
        )}
        {evidence.marylandLevel != null && <li class="grade">{t.pathway.maryland(evidence.marylandLevel)}</li>}
        {emmie && <li class="grade">{t.pathway.emmie}</li>}
      </ul>
      {dims.length > 0 && emmie && (
        <dl class="emmie">
          {dims.map((d) => (
            <div key={d}>
              <dt>{t.pathway.emmieDims[d]}</dt>
              <dd>{emmie[d]}</dd>
            </div>
          ))}
        </dl>
      )}
      {(evidence.source != null || evidence.observedOn != null) && (
        <p class="evidence-source">
          {evidence.source && (
            <span>
              {t.pathway.source}: {evidence.source}
            </span>
          )}
          {evidence.observedOn && (
            <span>
              {t.pathway.observed}: {formatDate(evidence.observedOn)}
            </span>
          )}
        </p>
      )}
    </li>
  );
}

export function PathwaySection({ initiative }: { initiative: InitiativeDetailFragment }) {
  const t = useT();
  const { pathway } = initiative;
  const gapIds = new Set(initiative.evidenceGaps.map((g) => g.id));
  const labels = new Map(pathway.steps.map((s) => [s.id, s.label]));
  const gaps = pathway.links.filter((l) => gapIds.has(l.id)).length;
  return (
    <section class="section" aria-labelledby="pathway-h">
      <h2 id="pathway-h">{t.pathway.heading}</h2>
      {pathway.steps.length === 0 ? (
        <p class="empty">{t.pathway.none}</p>
      ) : (
        <>
          <p>{t.pathway.intro}</p>
          <p class={gaps > 0 ? 'gap-summary has-gaps' : 'gap-summary'}>
            {gaps > 0 ? (
              <>
                <span class="gap-icon" aria-hidden="true">
                  !
                </span>
                {t.pathway.gapsSummary(gaps, pathway.links.length, GAP_LEVEL)}
              </>
            ) : (
              t.pathway.noGaps(GAP_LEVEL)
            )}
          </p>
          <div class="diagram-scroll" role="region" aria-label={t.pathway.diagramTitle(initiative.title)} tabIndex={0}>
            <PathwayDiagram pathway={pathway} gapIds={gapIds} title={initiative.title} id="pathway" />
          </div>
          <p class="legend">{t.pathway.legend}</p>
          <h3>{t.pathway.linksHeading}</h3>
          <ol class="pathway-links">
            {pathway.links.map((link, index) => {
              const gap = gapIds.has(link.id);
              return (
                <li key={link.id} class={`pathway-link-item${gap ? ' is-gap' : ''}`} data-link-id={link.id}>
                  <p class="link-title">
                    <span class="link-number">{index + 1}</span>
                    <span>
                      {labels.get(link.from.id)} <span class="leads-to">{t.pathway.leadsTo}</span> {labels.get(link.to.id)}
                    </span>
                    {gap && <strong class="gap-badge">{t.pathway.gapBadge}</strong>}
                  </p>
                  {link.evidence.length === 0 ? (
                    <p class="empty">{t.pathway.noEvidence}</p>
                  ) : (
                    <ul class="evidence-list">
                      {link.evidence.map((e) => (
                        <EvidenceDetails key={e.id} evidence={e} />
                      ))}
                    </ul>
                  )}
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
