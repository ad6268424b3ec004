// An initiative's page: its council, appraisal, Co-Production Star toolkit
// (assets, incentives, charter provenance, business case; matches and
// participants for its owner), pathway, indicators, charter, the case studies
// written about it and similar initiatives of other councils.
import { CoChips, StepBadge } from '../components/chips';
import { AppraisalList, CharterSection, IndicatorsSection, SimilarSection } from '../components/initiative-sections';
import { NodePage } from '../components/node-page';
import { PathwaySection } from '../components/pathway';
import { CaseStudyList } from '../components/results';
import { CouncilDetails, TagList } from '../components/summary';
import { InitiativeToolkit } from '../components/toolkit';
import { LanguagesRow, TranslationNote } from '../components/translation';
import { InitiativePageDocument, type InitiativePageQuery } from '../gql/graphql';
import { useQuery } from '../hooks';
import { formatDate, useT, useUiLang } from '../i18n';
import { paths } from '../router';

type Initiative = Extract<NonNullable<InitiativePageQuery['node']>, { __typename: 'Initiative' }>;

export function InitiativePage({ id }: { id: string }) {
  const lang = useUiLang();
  // keepPrevious: a change of language reloads the text in place, keeping the page.
  const query = useQuery(InitiativePageDocument, { id, lang }, { partial: true, keepPrevious: true });
  const node = query.data?.node;
  return (
    <NodePage query={query} record={node?.__typename === 'Initiative' ? node : null} title={(initiative) => initiative.title}>
      {(initiative) => <InitiativeView initiative={initiative} />}
    </NodePage>
  );
}

function InitiativeView({ initiative }: { initiative: Initiative }) {
  const t = useT();
  return (
    <article class="initiative">
      <p class="breadcrumb">
        <a href={paths.home}>{t.common.backToExplorer}</a>
      </p>
      <header class="page-header">
        <p class="eyebrow">{t.initiative.heading}</p>
        <h1 lang={initiative.servedLanguage}>{initiative.title}</h1>
        <p class="lead" lang={initiative.servedLanguage}>
          {initiative.summary}
        </p>
      </header>
      <TranslationNote served={initiative.servedLanguage} translations={initiative.translations} />
      <div class="two-col">
        <section class="section" aria-labelledby="about-h">
          <h2 id="about-h">{t.initiative.about}</h2>
          <dl class="summary-list council-details">
            <CouncilDetails owner={initiative.owner} />
            <div>
              <dt>{t.common.step}</dt>
              <dd>
                <StepBadge step={initiative.starStep} />
              </dd>
            </div>
            <div>
              <dt>{t.common.coTypes}</dt>
              <dd>
                <CoChips coTypes={initiative.coTypes} />
              </dd>
            </div>
            <div>
              <dt>{t.common.serviceArea}</dt>
              <dd>{t.labels.area[initiative.serviceArea]}</dd>
            </div>
            <div>
              <dt>{t.common.visibility}</dt>
              <dd>{t.labels.visibilityShort[initiative.visibility]}</dd>
            </div>
            <div>
              <dt>{t.common.updated}</dt>
              <dd>{formatDate(initiative.updatedAt)}</dd>
            </div>
            <LanguagesRow translations={initiative.translations} />
            <TagList tags={initiative.tags} />
          </dl>
        </section>
        <section class="section" aria-labelledby="appraisal-h">
          <h2 id="appraisal-h">{t.initiative.appraisal}</h2>
          <AppraisalList initiative={initiative} />
        </section>
      </div>
      <InitiativeToolkit id={initiative.id} owner={initiative.owner} />
      <PathwaySection initiative={initiative} />
      <IndicatorsSection initiative={initiative} />
      <CharterSection initiative={initiative} />
      <section class="section" aria-labelledby="cases-h">
        <h2 id="cases-h">{t.initiative.caseStudiesHeading}</h2>
        {initiative.caseStudies.nodes.length === 0 ? (
          <p class="empty">{t.initiative.noCaseStudies}</p>
        ) : (
          <CaseStudyList items={initiative.caseStudies.nodes} />
        )}
      </section>
      <SimilarSection initiative={initiative} />
    </article>
  );
}
