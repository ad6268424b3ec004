// A case study's page: its text, its council, and what its initiative holds
// (pathway with evidence and gaps, indicators, charter, similar initiatives).
import { useEffect, useState } from 'preact/hooks';
import { ApiError, request } from '../api';
import { CoChips, StepBadge } from '../components/chips';
import { PathwaySection } from '../components/pathway';
import { PeerReviewRequest } from '../components/peer-review';
import { CharterSection, IndicatorsSection, SimilarSection } from '../components/initiative-sections';
import { ErrorBox, Loading, Notice } from '../components/status';
import { takeFlash } from '../flash';
import { CaseStudyPageDocument, PublishCaseStudyDocument } from '../gql/graphql';
import { canWrite, errorText, useQuery, useTitle, useViewer } from '../hooks';
import { formatDate, uiLang, useT } from '../i18n';
import { paths } from '../router';
import { NotFound } from './not-found';

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

export function CaseStudyPage({ id }: { id: string }) {
  const t = useT();
  const { viewer } = useViewer();
  const query = useQuery(CaseStudyPageDocument, { id });
  const [flash, setFlash] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);
  const [publishError, setPublishError] = useState<ApiError | null>(null);
  useEffect(() => setFlash(takeFlash()), [id]);

  const node = query.data?.node;
  const cs = node?.__typename === 'CaseStudy' ? node : null;
  useTitle(cs ? cs.title : query.loading ? t.common.loading : t.common.notFoundTitle);

  if (query.error && !query.data) {
    return (
      <>
        <h1>{t.common.errorTitle}</h1>
        <ErrorBox error={query.error} onRetry={query.reload} />
      </>
    );
  }
  if (!query.data) return <Loading />;
  if (!cs) return <NotFound />;

  const mine = viewer?.organisation.slug === cs.owner.slug;
  const editable = mine && canWrite(viewer);
  const initiative = cs.initiative;

  const publish = async (): Promise<void> => {
    setPublishing(true);
    setPublishError(null);
    try {
      await request(PublishCaseStudyDocument, { id: cs.id });
      setFlash(t.caseStudy.publishedNow);
      query.reload();
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
      {flash && <Notice kind="success">{flash}</Notice>}
      <header class="page-header" lang={cs.language}>
        <h1>{cs.title}</h1>
        <p class="lead">{cs.summary}</p>
      </header>
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
            <div>
              <dt>{t.common.council}</dt>
              <dd class="council-name">{cs.owner.name}</dd>
            </div>
            <div>
              <dt>{t.common.gssCode}</dt>
              <dd class="council-gss">{cs.owner.gssCode ?? t.common.none}</dd>
            </div>
            <div>
              <dt>{t.common.nation}</dt>
              <dd class="council-nation">{t.labels.nation[cs.owner.nation]}</dd>
            </div>
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
                  <a href={paths.initiative(initiative.id)}>{initiative.title}</a> <StepBadge step={initiative.starStep} />
                </dd>
              </div>
            )}
            <div>
              <dt>{t.common.language}</dt>
              <dd>{t.labels.languageName(cs.language)}</dd>
            </div>
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
            {cs.tags.length > 0 && (
              <div>
                <dt>{t.common.tags}</dt>
                <dd>
                  <ul class="tags">
                    {cs.tags.map((tag) => (
                      <li key={tag}>{tag}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
          </dl>
        </section>
        <section class="section prose" aria-labelledby="story-h" lang={cs.language}>
          <h2 id="story-h" lang={uiLang()}>
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

      {!mine && (
        <PeerReviewRequest
          caseStudyId={cs.id}
          host={cs.owner}
          existing={query.data.peerReviews.nodes}
          path={paths.caseStudy(cs.id)}
          onSent={query.reload}
        />
      )}
    </article>
  );
}
