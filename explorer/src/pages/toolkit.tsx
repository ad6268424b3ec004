// The toolkit the network shares: for a member, its own organisation's
// initiatives ranked as options (by net present value, benefit-cost ratio or
// the Impact Matrix); the Barriers to Co-production surveys, each with its
// barriers by group and, for a member, its own organisation's runs with their
// results beside the benchmark of other councils; and the charter templates
// of the network's bodies.
import { useState } from 'preact/hooks';
import { ErrorBox, Loading } from '../components/status';
import {
  RankedOptionsDocument,
  ToolkitPageDocument,
  type OptionRanking,
  type ToolkitPageQuery,
} from '../gql/graphql';
import { useQuery, useTitle, useViewer, type Viewer } from '../hooks';
import { formatDate, formatMoney, formatNumber, formatPercent, useT, useUiLang } from '../i18n';
import { paths } from '../router';
import { BARRIER_GROUPS, OPTION_RANKINGS, isOneOf } from '../vocab';

type Survey = ToolkitPageQuery['barrierSurveys']['nodes'][number];
type Run = NonNullable<Survey['runs']>[number];
type Template = ToolkitPageQuery['charterTemplates']['nodes'][number];

const score = (value: number): string => formatNumber(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

export function ToolkitPage() {
  const t = useT();
  useTitle(t.toolkitPage.title);
  const { viewer, loading } = useViewer();
  // A member also sees its own organisation's runs.
  const query = useQuery(ToolkitPageDocument, { withRuns: viewer != null }, { partial: true, skip: loading });
  const surveys = query.data?.barrierSurveys.nodes;
  const templates = query.data?.charterTemplates.nodes;
  const failed = query.error && !query.data ? query.error : null;
  return (
    <div class="toolkit-page">
      <h1>{t.toolkitPage.title}</h1>
      <p class="lead">{t.toolkitPage.intro}</p>
      {viewer && <RankedOptions viewer={viewer} />}
      {failed ? (
        <ErrorBox error={failed} onRetry={query.reload} />
      ) : !query.data ? (
        <Loading />
      ) : (
        <>
          <section class="section" aria-labelledby="surveys-h">
            <h2 id="surveys-h">{t.toolkitPage.surveysHeading}</h2>
            <p class="hint">{t.toolkitPage.scoreHint}</p>
            {!surveys || surveys.length === 0 ? (
              <p class="empty">{t.toolkitPage.noSurveys}</p>
            ) : (
              surveys.map((survey) => <SurveyView key={survey.id} survey={survey} signedIn={viewer != null} />)
            )}
          </section>
          <section class="section" aria-labelledby="templates-h">
            <h2 id="templates-h">{t.toolkitPage.templatesHeading}</h2>
            <p class="hint">{t.toolkitPage.templatesIntro}</p>
            {!templates || templates.length === 0 ? (
              <p class="empty">{t.toolkitPage.noTemplates}</p>
            ) : (
              <ul class="card-list charter-templates">
                {templates.map((template) => (
                  <TemplateCard key={template.id} template={template} />
                ))}
              </ul>
            )}
          </section>
        </>
      )}
    </div>
  );
}

function SurveyView({ survey, signedIn }: { survey: Survey; signedIn: boolean }) {
  const t = useT();
  const headingId = `survey-${survey.id}-h`;
  return (
    <article class="survey" aria-labelledby={headingId}>
      <h3 id={headingId} class="survey-title">
        {survey.title}
      </h3>
      <p class="survey-meta">
        {t.toolkitPage.published(survey.publisher.name, formatDate(survey.publishedAt), survey.version)}{' '}
        {t.toolkitPage.barriersCount(survey.barriers.length)}
      </p>
      <div class="barrier-groups">
        {BARRIER_GROUPS.map((group) => {
          const barriers = survey.barriers.filter((b) => b.group === group);
          if (barriers.length === 0) return null;
          return (
            <div key={group} class="barrier-group">
              <h4>{t.labels.barrierGroup[group]}</h4>
              <ul class="plain-list">
                {barriers.map((b) => (
                  <li key={b.key}>{b.text}</li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
      <h4>{t.toolkitPage.runsHeading}</h4>
      {!signedIn ? (
        <p>
          <a href={paths.signIn(paths.toolkit)}>{t.toolkitPage.signInForRuns}</a>
        </p>
      ) : !survey.runs || survey.runs.length === 0 ? (
        <p class="empty">{t.toolkitPage.noRuns}</p>
      ) : (
        survey.runs.map((run) => <RunView key={run.id} run={run} />)
      )}
    </article>
  );
}

function RunView({ run }: { run: Run }) {
  const t = useT();
  const p = t.toolkitPage;
  const service = t.labels.area[run.service];
  const captionId = `run-${run.id}-caption`;
  return (
    <div class="survey-run">
      <h5>{p.run(service, formatDate(run.opensOn), formatDate(run.closesOn))}</h5>
      <p>{p.responses(run.responses)}</p>
      <div class="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table class="data-table survey-results">
          <caption id={captionId}>{p.resultsCaption(service)}</caption>
          <thead>
            <tr>
              <th scope="col">{p.barrier}</th>
              <th scope="col" class="num">
                {p.answers}
              </th>
              <th scope="col" class="num">
                {p.meanScore}
              </th>
              <th scope="col" class="num">
                {p.share}
              </th>
              <th scope="col">{p.benchmark}</th>
            </tr>
          </thead>
          {BARRIER_GROUPS.map((group) => {
            const results = run.results.filter((r) => r.barrier.group === group);
            if (results.length === 0) return null;
            return (
              <tbody key={group}>
                <tr class="group-row">
                  <th scope="rowgroup" colSpan={5}>
                    {t.labels.barrierGroup[group]}
                  </th>
                </tr>
                {results.map((r) => (
                  <tr key={r.barrier.key}>
                    <th scope="row">{r.barrier.text}</th>
                    <td class="num">{formatNumber(r.responses)}</td>
                    <td class="num">{r.meanScore == null ? t.common.notKnown : score(r.meanScore)}</td>
                    <td class="num">
                      {r.shareReportingBarrier == null ? t.common.notKnown : formatPercent(r.shareReportingBarrier)}
                    </td>
                    <td class="benchmark">
                      {r.benchmark
                        ? p.benchmarkFigures(
                            score(r.benchmark.meanScore),
                            formatPercent(r.benchmark.shareReportingBarrier),
                            r.benchmark.councils,
                          )
                        : p.noBenchmark}
                    </td>
                  </tr>
                ))}
              </tbody>
            );
          })}
        </table>
      </div>
    </div>
  );
}

function TemplateCard({ template }: { template: Template }) {
  const t = useT();
  return (
    <li class="card charter-template">
      <h3 class="charter-template-title" lang={template.language}>
        {template.title}
      </h3>
      <p>{t.toolkitPage.templateMeta(template.publisher.name, t.labels.languageName(template.language))}</p>
      <p class="hint">{t.toolkitPage.templateSize(template.commitments.length, template.risks.length)}</p>
    </li>
  );
}

/** A member's own organisation's initiatives, ranked as options by the measure the member chooses. */
function RankedOptions({ viewer }: { viewer: Viewer }) {
  const t = useT();
  const p = t.toolkitPage;
  const lang = useUiLang();
  const [by, setBy] = useState<OptionRanking>('NPV');
  // keepPrevious: the last ranking stays on screen while the next one loads.
  const query = useQuery(RankedOptionsDocument, { by, lang }, { keepPrevious: true });
  const options = query.data?.rankedOptions;
  return (
    <section class="section ranked-options" aria-labelledby="ranked-h">
      <h2 id="ranked-h">{p.rankedHeading}</h2>
      <p class="hint">{p.rankedIntro(viewer.organisation.name)}</p>
      <div class="field">
        <label for="rank-by" class="label">
          {p.rankBy}
        </label>
        <select
          id="rank-by"
          class="select"
          value={by}
          onChange={(event) => {
            const value = event.currentTarget.value;
            if (isOneOf(OPTION_RANKINGS, value)) setBy(value);
          }}
        >
          {OPTION_RANKINGS.map((r) => (
            <option key={r} value={r}>
              {t.labels.optionRanking[r]}
            </option>
          ))}
        </select>
      </div>
      {query.error ? (
        <ErrorBox error={query.error} onRetry={query.reload} />
      ) : !options ? (
        <Loading />
      ) : options.length === 0 ? (
        <p class="empty">{p.noOptions}</p>
      ) : (
        <div
          class={`table-scroll${query.loading ? ' is-stale' : ''}`}
          role="region"
          aria-labelledby="ranked-caption"
          aria-busy={query.loading ? 'true' : 'false'}
          tabIndex={0}
        >
          <table class="data-table ranked-table">
            <caption id="ranked-caption">{p.rankedCaption(t.labels.optionRanking[by])}</caption>
            <thead>
              <tr>
                <th scope="col" class="num">
                  {p.rank}
                </th>
                <th scope="col">{p.initiative}</th>
                <th scope="col" class="num">
                  {p.npv}
                </th>
                <th scope="col" class="num">
                  {p.bcr}
                </th>
                <th scope="col">{p.quadrant}</th>
              </tr>
            </thead>
            <tbody>
              {options.map(({ rank, initiative: i }) => {
                const bcr = i.businessCase ? i.businessCase.benefitCostRatio : i.appraisal.benefitCostRatio;
                return (
                  <tr key={i.id} class="ranked-option">
                    <td class="num ranked-rank">{formatNumber(rank)}</td>
                    <th scope="row">
                      <a href={paths.initiative(i.id)} lang={i.servedLanguage}>
                        {i.title}
                      </a>
                    </th>
                    <td class="num ranked-npv">
                      {i.businessCase ? formatMoney(i.businessCase.npv, i.businessCase.currency) : p.noBusinessCase}
                    </td>
                    <td class="num ranked-bcr">
                      {bcr == null ? t.common.notKnown : formatNumber(bcr, { maximumFractionDigits: 2 })}
                    </td>
                    <td>{i.appraisal.quadrant ? t.labels.quadrant[i.appraisal.quadrant] : p.notAppraised}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
