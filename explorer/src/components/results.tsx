import { Fragment } from 'preact';
import type { CaseStudyCardFragment, SearchHighlightPartsFragment } from '../gql/graphql';
import { useT, useUiLang } from '../i18n';
import { paths } from '../router';
import { CoChips, StepBadge } from './chips';
import { CurationMarks } from './curation';
import { LanguageBadge } from './translation';

const EXCERPT = 240;

export function excerpt(text: string, max = EXCERPT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max - 20))}…`;
}

type HighlightPart = SearchHighlightPartsFragment['title'][number];

/** A case study in a list; found by a search, with where it holds the words. */
export type CaseStudyListItem = CaseStudyCardFragment & { searchHighlight?: SearchHighlightPartsFragment | null };

/** Text from its parts, the ones a search found in `<mark>`: elements, never markup. */
function Marked({ parts }: { parts: readonly HighlightPart[] }) {
  return (
    <>
      {parts.map((part, i) =>
        part.matched ? <mark key={i}>{part.text}</mark> : <Fragment key={i}>{part.text}</Fragment>,
      )}
    </>
  );
}

/**
 * Where the passage of a highlight sits: in the summary (an ellipsis for
 * whatever of it is left out), or else in the body (an ellipsis either side);
 * null when it marks nothing (the words were in the tags or another language).
 */
function placePassage(summary: string, parts: readonly HighlightPart[]) {
  if (!parts.some((part) => part.matched)) return null;
  const text = parts.map((part) => part.text).join('');
  const at = summary.indexOf(text);
  if (at < 0) return { inBody: true, before: true, after: true };
  return {
    inBody: false,
    before: summary.slice(0, at).trim() !== '',
    after: summary.slice(at + text.length).trim() !== '',
  };
}

function Summary({ cs }: { cs: CaseStudyListItem }) {
  const t = useT();
  const ui = useUiLang();
  const parts = cs.searchHighlight?.passage ?? [];
  const place = placePassage(cs.summary, parts);
  if (!place) return <p class="result-summary">{excerpt(cs.summary)}</p>;
  return (
    <p class="result-summary result-passage">
      {place.inBody && (
        <span class="passage-source" lang={ui}>
          {t.home.passageInText}{' '}
        </span>
      )}
      {place.before && '…'}
      <Marked parts={parts} />
      {place.after && '…'}
    </p>
  );
}

function Title({ cs }: { cs: CaseStudyListItem }) {
  const parts = cs.searchHighlight?.title ?? [];
  return parts.some((part) => part.matched) ? <Marked parts={parts} /> : <>{cs.title}</>;
}

export function CaseStudyList({ items, headingLevel = 3 }: { items: readonly CaseStudyListItem[]; headingLevel?: 3 | 4 }) {
  const t = useT();
  const ui = useUiLang();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ol class="results">
      {items.map((cs) => (
        <li key={cs.id} class="result">
          <article lang={cs.servedLanguage}>
            <Heading class="result-title">
              <a href={paths.caseStudy(cs.id)}>
                <Title cs={cs} />
              </a>
            </Heading>
            <p class="result-meta" lang={ui}>
              <span class="result-council">{cs.owner.name}</span>
              <span>{t.labels.nation[cs.owner.nation]}</span>
              <span>{t.labels.area[cs.serviceArea]}</span>
              {cs.initiative && <StepBadge step={cs.initiative.starStep} />}
              {cs.status !== 'PUBLISHED' && <span class="badge">{t.labels.status[cs.status]}</span>}
              {cs.visibility !== 'PUBLIC' && <span class="badge">{t.labels.visibilityShort[cs.visibility]}</span>}
              <LanguageBadge served={cs.servedLanguage} translations={cs.translations} />
              <CurationMarks featured={cs.featured} verifiedAt={cs.verifiedAt} />
            </p>
            <div lang={ui}>
              <CoChips coTypes={cs.coTypes} />
            </div>
            <Summary cs={cs} />
          </article>
        </li>
      ))}
    </ol>
  );
}

/** The case studies the network's curators feature, as a strip of small cards. */
export function FeaturedStrip({ items }: { items: readonly CaseStudyCardFragment[] }) {
  const t = useT();
  const ui = useUiLang();
  return (
    <section class="featured" aria-labelledby="featured-h">
      <h2 id="featured-h">{t.curation.featuredHeading}</h2>
      <p class="hint">{t.curation.featuredIntro}</p>
      <ul class="featured-list">
        {items.map((cs) => (
          <li key={cs.id} class="featured-card">
            <article lang={cs.servedLanguage}>
              <h3 class="featured-title">
                <a href={paths.caseStudy(cs.id)}>{cs.title}</a>
              </h3>
              <p class="result-meta" lang={ui}>
                <span class="result-council">{cs.owner.name}</span>
                <CurationMarks featured={cs.featured} verifiedAt={cs.verifiedAt} />
                <LanguageBadge served={cs.servedLanguage} translations={cs.translations} />
              </p>
              <p class="featured-summary">{excerpt(cs.summary, 140)}</p>
            </article>
          </li>
        ))}
      </ul>
    </section>
  );
}
