// A member reports a problem with a case study to the network's curators and
// the council's administrators: a button opens a short form (what is wrong,
// optional details), and the confirmation is announced once it is sent.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, request } from '../api';
import { ReportContentDocument, type ReportReason } from '../gql/graphql';
import { errorText, useViewer } from '../hooks';
import { useT } from '../i18n';
import { isOneOf, REPORT_REASONS } from '../vocab';
import { describedBy, Field } from './field';

/** The server's longest details, in characters. */
const DETAILS_MAX = 1000;

export function ReportProblem({ caseStudyId }: { caseStudyId: string }) {
  const t = useT();
  const { viewer } = useViewer();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<ReportReason | ''>('');
  const [details, setDetails] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [sent, setSent] = useState(false);
  const reasonSelect = useRef<HTMLSelectElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (open) reasonSelect.current?.focus();
  }, [open]);

  if (!viewer) return null;

  const detailsError = error?.errors.find((e) => e.field === 'details')?.message ?? null;

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (!reason) {
      setReasonError(t.report.reasonEmpty);
      reasonSelect.current?.focus();
      return;
    }
    setReasonError(null);
    setBusy(true);
    setError(null);
    try {
      await request(ReportContentDocument, { id: caseStudyId, reason, details: details.trim() || null });
      setSent(true);
      setOpen(false);
      setReason('');
      setDetails('');
      toggle.current?.focus();
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
      else throw caught;
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="section" aria-labelledby="report-h">
      <h2 id="report-h">{t.report.heading}</h2>
      <p>{t.report.intro}</p>
      <div aria-live="polite" class="live">
        {sent && (
          <div class="notice notice-success report-sent">
            <p>{t.report.sent}</p>
          </div>
        )}
      </div>
      <button
        type="button"
        class="button button-secondary"
        ref={toggle}
        aria-expanded={open}
        aria-controls="report-form"
        onClick={() => {
          setOpen(!open);
          setSent(false);
          setError(null);
          setReasonError(null);
        }}
      >
        {t.report.open}
      </button>
      <form id="report-form" class="form report-form" hidden={!open} noValidate onSubmit={(event) => void submit(event)}>
        {error && !detailsError && (
          <p class="error-text" role="alert">
            {errorText(error)}
          </p>
        )}
        <Field id="report-reason" label={t.report.reason} error={reasonError}>
          <select
            id="report-reason"
            class="select"
            ref={reasonSelect}
            value={reason}
            aria-invalid={reasonError ? true : undefined}
            aria-describedby={describedBy('report-reason', undefined, reasonError)}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setReason(isOneOf(REPORT_REASONS, value) ? value : '');
            }}
          >
            <option value="">{t.report.chooseReason}</option>
            {REPORT_REASONS.map((r) => (
              <option key={r} value={r}>
                {t.labels.reportReason[r]}
              </option>
            ))}
          </select>
        </Field>
        <Field id="report-details" label={t.report.details} hint={t.report.detailsHint} error={detailsError}>
          <textarea
            id="report-details"
            class="textarea"
            rows={3}
            maxLength={DETAILS_MAX}
            value={details}
            aria-invalid={detailsError ? true : undefined}
            aria-describedby={describedBy('report-details', t.report.detailsHint, detailsError)}
            onInput={(event) => setDetails(event.currentTarget.value)}
          />
        </Field>
        <div class="actions">
          <button type="submit" class="button" disabled={busy}>
            {busy ? t.report.sending : t.report.submit}
          </button>
          <button
            type="button"
            class="button button-secondary"
            onClick={() => {
              setOpen(false);
              toggle.current?.focus();
            }}
          >
            {t.report.cancel}
          </button>
        </div>
      </form>
    </section>
  );
}
