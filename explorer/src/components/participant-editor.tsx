// The participant editing tools of an initiative's Co-Production Star
// toolkit, for the editors of its owner organisation: add a pseudonymous
// participant and withdraw a participant's consent.
import { useEffect, useRef, useState } from 'preact/hooks';
import { request } from '../api';
import {
  AddParticipantDocument,
  WithdrawParticipantConsentDocument,
  type Availability,
  type ContributionCategory,
  type ContributionInput,
  type Willingness,
} from '../gql/graphql';
import { errorText } from '../hooks';
import { useT } from '../i18n';
import { AVAILABILITIES, CONTRIBUTION_CATEGORIES, WILLINGNESS, isOneOf } from '../vocab';
import { at, idPart, ProblemList, problemsOf, refuse, useSubmit } from './editor-form';
import { describedBy, Field, FieldError } from './field';
import { today } from './peer-review';

interface ContributionDraft {
  category: ContributionCategory | '';
  description: string;
  availability: Availability[];
}

interface ParticipantDraft {
  reference: string;
  consentedOn: string;
  willingness: Willingness;
  offers: ContributionDraft;
  needs: ContributionDraft;
}

type Side = 'offers' | 'needs';

const NO_CONTRIBUTION: ContributionDraft = { category: '', description: '', availability: [] };

/** The server's longest description, in characters. */
const DESCRIPTION_MAX = 300;
const REFERENCE_MAX = 64;

function emptyParticipant(): ParticipantDraft {
  return { reference: '', consentedOn: today(), willingness: 'AS_NOW', offers: NO_CONTRIBUTION, needs: NO_CONTRIBUTION };
}

/** `offers[0].description` → `offers.description`; `reference` stays itself. */
function participantKey(field: string): string | null {
  const top = /^(reference|consentedOn|willingness)$/.exec(field);
  if (top) return top[1] ?? null;
  const side = /^(offers|needs)(?:\[\d+\])?(?:\.(category|description|availability))?/.exec(field);
  return side ? `${side[1] ?? ''}.${side[2] ?? 'category'}` : null;
}

const participantId = (key: string): string => `pa-${key.replace('.', '-')}`;

