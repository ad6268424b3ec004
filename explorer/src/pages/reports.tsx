// The reports members made about case studies, for the owner's
// administrators and the network's curators to answer: the open ones, each
// with a form to say what was done, or those already resolved.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, request } from '../api';
import { describedBy, Field } from '../components/field';
import { ErrorBox, Loading } from '../components/status';
import { ContentReportsDocument, ResolveReportDocument, type ContentReportsQuery, type ReportStatus } from '../gql/graphql';
import { canAnswerReports, errorText, useQuery, useTitle, useViewer } from '../hooks';
import { formatDate, useT, useUiLang } from '../i18n';
import { paths } from '../router';

type Report = ContentReportsQuery['contentReports']['nodes'][number];

/** The server's longest outcome, in characters. */
const OUTCOME_MAX = 1000;

const STATUSES: ReportStatus[] = ['OPEN', 'RESOLVED'];

export function ReportsPage() {
  const t = useT();
  useTitle(t.reports.title);
  const { viewer, loading } = useViewer();
  if (loading) return <Loading />;
  return (
    <div class="reports-page">
      <h1>{t.reports.title}</h1>
      {!viewer ? (
        <p>
          <a href={paths.signIn(paths.reports)}>{t.reports.needSignIn}</a>
        </p>
      ) : !canAnswerReports(viewer) ? (
        <p>{t.reports.notAllowed}</p>
      ) : (
        <ReportList />
      )}
    </div>
  );
}

function ReportList() {
  const t = useT();
  const lang = useUiLang();
  const [status, setStatus] = useState<ReportStatus>('OPEN');
  // How many reports were resolved here: each one moves focus to the confirmation.
  const [done, setDone] = useState(0);
  const doneRef = useRef<HTMLDivElement>(null);
  const query = useQuery(ContentReportsDocument, { status, first: 50, lang }, { keepPrevious: true });
  const reports = query.data?.contentReports.nodes ?? [];

  useEffect(() => {
    if (done > 0) doneRef.current?.focus();
  }, [done]);

  return (
    <>
      <p class="lead">{t.reports.intro}</p>
      <fieldset class="field">
        <legend class="label">{t.reports.show}</legend>
        <div class="radios">
          {STATUSES.map((s) => (
            <div key={s} class="radio">
              <input
                type="radio"
                id={`report-status-${s}`}
                name="report-status"
                checked={status === s}
                onChange={() => {
                  setStatus(s);
                  setDone(0);
                }}
              />
              <label for={`report-status-${s}`}>{s === 'OPEN' ? t.reports.showOpen : t.reports.showResolved}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div aria-live="polite" class="live">
        {done > 0 && (
          <div class="notice notice-success report-resolved" tabIndex={-1} ref={doneRef}>
            <p>{t.reports.resolvedNow}</p>
          </div>
        )}
      </div>
      {query.error ? (
        <ErrorBox error={query.error} onRetry={query.reload} />
      ) : !query.data ? (
        <Loading />
      ) : (
        <div class={query.loading ? 'is-stale' : ''} aria-busy={query.loading}>
          <p class="reports-count">{t.reports.count(query.data.contentReports.totalCount)}</p>
          {reports.length === 0 ? (
            <p class="empty">{status === 'OPEN' ? t.reports.noneOpen : t.reports.noneResolved}</p>
          ) : (
            <ol class="report-list">
              {reports.map((report, i) => (
                <ReportItem
                  key={report.id}
                  report={report}
                  index={i}
                  onResolved={() => {
                    setDone((n) => n + 1);
                    query.reload();
                  }}
                />
              ))}
            </ol>
          )}
        </div>
      )}
    </>
  );
}

function ReportItem({ report, index, onResolved }: { report: Report; index: number; onResolved: () => void }) {
  const t = useT();
  const cs = report.caseStudy;
  const row = (label: string, value: string, className?: string) => (
    <div>
      <dt>{label}</dt>
      <dd class={className}>{value}</dd>
    </div>
  );
  return (
    <li class="report-item">
      <article aria-labelledby={`report-${index}-h`}>
        <h2 id={`report-${index}-h`} class="report-title">
          {cs ? (
            <a href={paths.caseStudy(cs.id)} lang={cs.servedLanguage}>
              {cs.title}
            </a>
          ) : (
            t.reports.unknownCaseStudy
          )}
        </h2>
        <dl class="summary-list">
          {cs && row(t.reports.council, cs.owner.name)}
          {row(t.reports.reason, t.labels.reportReason[report.reason], 'report-reason')}
          {report.details && row(t.reports.details, report.details, 'report-details')}
          {row(t.reports.reporter, report.reporter.name, 'report-reporter')}
          {row(t.reports.reported, formatDate(report.createdAt))}
          {report.outcome && row(t.reports.outcome, report.outcome, 'report-outcome')}
          {report.resolvedBy && row(t.reports.resolvedBy, report.resolvedBy.name)}
          {report.resolvedAt && row(t.reports.resolved, formatDate(report.resolvedAt))}
        </dl>
        {report.status === 'OPEN' && <ResolveForm id={report.id} fieldId={`outcome-${index}`} onResolved={onResolved} />}
      </article>
    </li>
  );
}

function ResolveForm({ id, fieldId, onResolved }: { id: string; fieldId: string; onResolved: () => void }) {
  const t = useT();
  const [outcome, setOutcome] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [empty, setEmpty] = useState(false);
  const fieldError = empty ? t.reports.outcomeEmpty : (error?.errors.find((e) => e.field === 'outcome')?.message ?? null);

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const text = outcome.trim();
    setEmpty(!text);
    setError(null);
    if (!text) {
      document.getElementById(fieldId)?.focus();
      return;
    }
    setBusy(true);
    try {
      await request(ResolveReportDocument, { id, outcome: text });
      onResolved();
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
      else throw caught;
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="form resolve-form" noValidate onSubmit={(event) => void submit(event)}>
      {error && !fieldError && (
        <p class="error-text" role="alert">
          {errorText(error)}
        </p>
      )}
      <Field id={fieldId} label={t.reports.outcome} hint={t.reports.outcomeHint} error={fieldError}>
        <textarea
          id={fieldId}
          class="textarea"
          rows={2}
          maxLength={OUTCOME_MAX}
          value={outcome}
          aria-required="true"
          aria-invalid={fieldError ? true : undefined}
          aria-describedby={describedBy(fieldId, t.reports.outcomeHint, fieldError)}
          onInput={(event) => setOutcome(event.currentTarget.value)}
        />
      </Field>
      <button type="submit" class="button" disabled={busy}>
        {busy ? t.reports.resolving : t.reports.resolve}
      </button>
    </form>
  );
}
