// The incentive editing tools of an initiative's Co-Production Star toolkit,
// for the editors of its owner organisation: copy incentives from the
// network's menu and record their uptake.
import { useState } from 'preact/hooks';
import { request } from '../api';
import { CopyIncentiveTemplatesDocument, IncentiveTemplatesDocument, RecordIncentiveUptakeDocument } from '../gql/graphql';
import { useQuery } from '../hooks';
import { formatDate, useT } from '../i18n';
import { isOneOf } from '../vocab';
import { at, idPart, ProblemList, problemsOf, refuse, useSubmit } from './editor-form';
import { describedBy, Field, FieldError } from './field';
import { ErrorBox, Loading } from './status';

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
