// The editing tools of an initiative's Co-Production Star toolkit, for the
// editors of its owner organisation: add a pseudonymous participant and
// withdraw a participant's consent, copy incentives from the network's menu
// and record their uptake, and set the business case. A refusal is shown at
// the field the server names (`input.offers[0].description`) and listed
// above the form, which takes focus; a refusal that names no field is listed
// there only.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, errorItem, request } from '../api';
import {
  AddParticipantDocument,
  CopyIncentiveTemplatesDocument,
  IncentiveTemplatesDocument,
  RecordIncentiveUptakeDocument,
  SetBusinessCaseDocument,
  WithdrawParticipantConsentDocument,
  type Availability,
  type BusinessCaseTotalsFragment,
  type CashFlowCategory,
  type ContributionCategory,
  type ContributionInput,
  type Willingness,
} from '../gql/graphql';
import { errorText, useQuery } from '../hooks';
import { formatDate, formatMoney, formatNumber, useT } from '../i18n';
import { AVAILABILITIES, CASH_FLOW_CATEGORIES, CONTRIBUTION_CATEGORIES, WILLINGNESS, isOneOf } from '../vocab';
import { describedBy, Field, FieldError } from './field';
import { today } from './peer-review';
import { ErrorBox, Loading } from './status';

/** A refusal: `key` is the form field it is about, null when it names none the form has. */
interface Problem {
  key: string | null;
  message: string;
}

/** The problems of a failed request; `keyOf` maps the server's field (without `input.`) to a form field. */
function problemsOf(error: ApiError | null, keyOf: (field: string) => string | null): Problem[] {
  return (error?.errors ?? []).map((item) => {
    const key = item.code === 'BAD_USER_INPUT' && item.field ? keyOf(item.field.replace(/^input\./, '')) : null;
    return { key, message: key ? item.message : errorText(new ApiError([item], 0)) };
  });
}

/** A form's own check, reported as the server would report it. */
function refuse(message: string, field: string): ApiError {
  return new ApiError([errorItem('BAD_USER_INPUT', message, field)], 0);
}

/** A string usable in an element id. */
function idPart(value: string): string {
  return value.replace(/[^A-Za-z0-9_-]/g, '');
}

/** Focuses a field by its id: a group of checkboxes by its first box. */
function focusField(id: string): void {
  const element = document.getElementById(id);
  const target = element instanceof HTMLFieldSetElement ? element.querySelector('input, select') : element;
  if (target instanceof HTMLElement) target.focus();
}

