import { CoChips, StepBadge } from '../components/chips';
import { PathwaySection } from '../components/pathway';
import { AppraisalList, CharterSection, IndicatorsSection, SimilarSection } from '../components/initiative-sections';
import { CaseStudyList } from '../components/results';
import { ErrorBox, Loading } from '../components/status';
import { InitiativePageDocument } from '../gql/graphql';
import { useQuery, useTitle } from '../hooks';
import { formatDate, useT } from '../i18n';
import { paths } from '../router';
import { NotFound } from './not-found';

export function InitiativePage({ id }: { id: string }) {
  const t = useT();
  const query = useQuery(InitiativePageDocument, { id });
  const node = query.data?.node;
  const initiative = node?.__typename === 'Initiative' ? node : null;
  useTitle(initiative ? initiative.title : query.loading ? t.common.loading : t.common.notFoundTitle);

  if (query.error && !query.data) {
    return (
      <>
        <h1>{t.common.errorTitle}</h1>
        <ErrorBox error={query.error} onRetry={query.reload} />
      </>
    );
  }
  if (!query.data) return <Loading />;
  if (!initiative) return <NotFound />;

  return (
    <article class="initiative">
      <p class="breadcrumb">
        <a href={paths.home}>{t.common.backToExplorer}</a>
      </p>
      <header class="page-header">
        <p class="eyebrow">{t.initiative.heading}</p>
        <h1>{initiative.title}</h1>
        <p class="lead">{initiative.summary}</p>
      </header>
      <div class="two-col">
        <section class="section" aria-labelledby="about-h">
          <h2 id="about-h">{t.initiative.about}</h2>
          <dl class="summary-list council-details">
            <div>
              <dt>{t.common.council}</dt>
              <dd class="council-name">{initiative.owner.name}</dd>
            </div>
            <div>
              <dt>{t.common.gssCode}</dt>
              <dd class="council-gss">{initiative.owner.gssCode ?? t.common.none}</dd>
            </div>
            <div>
              <dt>{t.common.nation}</dt>
              <dd class="council-nation">{t.labels.nation[initiative.owner.nation]}</dd>
            </div>
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
            {initiative.tags.length > 0 && (
              <div>
                <dt>{t.common.tags}</dt>
                <dd>
                  <ul class="tags">
                    {initiative.tags.map((tag) => (
                      <li key={tag}>{tag}</li>
                    ))}
                  </ul>
                </dd>
              </div>
            )}
          </dl>
        </section>
        <section class="section" aria-labelledby="appraisal-h">
          <h2 id="appraisal-h">{t.initiative.appraisal}</h2>
          <AppraisalList initiative={initiative} />
        </section>
      </div>
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
