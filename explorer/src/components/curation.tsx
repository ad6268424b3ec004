// What a network body's curators say of a case study (featured, verified,
// hidden from the public), and the tools a curator says it with.
import { useState } from 'preact/hooks';
import { ApiError, request } from '../api';
import {
  FeatureCaseStudyDocument,
  HideCaseStudyDocument,
  UnhideCaseStudyDocument,
  VerifyCaseStudyDocument,
  type CaseStudyCurationFragment,
  type CaseStudyStatus,
  type Visibility,
} from '../gql/graphql';
import { canCurate, errorText, useViewer } from '../hooks';
import { formatDate, useT } from '../i18n';
import { describedBy, Field } from './field';

/** The server's longest note or reason, in characters. */
const TEXT_MAX = 1000;

/** A card's or page's small "Featured" and "Verified" marks. */
export function CurationMarks({ featured, verifiedAt }: { featured: boolean; verifiedAt: string | null | undefined }) {
  const t = useT();
  return (
    <>
      {featured && <span class="badge badge-featured">{t.curation.featured}</span>}
      {verifiedAt && <span class="badge badge-verified">{t.curation.verified}</span>}
    </>
  );
}

/** Under a case study's title: its marks, who verified it and why, and, for members, that it is hidden from the public. */
export function CurationNotes({ cs }: { cs: CaseStudyCurationFragment }) {
  const t = useT();
  const { viewer } = useViewer();
  return (
    <>
      {cs.hiddenAt && viewer && (
        <div class="notice notice-warning curation-hidden">
          <p>{t.curation.hidden(cs.hiddenReason ?? '')}</p>
        </div>
      )}
      {(cs.featured || cs.verifiedAt) && (
        <div class="curation-notes">
          <p class="curation-marks">
            <CurationMarks featured={cs.featured} verifiedAt={cs.verifiedAt} />
            {cs.verifiedAt && (
              <span class="verified-by">
                {cs.verifiedBy
                  ? t.curation.verifiedBy(cs.verifiedBy.name, formatDate(cs.verifiedAt))
                  : t.curation.verifiedOn(formatDate(cs.verifiedAt))}
              </span>
            )}
          </p>
          {cs.verifiedAt && cs.verificationNote && (
            <p class="verification-note">
              {t.curation.note} {cs.verificationNote}
            </p>
          )}
        </div>
      )}
    </>
  );
}

/** What a curator's last action did, named by its message, so it follows the interface language. */
type Done = 'featuredNow' | 'unfeaturedNow' | 'verifiedNow' | 'hiddenNow' | 'unhiddenNow';

type Curated = CaseStudyCurationFragment & { id: string; visibility: Visibility; status: CaseStudyStatus };

/** A curator's buttons: feature or stop featuring, verify with a note, hide with a reason or show again. */
export function CuratorTools({ cs, onChanged }: { cs: Curated; onChanged: () => void }) {
  const t = useT();
  const { viewer } = useViewer();
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<Done | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [note, setNote] = useState('');
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  if (!viewer || !canCurate(viewer)) return null;

  const run = async (action: () => Promise<unknown>, message: Done): Promise<boolean> => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      await action();
      setDone(message);
      onChanged();
      return true;
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
      else throw caught;
      return false;
    } finally {
      setBusy(false);
    }
  };

  const feature = (featured: boolean): void =>
    void run(
      () => request(FeatureCaseStudyDocument, { id: cs.id, featured }),
      featured ? 'featuredNow' : 'unfeaturedNow',
    );

  const verify = async (event: Event): Promise<void> => {
    event.preventDefault();
    const ok = await run(
      () => request(VerifyCaseStudyDocument, { id: cs.id, note: note.trim() || null }),
      'verifiedNow',
    );
    if (ok) setNote('');
  };

  const hide = async (event: Event): Promise<void> => {
    event.preventDefault();
    const text = reason.trim();
    setReasonError(text ? null : t.curation.hideReasonEmpty);
    if (!text) {
      document.getElementById('hide-reason')?.focus();
      return;
    }
    const ok = await run(() => request(HideCaseStudyDocument, { id: cs.id, reason: text }), 'hiddenNow');
    if (ok) setReason('');
  };

  const curatable = cs.visibility === 'PUBLIC' && cs.status === 'PUBLISHED';

  return (
    <section class="section panel curator-tools" aria-labelledby="curation-h">
      <h2 id="curation-h">{t.curation.heading}</h2>
      <p>{t.curation.intro(viewer.organisation.name)}</p>
      <div aria-live="polite" class="live">
        {done && (
          <div class="notice notice-success curation-done">
            <p>{t.curation[done]}</p>
          </div>
        )}
      </div>
      {error && (
        <p class="error-text" role="alert">
          {errorText(error)}
        </p>
      )}
      {!curatable ? (
        <p class="hint">{t.curation.notCuratable}</p>
      ) : (
        <>
          <div class="actions">
            <button type="button" class="button button-secondary" disabled={busy} onClick={() => feature(!cs.featured)}>
              {cs.featured ? t.curation.unfeature : t.curation.feature}
            </button>
            {cs.hiddenAt && (
              <button
                type="button"
                class="button button-secondary"
                disabled={busy}
                onClick={() => void run(() => request(UnhideCaseStudyDocument, { id: cs.id }), 'unhiddenNow')}
              >
                {t.curation.unhide}
              </button>
            )}
          </div>
          <form class="form" noValidate onSubmit={(event) => void verify(event)}>
            <Field id="verify-note" label={t.curation.verifyNote} hint={t.curation.verifyHint}>
              <textarea
                id="verify-note"
                class="textarea"
                rows={2}
                maxLength={TEXT_MAX}
                value={note}
                aria-describedby={describedBy('verify-note', t.curation.verifyHint, null)}
                onInput={(event) => setNote(event.currentTarget.value)}
              />
            </Field>
            <button type="submit" class="button" disabled={busy}>
              {busy ? t.curation.working : t.curation.verify}
            </button>
          </form>
          {!cs.hiddenAt && (
            <form class="form curation-hide" noValidate onSubmit={(event) => void hide(event)}>
              <Field id="hide-reason" label={t.curation.hideReason} hint={t.curation.hideHint} error={reasonError}>
                <textarea
                  id="hide-reason"
                  class="textarea"
                  rows={2}
                  maxLength={TEXT_MAX}
                  value={reason}
                  aria-required="true"
                  aria-invalid={reasonError ? true : undefined}
                  aria-describedby={describedBy('hide-reason', t.curation.hideHint, reasonError)}
                  onInput={(event) => setReason(event.currentTarget.value)}
                />
              </Field>
              <button type="submit" class="button button-warning" disabled={busy}>
                {t.curation.hide}
              </button>
            </form>
          )}
        </>
      )}
    </section>
  );
}
