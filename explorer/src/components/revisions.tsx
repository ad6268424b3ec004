// For the owner's editors: what each saved version of a case study changed,
// field by field (a long text as its diff, line by line), with a button to
// write an earlier version's content back as a new version; and what the
// case study still lacks to be complete.
import { useState } from 'preact/hooks';
import { ApiError, request } from '../api';
import { RestoreRevisionDocument, type CaseStudyForEditQuery } from '../gql/graphql';
import { errorText } from '../hooks';
import { formatDateTime, useT, type Messages } from '../i18n';
import { autonym } from './translation';

type Loaded = Extract<NonNullable<CaseStudyForEditQuery['node']>, { __typename: 'CaseStudy' }>;
type Revision = Loaded['revisions']['nodes'][number];
type Change = Revision['changes'][number];

/** `map[key]` when `map` names it as its own. */
function own(map: object, key: string): string | undefined {
  return Object.hasOwn(map, key) ? (map as Record<string, string>)[key] : undefined;
}

/** A field as people call it: `translations.cy.body` is "Body (Cymraeg)". */
function fieldName(t: Messages, field: string): string {
  const translated = /^translations\.([^.]+)\.(.+)$/.exec(field);
  if (translated?.[1] && translated[2]) {
    return t.revisions.field(own(t.revisions.fields, translated[2]) ?? translated[2], autonym(translated[1]));
  }
  return own(t.revisions.fields, field) ?? field;
}

/** The labels of the vocabulary a field's values come from, if any. */
function vocabularyOf(t: Messages, field: string): object | null {
  const [first, , part] = field.split('.');
  if (first === 'translations') return part === 'status' ? t.translation.status : null;
  switch (field) {
    case 'status':
      return t.labels.status;
    case 'coTypes':
      return t.labels.co;
    case 'serviceArea':
      return t.labels.area;
    case 'visibility':
      return t.labels.visibilityShort;
    default:
      return null;
  }
}

/** A value as people read it: a vocabulary's words by their labels, a list as its items. */
function valueText(t: Messages, field: string, value: string | null): string {
  if (value == null || value === '') return t.revisions.empty;
  // The verified mark names its network body by its id: said as the mark.
  if (field === 'verifiedBy') return t.curation.verified;
  if (field === 'language') return t.labels.languageName(value);
  const vocabulary = vocabularyOf(t, field);
  let items = [value];
  if (value.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) items = parsed.map(String);
    } catch {
      // Not a list after all: shown as it is.
    }
  }
  return items.map((item) => (vocabulary ? (own(vocabulary, item) ?? item) : item)).join(', ');
}

/** A unified diff, one element per line: added lines as insertions, removed ones as deletions. */
function DiffLines({ diff }: { diff: string }) {
  const lines = diff.replace(/\n$/, '').split('\n');
  // The `---`/`+++` header names no real file: the lines start at the first hunk.
  const start = lines.findIndex((line) => line.startsWith('@@'));
  return (
    <pre class="diff">
      {lines.slice(Math.max(start, 0)).map((line, i) =>
        line.startsWith('+') ? (
          <ins key={i} class="diff-line diff-add">
            {line}
          </ins>
        ) : line.startsWith('-') ? (
          <del key={i} class="diff-line diff-del">
            {line}
          </del>
        ) : (
          <span key={i} class={`diff-line${line.startsWith('@@') ? ' diff-hunk' : ''}`}>
            {line}
          </span>
        ),
      )}
    </pre>
  );
}

function ChangeItem({ change }: { change: Change }) {
  const t = useT();
  return (
    <li class="change">
      <span class="change-field">{fieldName(t, change.field)}</span>
      {change.diff != null ? (
        <DiffLines diff={change.diff} />
      ) : (
        <span class="change-values">
          <span class="visually-hidden">{t.revisions.before}</span>{' '}
          <span class="change-before">{valueText(t, change.field, change.before ?? null)}</span>{' '}
          <span aria-hidden="true">→</span> <span class="visually-hidden">{t.revisions.after}</span>{' '}
          <span class="change-after">{valueText(t, change.field, change.after ?? null)}</span>
        </span>
      )}
    </li>
  );
}

