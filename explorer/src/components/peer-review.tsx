// A member asks the council that owns a case study to host a peer review or
// study visit about it; the confirmation is announced when the request is made.
import { useState } from 'preact/hooks';
import { ApiError, request } from '../api';
import { RequestPeerReviewDocument, type PeerReviewKind, type RequestPeerReviewMutation } from '../gql/graphql';
import { canWrite, errorText, useViewer } from '../hooks';
import { formatDate, useT } from '../i18n';
import { paths } from '../router';

interface Existing {
  id: string;
  kind: PeerReviewKind;
  status: RequestPeerReviewMutation['requestPeerReview']['status'];
  proposedFor: string | null;
}

const KINDS: PeerReviewKind[] = ['PEER_REVIEW', 'STUDY_VISIT'];

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

export function PeerReviewRequest({
  caseStudyId,
  host,
  existing,
  path,
  onSent,
}: {
  onSent: () => void;
  caseStudyId: string;
  host: { slug: string; name: string };
  existing: readonly Existing[];
  path: string;
}) {
  const t = useT();
  const { viewer } = useViewer();
  const [kind, setKind] = useState<PeerReviewKind>('PEER_REVIEW');
  const [date, setDate] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [sent, setSent] = useState<RequestPeerReviewMutation['requestPeerReview'] | null>(null);

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
      onSent();
      setMessage('');
      setDate('');
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
      else throw caught;
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: string): string | null =>
    error?.errors.find((e) => e.field === field || e.field === `input.${field}`)?.message ?? null;
  const dateError = fieldError('proposedFor');
  const messageError = fieldError('message');

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
      {existing.length > 0 && (
        <>
          <h3>{t.peerReview.yours}</h3>
          <ul class="plain-list">
            {existing.map((r) => (
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
          <div class={`field${dateError ? ' has-error' : ''}`}>
            <label for="pr-date" class="label">
              {t.peerReview.date}
            </label>
            <p class="hint" id="pr-date-hint">
              {t.peerReview.dateHint}
            </p>
            {dateError && (
              <p class="field-error" id="pr-date-error">
                {t.editor.fieldError(dateError)}
              </p>
            )}
            <input
              type="date"
              id="pr-date"
              class="input input-date"
              min={today()}
              value={date}
              aria-invalid={dateError ? true : undefined}
              aria-describedby={dateError ? 'pr-date-hint pr-date-error' : 'pr-date-hint'}
              onInput={(event) => setDate(event.currentTarget.value)}
            />
          </div>
          <div class={`field${messageError ? ' has-error' : ''}`}>
            <label for="pr-message" class="label">
              {t.peerReview.message}
            </label>
            {messageError && (
              <p class="field-error" id="pr-message-error">
                {t.editor.fieldError(messageError)}
              </p>
            )}
            <textarea
              id="pr-message"
              class="textarea"
              rows={4}
              value={message}
              aria-invalid={messageError ? true : undefined}
              aria-describedby={messageError ? 'pr-message-error' : undefined}
              onInput={(event) => setMessage(event.currentTarget.value)}
            />
          </div>
          <button type="submit" class="button" disabled={busy}>
            {busy ? t.peerReview.sending : t.peerReview.submit}
          </button>
        </form>
      )}
    </section>
  );
}
