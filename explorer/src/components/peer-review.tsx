// A member asks the council that owns a case study to host a peer review or
// study visit about it; the confirmation is announced when the request is
// made, and a refused request moves focus to the first field at fault.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, request } from '../api';
import {
  CaseStudyPeerReviewsDocument,
  RequestPeerReviewDocument,
  type PeerReviewKind,
  type RequestPeerReviewMutation,
} from '../gql/graphql';
import { canWrite, errorText, useQuery, useViewer } from '../hooks';
import { formatDate, useT } from '../i18n';
import { paths } from '../router';
import { describedBy, Field } from './field';

const KINDS: PeerReviewKind[] = ['PEER_REVIEW', 'STUDY_VISIT'];

/** The server's longest message to a host, in characters. */
const MESSAGE_MAX = 2000;

/** Today in the visitor's own time zone, as `YYYY-MM-DD`. */
export function today(): string {
  const now = new Date();
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function PeerReviewRequest({
  caseStudyId,
  host,
  path,
}: {
  caseStudyId: string;
  host: { slug: string; name: string };
  path: string;
}) {
  const t = useT();
  const { viewer } = useViewer();
  const existing = useQuery(CaseStudyPeerReviewsDocument, { caseStudyId }, { skip: !viewer });
  const [kind, setKind] = useState<PeerReviewKind>('PEER_REVIEW');
  const [date, setDate] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState<RequestPeerReviewMutation['requestPeerReview'] | null>(null);
  const dateInput = useRef<HTMLInputElement>(null);
  const messageInput = useRef<HTMLTextAreaElement>(null);

  const fieldError = (field: string): string | null =>
    error?.errors.find((e) => e.field === field || e.field === `input.${field}`)?.message ?? null;
  const dateError = fieldError('proposedFor');
  const messageError = fieldError('message');

  useEffect(() => {
    if (dateError) dateInput.current?.focus();
    else if (messageError) messageInput.current?.focus();
  }, [error]);

  if (!viewer) {
    return (
      <section class="section" aria-labelledby="peer-h">
        <h2 id="peer-h">{t.peerReview.heading}</h2>
        <p>
          <a href={paths.signIn(path)}>{t.peerReview.signInPrompt}</a>
        </p>
      </section>
    );
  }

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setSent(null);
    try {
      const answer = await request(RequestPeerReviewDocument, {
        input: {
          kind,
          caseStudyId,
          host: host.slug,
          proposedFor: date || null,
          message: message.trim() || null,
        },
      });
      setSent(answer.requestPeerReview);
      existing.reload();
      setMessage('');
      setDate('');
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
      else throw caught;
    } finally {
      setBusy(false);
    }
  };

  const mine = existing.data?.peerReviews.nodes ?? [];

  return (
    <section class="section" aria-labelledby="peer-h">
      <h2 id="peer-h">{t.peerReview.heading}</h2>
      <p>{t.peerReview.intro(host.name)}</p>
      <div aria-live="polite" class="live">
        {sent && (
          <div class="notice notice-success peer-review-sent">
            <p>
              {t.peerReview.sent(
                t.labels.peerReviewKind[sent.kind],
                sent.host.name,
                t.labels.peerReviewStatus[sent.status],
              )}
            </p>
          </div>
        )}
      </div>
      {mine.length > 0 && (
        <>
          <h3>{t.peerReview.yours}</h3>
          <ul class="plain-list">
            {mine.map((r) => (
              <li key={r.id}>
                {t.labels.peerReviewKind[r.kind]}: {t.labels.peerReviewStatus[r.status]}
                {r.proposedFor ? `, ${t.peerReview.on(formatDate(r.proposedFor))}` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
      {!canWrite(viewer) ? (
        <p class="hint">{t.peerReview.editorsOnly}</p>
      ) : (
        <form class="form" onSubmit={(event) => void submit(event)} noValidate>
          {error && !dateError && !messageError && (
            <p class="error-text" role="alert">
              {errorText(error)}
            </p>
          )}
          <fieldset class="field">
            <legend class="label">{t.peerReview.kind}</legend>
            <div class="radios">
              {KINDS.map((k) => (
                <div key={k} class="radio">
                  <input type="radio" id={`pr-kind-${k}`} name="pr-kind" checked={kind === k} onChange={() => setKind(k)} />
                  <label for={`pr-kind-${k}`}>{t.labels.peerReviewKind[k]}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <Field id="pr-date" label={t.peerReview.date} hint={t.peerReview.dateHint} error={dateError}>
            <input
              type="date"
              id="pr-date"
              class="input input-date"
              ref={dateInput}
              min={today()}
              value={date}
              aria-invalid={dateError ? true : undefined}
              aria-describedby={describedBy('pr-date', t.peerReview.dateHint, dateError)}
              onInput={(event) => setDate(event.currentTarget.value)}
            />
          </Field>
          <Field id="pr-message" label={t.peerReview.message} error={messageError}>
            <textarea
              id="pr-message"
              class="textarea"
              ref={messageInput}
              rows={4}
              maxLength={MESSAGE_MAX}
              value={message}
              aria-invalid={messageError ? true : undefined}
              aria-describedby={describedBy('pr-message', undefined, messageError)}
              onInput={(event) => setMessage(event.currentTarget.value)}
            />
          </Field>
          <button type="submit" class="button" disabled={busy}>
            {busy ? t.peerReview.sending : t.peerReview.submit}
          </button>
        </form>
      )}
    </section>
  );
}