/** What a form says when the server refuses it: each problem, a link to its field where it has one. Takes focus. */
function ProblemList({ error, problems, idOf }: { error: ApiError | null; problems: Problem[]; idOf: (key: string) => string }) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  // Each new refusal takes focus once.
  useEffect(() => {
    if (error) box.current?.focus();
  }, [error]);
  if (problems.length === 0) return null;
  return (
    <div class="error-summary form-problems" role="alert" tabIndex={-1} ref={box}>
      <p class="error-summary-title">{t.toolkitEdit.problem}</p>
      <ul>
        {problems.map((problem, i) => {
          const key = problem.key;
          return (
            <li key={i}>
              {key ? (
                <a
                  href={`#${idOf(key)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(idOf(key));
                  }}
                >
                  {problem.message}
                </a>
              ) : (
                problem.message
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

/** Runs a request for a form: busy while it runs, its refusal kept; answers whether it succeeded. */
function useSubmit(): {
  busy: boolean;
  error: ApiError | null;
  setError: (error: ApiError | null) => void;
  run: (action: () => Promise<void>) => Promise<boolean>;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const run = async (action: () => Promise<void>): Promise<boolean> => {
    setBusy(true);
    setError(null);
    try {
      await action();
      return true;
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
      else throw caught;
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, setError, run };
}

/** The first problem at `key`. */
function at(problems: Problem[], key: string): string | null {
  return problems.find((p) => p.key === key)?.message ?? null;
}

// Participants

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

// Incentives

/** The network's template menu, with checkboxes, copied into an initiative's menu. */
export function CopyTemplates({
  initiativeId,
  copied,
  onCopied,
}: {
  initiativeId: string;
  /** The templates the menu already holds a copy of. */
  copied: readonly string[];
  onCopied: () => void;
}) {
  const t = useT();
  const e = t.toolkitEdit;
  const query = useQuery(IncentiveTemplatesDocument, {});
  const templates = query.data?.incentiveTemplates;
  const [chosen, setChosen] = useState<readonly string[]>([]);
  const [done, setDone] = useState<number | null>(null);
  const { busy, error, run } = useSubmit();
  const problems = problemsOf(error, (field) => (field === 'templateIds' || field.startsWith('templateIds[') ? 'templateIds' : null));
  const chooseError = at(problems, 'templateIds');

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setDone(null);
    const ok = await run(async () => {
      if (chosen.length === 0) throw refuse(e.chooseTemplate, 'templateIds');
      const answer = await request(CopyIncentiveTemplatesDocument, { initiativeId, templateIds: [...chosen] });
      setDone(answer.copyIncentiveTemplates.length);
    });
    if (ok) {
      setChosen([]);
      onCopied();
    }
  };

  return (
    <section class="toolkit-edit" aria-labelledby="copy-h">
      <h4 id="copy-h">{e.copyHeading}</h4>
      <p class="hint">{e.copyIntro}</p>
      <div aria-live="polite" class="live">
        {done != null && (
          <div class="notice notice-success incentives-copied">
            <p>{e.copied(done)}</p>
          </div>
        )}
      </div>
      {query.error ? (
        <ErrorBox error={query.error} onRetry={query.reload} />
      ) : !templates ? (
        <Loading />
      ) : templates.length === 0 ? (
        <p class="empty">{e.noTemplates}</p>
      ) : (
        <>
          <ProblemList error={error} problems={problems} idOf={() => 'copy-templates'} />
          <form class="form copy-templates" noValidate onSubmit={(event) => void submit(event)}>
            <fieldset
              id="copy-templates"
              class={`field${chooseError ? ' has-error' : ''}`}
              aria-describedby={describedBy('copy-templates', undefined, chooseError)}
            >
              <legend class="label">{e.copyLegend}</legend>
              <FieldError id="copy-templates" error={chooseError} />
              <div class="checkboxes">
                {templates.map((template) => {
                  const id = `copy-${idPart(template.id)}`;
                  const on = chosen.includes(template.id);
                  return (
                    <div key={template.id} class="checkbox">
                      <input
                        type="checkbox"
                        id={id}
                        checked={on}
                        aria-describedby={`${id}-meta`}
                        onChange={() => setChosen(on ? chosen.filter((c) => c !== template.id) : [...chosen, template.id])}
                      />
                      <label for={id}>
                        {template.title}{' '}
                        <span class="hint-inline" id={`${id}-meta`}>
                          {e.templateMeta(
                            template.publisher.name,
                            t.labels.targetGroup[template.targetGroup],
                            t.labels.incentiveKind[template.kind],
                          )}
                          {copied.includes(template.id) && ` ${e.alreadyCopied}`}
                        </span>
                      </label>
                    </div>
                  );
                })}
              </div>
            </fieldset>
            <button type="submit" class="button" disabled={busy}>
              {busy ? e.copying : e.copySubmit}
            </button>
          </form>
        </>
      )}
    </section>
  );
}

const UPTAKE_FIELDS = ['people', 'from', 'to'] as const;

/** A small form under an incentive: how many people took it up over a period. */
export function UptakeForm({ incentiveId, onRecorded }: { incentiveId: string; onRecorded: () => void }) {
  const t = useT();
  const e = t.toolkitEdit;
  const [people, setPeople] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [recorded, setRecorded] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  const base = `uptake-${idPart(incentiveId)}`;
  const idOf = (key: string): string => `${base}-${key}`;
  const problems = problemsOf(error, (field) => (isOneOf(UPTAKE_FIELDS, field) ? field : null));
  const err = (key: string): string | null => at(problems, key);

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setRecorded(null);
    const ok = await run(async () => {
      const count = Number(people);
      if (people.trim() === '' || !Number.isInteger(count) || count < 0) throw refuse(e.enterWholeNumber, 'people');
      if (!from) throw refuse(e.enterDate, 'from');
      if (!to) throw refuse(e.enterDate, 'to');
      await request(RecordIncentiveUptakeDocument, { incentiveId, input: { people: count, from, to } });
      setRecorded(e.recorded(t.toolkit.people(count), formatDate(from), formatDate(to)));
    });
    if (ok) {
      setPeople('');
      setFrom('');
      setTo('');
      onRecorded();
    }
  };

  const input = (key: (typeof UPTAKE_FIELDS)[number], label: string, value: string, set: (v: string) => void) => (
    <Field id={idOf(key)} label={label} error={err(key)}>
      <input
        type={key === 'people' ? 'number' : 'date'}
        id={idOf(key)}
        class={`input ${key === 'people' ? 'input-number' : 'input-date'}`}
        min={key === 'people' ? 0 : undefined}
        step={key === 'people' ? 1 : undefined}
        inputMode={key === 'people' ? 'numeric' : undefined}
        value={value}
        aria-invalid={err(key) ? true : undefined}
        aria-describedby={describedBy(idOf(key), undefined, err(key))}
        onInput={(event) => set(event.currentTarget.value)}
      />
    </Field>
  );

  return (
    <form class="uptake-form" noValidate onSubmit={(event) => void submit(event)}>
      <div aria-live="polite" class="live">
        {recorded && (
          <div class="notice notice-success uptake-recorded">
            <p>{recorded}</p>
          </div>
        )}
      </div>
      <ProblemList error={error} problems={problems} idOf={idOf} />
      <fieldset class="subform">
        <legend class="label">{e.uptakeLegend}</legend>
        <div class="inline-fields">
          {input('people', e.uptakePeople, people, setPeople)}
          {input('from', e.uptakeFrom, from, setFrom)}
          {input('to', e.uptakeTo, to, setTo)}
        </div>
        <button type="submit" class="button button-secondary" disabled={busy}>
          {busy ? e.recording : e.uptakeSubmit}
        </button>
      </fieldset>
    </form>
  );
}

// Business case

interface Row {
  /** Stable across edits, for the list's keys. */
  key: number;
  year: number;
  category: CashFlowCategory;
  amount: string;
}

let rowKeys = 0;
const YEARS = Array.from({ length: 31 }, (_, year) => year);
const ROWS_MAX = 155;

function newRow(year = 0, category: CashFlowCategory = 'COUNCIL_COST'): Row {
  rowKeys += 1;
  return { key: rowKeys, year, category, amount: '' };
}

/** `discountRate` → `rate`, `flows[2].amount` → `row.2.amount`, `flows` → `flows`. */
function businessCaseKey(field: string): string | null {
  if (field === 'discountRate') return 'rate';
  if (field === 'currency') return 'currency';
  const row = /^flows\[(\d+)\](?:\.(year|category|amount))?/.exec(field);
  if (row) return `row.${row[1] ?? '0'}.${row[2] ?? 'amount'}`;
  return field.startsWith('flows') ? 'flows' : null;
}

const businessCaseId = (key: string): string => `bce-${key.replace(/\./g, '-')}`;

/** A percentage for the form: 0.035 → "3.5". */
function percent(fraction: number): string {
  return String(Number((fraction * 100).toFixed(6)));
}

/** The business case editor: discount rate, currency and the yearly amounts, pre-filled from the case there is. */
export function BusinessCaseEditor({
  initiativeId,
  current,
  onSaved,
}: {
  initiativeId: string;
  current: { discountRate: number; currency: string; flows: readonly { year: number; category: CashFlowCategory; amount: number }[] } | null;
  onSaved: () => void;
}) {
  const t = useT();
  const e = t.toolkitEdit;
  const [rate, setRate] = useState(() => (current ? percent(current.discountRate) : '3.5'));
  const [currency, setCurrency] = useState(current?.currency ?? 'GBP');
  const [rows, setRows] = useState<Row[]>(() =>
    current && current.flows.length > 0
      ? current.flows.map((f) => ({ ...newRow(f.year, f.category), amount: String(f.amount) }))
      : [newRow()],
  );
  const [saved, setSaved] = useState<BusinessCaseTotalsFragment | null>(null);
  const [focusRow, setFocusRow] = useState<number | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const { busy, error, run } = useSubmit();
  const problems = problemsOf(error, businessCaseKey);
  const err = (key: string): string | null => at(problems, key);
  const invalid = (key: string): true | undefined => (err(key) ? true : undefined);

  useEffect(() => {
    if (focusRow == null) return;
    document.getElementById(businessCaseId(`row.${focusRow}.year`))?.focus();
    setFocusRow(null);
  }, [focusRow]);

  const setRow = (key: number, change: Partial<Row>): void =>
    setRows((all) => all.map((row) => (row.key === key ? { ...row, ...change } : row)));

  const addRow = (): void => {
    const last = rows[rows.length - 1];
    setRows([...rows, newRow(last ? Math.min(30, last.year + 1) : 0, last?.category)]);
    setFocusRow(rows.length);
  };

  const removeRow = (key: number): void => {
    setRows(rows.filter((row) => row.key !== key));
    addButton.current?.focus();
  };

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setSaved(null);
    const ok = await run(async () => {
      const pct = Number(rate);
      if (rate.trim() === '' || !Number.isFinite(pct)) throw refuse(e.enterNumber, 'discountRate');
      if (pct < 0 || pct > 100) throw refuse(e.rateRange, 'discountRate');
      if (rows.length === 0) throw refuse(e.noRows, 'flows');
      const flows = rows.map((row, i) => {
        const amount = Number(row.amount);
        if (row.amount.trim() === '' || !Number.isFinite(amount)) throw refuse(e.enterNumber, `flows[${i}].amount`);
        return { year: row.year, category: row.category, amount };
      });
      const answer = await request(SetBusinessCaseDocument, {
        initiativeId,
        input: { discountRate: pct / 100, currency: currency.trim().toUpperCase(), flows },
      });
      setSaved(answer.setBusinessCase);
    });
    if (ok) onSaved();
  };

  const flowsError = err('flows');
  const cell = (i: number, what: 'year' | 'category' | 'amount') => {
    const key = `row.${i}.${what}`;
    return { key, id: businessCaseId(key), error: err(key) };
  };

  return (
    <section class="toolkit-edit" aria-labelledby="bce-h">
      <h4 id="bce-h">{e.editHeading}</h4>
      <p class="hint">{e.editIntro}</p>
      <div aria-live="polite" class="live">
        {saved && (
          <div class="notice notice-success business-case-saved">
            <p>
              {e.savedCase(
                formatMoney(saved.npv, saved.currency),
                saved.benefitCostRatio == null
                  ? t.businessCase.notDefined
                  : formatNumber(saved.benefitCostRatio, { maximumFractionDigits: 2 }),
              )}
            </p>
          </div>
        )}
      </div>
      <ProblemList error={error} problems={problems} idOf={businessCaseId} />
      <form class="form business-case-form" noValidate onSubmit={(event) => void submit(event)}>
        <div class="inline-fields">
          <Field id="bce-rate" label={e.rate} hint={e.rateHint} error={err('rate')}>
            <span class="input-with-unit">
              <input
                type="number"
                id="bce-rate"
                class="input input-number"
                min={0}
                max={100}
                step="any"
                inputMode="decimal"
                value={rate}
                aria-invalid={invalid('rate')}
                aria-describedby={describedBy('bce-rate', e.rateHint, err('rate'))}
                onInput={(event) => setRate(event.currentTarget.value)}
              />
              <span class="unit" aria-hidden="true">
                %
              </span>
            </span>
          </Field>
          <Field id="bce-currency" label={e.currency} hint={e.currencyHint} error={err('currency')}>
            <input
              type="text"
              id="bce-currency"
              class="input input-currency"
              maxLength={3}
              autoComplete="off"
              autoCapitalize="characters"
              spellcheck={false}
              value={currency}
              aria-invalid={invalid('currency')}
              aria-describedby={describedBy('bce-currency', e.currencyHint, err('currency'))}
              onInput={(event) => setCurrency(event.currentTarget.value)}
            />
          </Field>
        </div>
        <fieldset
          id="bce-flows"
          class={`field${flowsError ? ' has-error' : ''}`}
          aria-describedby={describedBy('bce-flows', e.flowsHint, flowsError)}
        >
          <legend class="label">{e.flowsCaption}</legend>
          <p class="hint" id="bce-flows-hint">
            {e.flowsHint}
          </p>
          <FieldError id="bce-flows" error={flowsError} />
          <div class="table-scroll">
            <table class="data-table flows-table">
              <thead>
                <tr>
                  <th scope="col">{e.year}</th>
                  <th scope="col">{e.category}</th>
                  <th scope="col">{e.amount}</th>
                  <th scope="col">
                    <span class="visually-hidden">{e.remove}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row, i) => {
                  const year = cell(i, 'year');
                  const category = cell(i, 'category');
                  const amount = cell(i, 'amount');
                  return (
                    <tr key={row.key} class="flow-row">
                      <td>
                        <label class="cell-label" for={year.id}>
                          {e.rowLabel(e.year, i + 1)}
                        </label>
                        <FieldError id={year.id} error={year.error} />
                        <select
                          id={year.id}
                          class="select flow-year"
                          value={String(row.year)}
                          aria-invalid={year.error ? true : undefined}
                          aria-describedby={describedBy(year.id, undefined, year.error)}
                          onChange={(event) => setRow(row.key, { year: Number(event.currentTarget.value) })}
                        >
                          {YEARS.map((y) => (
                            <option key={y} value={String(y)}>
                              {String(y)}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        <label class="cell-label" for={category.id}>
                          {e.rowLabel(e.category, i + 1)}
                        </label>
                        <FieldError id={category.id} error={category.error} />
                        <select
                          id={category.id}
                          class="select flow-category"
                          value={row.category}
                          aria-invalid={category.error ? true : undefined}
                          aria-describedby={describedBy(category.id, undefined, category.error)}
                          onChange={(event) => {
                            const value = event.currentTarget.value;
                            if (isOneOf(CASH_FLOW_CATEGORIES, value)) setRow(row.key, { category: value });
                          }}
                        >
                          {CASH_FLOW_CATEGORIES.map((c) => (
                            <option key={c} value={c}>
                              {t.labels.cashFlowCategory[c]}
                            </option>
                          ))}
                        </select>
                      </td>
                      <td>
                        <label class="cell-label" for={amount.id}>
                          {e.rowLabel(e.amount, i + 1)}
                        </label>
                        <FieldError id={amount.id} error={amount.error} />
                        <input
                          type="number"
                          id={amount.id}
                          class="input input-amount flow-amount"
                          min={0}
                          step="any"
                          inputMode="decimal"
                          value={row.amount}
                          aria-invalid={amount.error ? true : undefined}
                          aria-describedby={describedBy(amount.id, undefined, amount.error)}
                          onInput={(event) => setRow(row.key, { amount: event.currentTarget.value })}
                        />
                      </td>
                      <td>
                        <button
                          type="button"
                          class="button button-secondary button-small"
                          aria-label={e.removeRow(i + 1)}
                          disabled={rows.length === 1}
                          onClick={() => removeRow(row.key)}
                        >
                          {e.remove}
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          <button
            type="button"
            class="button button-secondary"
            ref={addButton}
            disabled={rows.length >= ROWS_MAX}
            onClick={addRow}
          >
            {e.addRow}
          </button>
        </fieldset>
        <button type="submit" class="button" disabled={busy}>
          {busy ? e.saving : e.saveCase}
        </button>
      </form>
    </section>
  );
}