export function RevisionHistory({
  id,
  version,
  revisions,
  onRestored,
}: {
  id: string;
  /** The case study's current version, which a restore must name. */
  version: number;
  revisions: Loaded['revisions'];
  onRestored: () => void;
}) {
  const t = useT();
  const [busy, setBusy] = useState<number | null>(null);
  const [done, setDone] = useState<{ old: number; now: number } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const nodes = [...revisions.nodes].sort((a, b) => b.version - a.version);
  // A record written before revisions were kept (the demo's, an import) has a
  // first version with no revision of its own; with the whole history listed,
  // the server can still go back to it by undoing every change after it.
  const oldest = nodes[nodes.length - 1]?.version ?? 1;
  const base = revisions.totalCount === nodes.length && oldest > 1 ? oldest - 1 : null;

  const restoreButton = (old: number) => (
    <button
      type="button"
      class="button button-secondary"
      disabled={busy != null}
      aria-describedby={`revision-${old}-h`}
      onClick={() => void restore(old)}
    >
      {busy === old ? t.revisions.restoring : t.revisions.restore}
    </button>
  );

  const restore = async (old: number): Promise<void> => {
    setBusy(old);
    setError(null);
    setDone(null);
    try {
      const answer = await request(RestoreRevisionDocument, { id, version: old, expectedVersion: version });
      const node = answer.restoreRevision;
      setDone({ old, now: 'version' in node ? node.version : version + 1 });
      onRestored();
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
      else throw caught;
    } finally {
      setBusy(null);
    }
  };

  const who = (r: Revision): string => {
    const org = r.organisation?.name;
    if (r.subject && org) return `${r.subject} (${org})`;
    return r.subject ?? org ?? t.revisions.unknown;
  };

  return (
    <section class="section revisions" aria-labelledby="revisions-h">
      <h2 id="revisions-h">{t.revisions.heading}</h2>
      <p>{t.revisions.intro}</p>
      <div aria-live="polite" class="live">
        {done && (
          <div class="notice notice-success revision-restored">
            <p>{t.revisions.restored(done.old, done.now)}</p>
          </div>
        )}
      </div>
      {error && (
        <p class="error-text" role="alert">
          {errorText(error)}
        </p>
      )}
      {nodes.length === 0 ? (
        <p class="empty">{t.revisions.none}</p>
      ) : (
        <ol class="revision-list">
          {nodes.map((r) => (
            <li key={r.version} class="revision">
              <h3 id={`revision-${r.version}-h`} class="revision-title">
                {t.revisions.version(r.version)}
                {r.version === version && <span class="badge">{t.revisions.current}</span>}
              </h3>
              <p class="revision-meta">{t.revisions.meta(formatDateTime(r.changedAt), who(r))}</p>
              {r.changes.length === 0 ? (
                <p class="empty">{t.revisions.noChanges}</p>
              ) : (
                <ul class="changes">
                  {r.changes.map((change) => (
                    <ChangeItem key={change.field} change={change} />
                  ))}
                </ul>
              )}
              {r.version < version && restoreButton(r.version)}
            </li>
          ))}
          {base != null && (
            <li class="revision">
              <h3 id={`revision-${base}-h`} class="revision-title">
                {t.revisions.version(base)}
              </h3>
              <p class="revision-meta">{t.revisions.base}</p>
              {restoreButton(base)}
            </li>
          )}
        </ol>
      )}
      {revisions.totalCount > nodes.length && <p class="showing">{t.revisions.showing(nodes.length, revisions.totalCount)}</p>}
    </section>
  );
}

export function CompletenessPanel({ completeness }: { completeness: Loaded['completeness'] }) {
  const t = useT();
  const score = Math.min(1, Math.max(0, completeness.score));
  return (
    <section class="section panel completeness" aria-labelledby="completeness-h">
      <h2 id="completeness-h">{t.completeness.heading}</h2>
      <div class="progress">
        <meter min={0} max={1} low={0.5} high={0.99} optimum={1} value={score} aria-labelledby="completeness-h" />
        <span class="completeness-score">{t.completeness.score(Math.round(score * 100))}</span>
      </div>
      {completeness.missing.length > 0 ? (
        <>
          <p>{t.completeness.missingIntro}</p>
          <ul class="plain-list completeness-missing">
            {completeness.missing.map((code) => (
              <li key={code}>{own(t.completeness.missing, code) ?? code}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t.completeness.complete}</p>
      )}
    </section>
  );
}
