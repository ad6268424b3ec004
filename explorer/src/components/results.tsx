import type { CaseStudyCardFragment } from '../gql/graphql';
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

export function CaseStudyList({ items, headingLevel = 3 }: { items: readonly CaseStudyCardFragment[]; headingLevel?: 3 | 4 }) {
  const t = useT();
  const ui = useUiLang();
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ol class="results">
      {items.map((cs) => (
        <li key={cs.id} class="result">
          <article lang={cs.servedLanguage}>
            <Heading class="result-title">
              <a href={paths.caseStudy(cs.id)}>{cs.title}</a>
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
            <p class="result-summary">{excerpt(cs.summary)}</p>
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