/** The form that adds a participant to an initiative. */
export function ParticipantForm({ initiativeId, onAdded }: { initiativeId: string; onAdded: () => void }) {
  const t = useT();
  const e = t.toolkitEdit;
  const [draft, setDraft] = useState<ParticipantDraft>(emptyParticipant);
  const [added, setAdded] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  const problems = problemsOf(error, participantKey);
  const err = (key: string): string | null => at(problems, key);
  const invalid = (key: string): true | undefined => (err(key) ? true : undefined);

  const contribution = (side: Side): ContributionInput[] => {
    const d = draft[side];
    if (!d.category && !d.description.trim() && d.availability.length === 0) return [];
    if (!d.category) throw refuse(e.chooseKind, `input.${side}[0].category`);
    const availability = AVAILABILITIES.filter((a) => d.availability.includes(a));
    return [{ category: d.category, description: d.description.trim(), availability }];
  };

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setAdded(null);
    const ok = await run(async () => {
      const answer = await request(AddParticipantDocument, {
        initiativeId,
        input: {
          reference: draft.reference.trim(),
          consentedOn: draft.consentedOn,
          willingness: draft.willingness,
          offers: contribution('offers'),
          needs: contribution('needs'),
        },
      });
      setAdded(answer.addParticipant.reference);
    });
    if (ok) {
      setDraft(emptyParticipant());
      onAdded();
    }
  };

  const setSide = (side: Side, change: Partial<ContributionDraft>): void =>
    setDraft((d) => ({ ...d, [side]: { ...d[side], ...change } }));

  const sideFields = (side: Side, legend: string) => {
    const d = draft[side];
    const kindKey = `${side}.category`;
    const textKey = `${side}.description`;
    const timesKey = `${side}.availability`;
    const legendId = `${participantId(side)}-legend`;
    return (
      <fieldset class="subform" aria-labelledby={legendId} aria-describedby={`${legendId}-hint`}>
        <legend class="label" id={legendId}>
          {legend}
        </legend>
        <p class="hint" id={`${legendId}-hint`}>
          {e.contributionHint}
        </p>
        <Field id={participantId(kindKey)} label={e.kind} error={err(kindKey)}>
          <select
            id={participantId(kindKey)}
            class="select"
            value={d.category}
            aria-invalid={invalid(kindKey)}
            aria-describedby={describedBy(participantId(kindKey), undefined, err(kindKey))}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setSide(side, { category: isOneOf(CONTRIBUTION_CATEGORIES, value) ? value : '' });
            }}
          >
            <option value="">{e.noKind}</option>
            {CONTRIBUTION_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t.labels.contribution[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={participantId(textKey)} label={e.description} hint={e.descriptionHint} error={err(textKey)}>
          <textarea
            id={participantId(textKey)}
            class="textarea"
            rows={2}
            maxLength={DESCRIPTION_MAX}
            value={d.description}
            aria-invalid={invalid(textKey)}
            aria-describedby={describedBy(participantId(textKey), e.descriptionHint, err(textKey))}
            onInput={(event) => setSide(side, { description: event.currentTarget.value })}
          />
        </Field>
        <fieldset
          id={participantId(timesKey)}
          class={`field${err(timesKey) ? ' has-error' : ''}`}
          aria-describedby={describedBy(participantId(timesKey), e.availabilityHint, err(timesKey))}
        >
          <legend class="label">{e.availability}</legend>
          <p class="hint" id={`${participantId(timesKey)}-hint`}>
            {e.availabilityHint}
          </p>
          <FieldError id={participantId(timesKey)} error={err(timesKey)} />
          <div class="checkboxes checkboxes-inline">
            {AVAILABILITIES.map((a) => {
              const id = `${participantId(timesKey)}-${a}`;
              return (
                <div key={a} class="checkbox">
                  <input
                    type="checkbox"
                    id={id}
                    checked={d.availability.includes(a)}
                    aria-invalid={invalid(timesKey)}
                    onChange={() =>
                      setSide(side, {
                        availability: d.availability.includes(a) ? d.availability.filter((x) => x !== a) : [...d.availability, a],
                      })
                    }
                  />
                  <label for={id}>{t.labels.availability[a]}</label>
                </div>
              );
            })}
          </div>
        </fieldset>
      </fieldset>
    );
  };

  return (
    <section class="toolkit-edit" aria-labelledby="pa-h">
      <h4 id="pa-h">{e.addHeading}</h4>
      <p class="hint">{e.addIntro}</p>
      <div aria-live="polite" class="live">
        {added && (
          <div class="notice notice-success participant-added">
            <p>{e.added(added)}</p>
          </div>
        )}
      </div>
      <ProblemList error={error} problems={problems} idOf={participantId} />
      <form class="form participant-form" noValidate onSubmit={(event) => void submit(event)}>
        <Field id="pa-reference" label={e.reference} hint={e.referenceHint} error={err('reference')}>
          <input
            type="text"
            id="pa-reference"
            class="input input-short"
            autoComplete="off"
            spellcheck={false}
            maxLength={REFERENCE_MAX}
            value={draft.reference}
            aria-invalid={invalid('reference')}
            aria-describedby={describedBy('pa-reference', e.referenceHint, err('reference'))}
            onInput={(event) => {
              const value = event.currentTarget.value;
              setDraft((d) => ({ ...d, reference: value }));
            }}
          />
        </Field>
        <Field id="pa-consentedOn" label={e.consentedOn} hint={e.consentedOnHint} error={err('consentedOn')}>
          <input
            type="date"
            id="pa-consentedOn"
            class="input input-date"
            max={today()}
            value={draft.consentedOn}
            aria-invalid={invalid('consentedOn')}
            aria-describedby={describedBy('pa-consentedOn', e.consentedOnHint, err('consentedOn'))}
            onInput={(event) => {
              const value = event.currentTarget.value;
              setDraft((d) => ({ ...d, consentedOn: value }));
            }}
          />
        </Field>
        <Field id="pa-willingness" label={e.willingness} error={err('willingness')}>
          <select
            id="pa-willingness"
            class="select"
            value={draft.willingness}
            aria-invalid={invalid('willingness')}
            aria-describedby={describedBy('pa-willingness', undefined, err('willingness'))}
            onChange={(event) => {
              const value = event.currentTarget.value;
              if (isOneOf(WILLINGNESS, value)) setDraft((d) => ({ ...d, willingness: value }));
            }}
          >
            {WILLINGNESS.map((w) => (
              <option key={w} value={w}>
                {t.labels.willingness[w]}
              </option>
            ))}
          </select>
        </Field>
        {sideFields('offers', e.offerLegend)}
        {sideFields('needs', e.needLegend)}
        <button type="submit" class="button" disabled={busy}>
          {busy ? e.adding : e.addSubmit}
        </button>
      </form>
    </section>
  );
}

/** A participant's "Withdraw consent" button, and the question it asks before it does. */
export function WithdrawConsent({
  participant,
  onWithdrawn,
}: {
  participant: { id: string; reference: string };
  /** With when consent was withdrawn. */
  onWithdrawn: (withdrawnAt: string) => void;
}) {
  const t = useT();
  const e = t.toolkitEdit;
  const [asking, setAsking] = useState(false);
  const { busy, error, setError, run } = useSubmit();
  const question = useRef<HTMLParagraphElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const id = `withdraw-${idPart(participant.id)}`;

  useEffect(() => {
    if (asking) question.current?.focus();
  }, [asking]);

  const withdraw = async (): Promise<void> => {
    await run(async () => {
      const answer = await request(WithdrawParticipantConsentDocument, { id: participant.id });
      onWithdrawn(answer.withdrawParticipantConsent.withdrawnAt ?? new Date().toISOString());
    });
  };

  if (!asking) {
    return (
      <button
        type="button"
        class="button button-secondary withdraw-consent"
        ref={toggle}
        onClick={() => {
          setError(null);
          setAsking(true);
        }}
      >
        {e.withdraw}
        <span class="visually-hidden">{e.withdrawWho(participant.reference)}</span>
      </button>
    );
  }
  return (
    <div class="confirm" role="group" aria-labelledby={`${id}-q`}>
      <p id={`${id}-q`} class="confirm-question" tabIndex={-1} ref={question}>
        {e.withdrawConfirm(participant.reference)}
      </p>
      {error && (
        <p class="error-text" role="alert">
          {errorText(error)}
        </p>
      )}
      <div class="actions">
        <button type="button" class="button button-warning" disabled={busy} onClick={() => void withdraw()}>
          {busy ? e.withdrawing : e.withdrawYes}
        </button>
        <button
          type="button"
          class="button button-secondary"
          disabled={busy}
          onClick={() => {
            setAsking(false);
            // The toggle is drawn again once the question is gone.
            setTimeout(() => toggle.current?.focus(), 0);
          }}
        >
          {e.withdrawNo}
        </button>
      </div>
    </div>
  );
}
