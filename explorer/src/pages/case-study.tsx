// A case study's page: its text, its council, and what its initiative holds
// (pathway with evidence and gaps, indicators, charter, similar initiatives).
import { useEffect, useState } from 'preact/hooks';
import { ApiError, request } from '../api';
import { CoChips, StepBadge } from '../components/chips';
import { CurationNotes, CuratorTools } from '../components/curation';
import { PathwaySection } from '../components/pathway';
import { CharterSection, IndicatorsSection, SimilarSection } from '../components/initiative-sections';
import { PeerReviewRequest } from '../components/peer-review';
import { NodePage } from '../components/node-page';
import { ReportProblem } from '../components/report';
import { Notice } from '../components/status';
import { CouncilDetails, TagList } from '../components/summary';
import { LanguagesRow, TranslationNote } from '../components/translation';
import { takeFlash } from '../flash';
import { CaseStudyPageDocument, PublishCaseStudyDocument, type CaseStudyPageQuery } from '../gql/graphql';
import { canWrite, errorText, useQuery, useViewer } from '../hooks';
import { formatDate, useT, useUiLang } from '../i18n';
import { paths } from '../router';

/** Plain-text paragraphs: the body is never read as HTML. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p, i) => (
          <p key={i} class="prose-paragraph">
            {p}
          </p>
        ))}
    </>
  );
}

type CaseStudy = Extract<NonNullable<CaseStudyPageQuery['node']>, { __typename: 'CaseStudy' }>;

export function CaseStudyPage({ id }: { id: string }) {
  const lang = useUiLang();
  // keepPrevious: a change of language reloads the text in place, keeping the page (and any form on it).
  const query = useQuery(CaseStudyPageDocument, { id, lang }, { partial: true, keepPrevious: true });
  const node = query.data?.node;
  return (
    <NodePage query={query} record={node?.__typename === 'CaseStudy' ? node : null} title={(cs) => cs.title}>
      {(cs) => <CaseStudyView cs={cs} onChanged={query.reload} />}
    </NodePage>
  );
}

function CaseStudyView({ cs, onChanged }: { cs: CaseStudy; onChanged: () => void }) {
  const t = useT();
  const ui = useUiLang();
  const { viewer } = useViewer();
  const [notice, setNotice] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [publishError, setPublishError] = useState<ApiError | null>(null);
  useEffect(() => setNotice(takeFlash()), []);

  const mine = viewer?.organisation.slug === cs.owner.slug;
  const editable = mine && canWrite(viewer);
  const initiative = cs.initiative;

  const publish = async (): Promise<void> => {
    setPublishing(true);
    setPublishError(null);
    try {
      await request(PublishCaseStudyDocument, { id: cs.id });
      setNotice(t.caseStudy.publishedNow);
      onChanged();
    } catch (error) {
      if (error instanceof ApiError) setPublishError(error);
    } finally {
      setPublishing(false);
    }
  };

  return (
    <article class="case-study">
      <p class="breadcrumb">
        <a href={paths.home}>{t.common.backToExplorer}</a>
      </p>
      {notice && <Notice kind="success">{notice}</Notice>}
      <header class="page-header" lang={cs.servedLanguage}>
        <h1>{cs.title}</h1>
        <p class="lead">{cs.summary}</p>
      </header>
      <TranslationNote served={cs.servedLanguage} translations={cs.translations} />
      <CurationNotes cs={cs} />
      {editable && (
        <div class="actions">
          <a class="button" href={paths.caseStudyEdit(cs.id)}>
            {t.caseStudy.edit}
          </a>
          {cs.status === 'DRAFT' && (
            <button type="button" class="button button-secondary" disabled={publishing} onClick={() => void publish()}>
              {publishing ? t.caseStudy.publishing : t.caseStudy.publish}
            </button>
          )}
          {publishError && (
            <p class="error-text" role="alert">
              {errorText(publishError)}
            </p>
          )}
        </div>
      )}

      <div class="two-col">
        <section class="section" aria-labelledby="about-h">
          <h2 id="about-h">{t.caseStudy.about}</h2>
          <dl class="summary-list council-details">
            <CouncilDetails owner={cs.owner} />
            <div>
              <dt>{t.common.serviceArea}</dt>
              <dd>{t.labels.area[cs.serviceArea]}</dd>
            </div>
            <div>
              <dt>{t.common.coTypes}</dt>
              <dd>
                <CoChips coTypes={cs.coTypes} />
              </dd>
            </div>
            {initiative && (
              <div>
                <dt>{t.caseStudy.initiative}</dt>
                <dd>
                  <a href={paths.initiative(initiative.id)} lang={initiative.servedLanguage}>
                    {initiative.title}
                  </a>{' '}
                  <StepBadge step={initiative.starStep} />
                </dd>
              </div>
            )}
            <LanguagesRow translations={cs.translations} />
            <div>
              <dt>{t.common.status}</dt>
              <dd>
                {t.labels.status[cs.status]} · {t.labels.visibilityShort[cs.visibility]}
              </dd>
            </div>
            {cs.publishedAt && (
              <div>
                <dt>{t.common.published}</dt>
                <dd>{formatDate(cs.publishedAt)}</dd>
              </div>
            )}
            <div>
              <dt>{t.common.updated}</dt>
              <dd>{formatDate(cs.updatedAt)}</dd>
            </div>
            <TagList tags={cs.tags} />
          </dl>
        </section>
        <section class="section prose" aria-labelledby="story-h" lang={cs.servedLanguage}>
          <h2 id="story-h" lang={ui}>
            {t.caseStudy.storyHeading}
          </h2>
          <Paragraphs text={cs.body} />
        </section>
      </div>

      {initiative ? (
        <>
          <PathwaySection initiative={initiative} />
          <IndicatorsSection initiative={initiative} />
          <CharterSection initiative={initiative} />
          <SimilarSection initiative={initiative} />
        </>
      ) : (
        <p class="empty section">{t.caseStudy.noInitiative}</p>
      )}

      {!mine && <PeerReviewRequest caseStudyId={cs.id} host={cs.owner} path={paths.caseStudy(cs.id)} />}
      <ReportProblem caseStudyId={cs.id} />
      <CuratorTools cs={cs} onChanged={onChanged} />
    </article>
  );
}
