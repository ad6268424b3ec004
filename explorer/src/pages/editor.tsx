// The case study form: create one for your council, or edit one of your
// council's. Each error the server names a field for is shown at that field,
// and a stale version (someone saved in between) is a conflict to resolve.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, errorItem, request, type ApiErrorItem } from '../api';
import { describedBy, Field, FieldError } from '../components/field';
import { NodePage } from '../components/node-page';
import { CompletenessPanel, RevisionHistory } from '../components/revisions';
import { Loading } from '../components/status';
import { setFlash } from '../flash';
import {
  CaseStudyForEditDocument,
  CaseStudyLanguageDocument,
  CreateCaseStudyDocument,
  OwnInitiativesDocument,
  UpdateCaseStudyDocument,
  type CaseStudyForEditQuery,
  type CoType,
  type ServiceArea,
  type Visibility,
} from '../gql/graphql';
import { canWrite, errorText, useQuery, useTitle, useViewer, type Viewer } from '../hooks';
import { useT, useUiLang } from '../i18n';
import { navigate, paths } from '../router';
import { CO_TYPES, SERVICE_AREAS, VISIBILITIES, isOneOf } from '../vocab';

interface Draft {
  title: string;
  summary: string;
  body: string;
  coTypes: CoType[];
  serviceArea: ServiceArea | '';
  tags: string;
  language: string;
  visibility: Visibility;
  initiativeId: string;
}

// The server's limits (api/src/domain/validate.rs). A title and a summary
// count characters; the body counts UTF-8 bytes, never fewer than the UTF-16
// units maxLength counts, so a longer body in bytes is left to the server to
// refuse. Tags (at most 20, each up to 40 characters) are checked there too.
const TITLE_MAX = 200;
const SUMMARY_MAX = 1000;
const BODY_MAX_BYTES = 100_000;

const FIELDS = ['title', 'summary', 'body', 'coTypes', 'serviceArea', 'initiativeId', 'tags', 'language', 'visibility'] as const;
type FieldName = (typeof FIELDS)[number];

const EMPTY: Draft = {
  title: '',
  summary: '',
  body: '',
  coTypes: [],
  serviceArea: '',
  tags: '',
  language: 'en',
  visibility: 'NETWORK',
  initiativeId: '',
};

type Loaded = Extract<NonNullable<CaseStudyForEditQuery['node']>, { __typename: 'CaseStudy' }>;

function fromCaseStudy(cs: Loaded): Draft {
  return {
    title: cs.title,
    summary: cs.summary,
    body: cs.body,
    coTypes: [...cs.coTypes],
    serviceArea: cs.serviceArea,
    tags: cs.tags.join(', '),
    language: cs.language,
    visibility: cs.visibility,
    initiativeId: cs.initiative?.id ?? '',
  };
}

/** The form field an error is about: `input.tags[2]` and `tags` both mean the tags field. */
export function fieldOf(error: ApiErrorItem): FieldName | null {
  if (!error.field) return null;
  const name = error.field.replace(/^input\./, '').split(/[.[]/)[0] ?? '';
  return isOneOf(FIELDS, name) ? name : null;
}

function parseTags(text: string): string[] {
  return text
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
}

function Refusal({ title, children }: { title: string; children: ComponentChildren }) {
  useTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p>{children}</p>
    </>
  );
}

export function EditorPage({ id }: { id: string | null }) {
  const t = useT();
  const { viewer, loading: viewerLoading } = useViewer();
  const title = id ? t.editor.titleEditShort : t.editor.titleNew;
  if (viewerLoading) return <Loading />;
  if (!viewer) {
    return (
      <Refusal title={title}>
        <a href={paths.signIn(id ? paths.caseStudyEdit(id) : paths.caseStudyNew)}>{t.editor.needSignIn}</a>
      </Refusal>
    );
  }
  if (!canWrite(viewer)) return <Refusal title={title}>{t.editor.notEditor}</Refusal>;
  return id ? <EditExisting id={id} viewer={viewer} /> : <CaseStudyForm viewer={viewer} initial={EMPTY} loaded={null} />;
}

function EditExisting({ id, viewer }: { id: string; viewer: Viewer }) {
  const t = useT();
  // The text is asked for in the case study's own language, read first, so the
  // form holds the original and saving never puts a translation over it.
  const languageQuery = useQuery(CaseStudyLanguageDocument, { id });
  const found = languageQuery.data?.node;
  const original = found?.__typename === 'CaseStudy' ? found.language : null;
  const query = useQuery(CaseStudyForEditDocument, { id, original: original ?? '' }, { skip: original == null });
  const node = query.data?.node;
  return (
    <NodePage
      query={original == null ? languageQuery : query}
      record={node?.__typename === 'CaseStudy' ? node : null}
      title={(cs) => t.editor.titleEdit(cs.title)}
    >
      {(cs) =>
        cs.owner.slug !== viewer.organisation.slug ? (
          <Refusal title={t.editor.titleEdit(cs.title)}>{t.editor.notOwner(cs.owner.name)}</Refusal>
        ) : (
          <>
            <CaseStudyForm key={`${cs.id}:${cs.version}`} viewer={viewer} initial={fromCaseStudy(cs)} loaded={cs} onReload={query.reload} />
            <CompletenessPanel completeness={cs.completeness} />
            <RevisionHistory
              id={cs.id}
              version={cs.version}
              revisions={cs.revisions}
              onRestored={() => {
                // A restore may bring back another original language, so that is asked again too.
                languageQuery.reload();
                query.reload();
              }}
            />
          </>
        )
      }
    </NodePage>
  );
}

function CaseStudyForm({
  viewer,
  initial,
  loaded,
  onReload,
}: {
  viewer: Viewer;
  initial: Draft;
  loaded: Loaded | null;
  onReload?: () => void;
}) {
  const t = useT();
  const [draft, setDraft] = useState<Draft>(initial);
  const [version, setVersion] = useState(loaded?.version ?? 0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const lang = useUiLang();
  // keepPrevious: the chosen initiative stays listed while its name reloads in another language.
  const initiatives = useQuery(OwnInitiativesDocument, { owner: viewer.organisation.slug, lang }, { keepPrevious: true });
  const heading = loaded ? t.editor.titleEdit(loaded.title) : t.editor.titleNew;
  useTitle(heading);

  useEffect(() => {
    if (error) summaryRef.current?.focus();
  }, [error]);

  const set = <K extends keyof Draft>(key: K, value: Draft[K]): void => setDraft((d) => ({ ...d, [key]: value }));

  const errors = new Map<FieldName, string>();
  const general: ApiErrorItem[] = [];
  for (const item of error?.errors ?? []) {
    const field = item.code === 'BAD_USER_INPUT' ? fieldOf(item) : null;
    if (field && !errors.has(field)) errors.set(field, item.message);
    else if (!field) general.push(item);
  }
  const conflict = error?.errors.find((e) => e.code === 'CONFLICT' && !e.field) ?? null;

  const save = async (expectedVersion = version): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      if (draft.serviceArea === '') {
        throw new ApiError([errorItem('BAD_USER_INPUT', t.editor.chooseServiceArea, 'serviceArea')], 0);
      }
      const fields = {
        title: draft.title,
        summary: draft.summary,
        body: draft.body,
        coTypes: draft.coTypes,
        serviceArea: draft.serviceArea,
        tags: parseTags(draft.tags),
        language: draft.language,
        visibility: draft.visibility,
        initiativeId: draft.initiativeId || null,
      };
      if (loaded) {
        const answer = await request(UpdateCaseStudyDocument, { input: { id: loaded.id, expectedVersion, ...fields } });
        setVersion(answer.updateCaseStudy.version);
        setFlash(t.caseStudy.saved);
        navigate(paths.caseStudy(answer.updateCaseStudy.id));
      } else {
        const answer = await request(CreateCaseStudyDocument, { input: fields });
        setFlash(t.caseStudy.created);
        navigate(paths.caseStudy(answer.createCaseStudy.id));
      }
    } catch (caught) {
      if (caught instanceof ApiError) setError(caught);
      else throw caught;
    } finally {
      setBusy(false);
    }
  };

  const fieldId = (name: FieldName): string => `f-${name}`;
  const err = (name: FieldName): string | null => errors.get(name) ?? null;
  const invalid = (name: FieldName): true | undefined => (errors.has(name) ? true : undefined);
  const labels: Record<FieldName, string> = {
    title: t.editor.title,
    summary: t.editor.summary,
    body: t.editor.body,
    coTypes: t.editor.coTypes,
    serviceArea: t.editor.serviceArea,
    initiativeId: t.editor.initiative,
    tags: t.editor.tags,
    language: t.editor.language,
    visibility: t.editor.visibility,
  };
  const focusField = (name: FieldName): void => {
    const target =
      name === 'coTypes' || name === 'visibility'
        ? document.querySelector<HTMLInputElement>(`#${fieldId(name)} input`)
        : document.getElementById(fieldId(name));
    target?.focus();
  };
  const languages = ['en', 'cy', ...(isOneOf(['en', 'cy'], draft.language) ? [] : [draft.language])];

  return (
    <div class="editor">
      <p class="breadcrumb">
        <a href={loaded ? paths.caseStudy(loaded.id) : paths.home}>{t.editor.cancel}</a>
      </p>
      <h1>{heading}</h1>
      <p class="lead">{loaded ? t.editor.introEdit(viewer.organisation.name) : t.editor.intro(viewer.organisation.name)}</p>

      {error && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby="error-summary-h">
          <h2 id="error-summary-h">{t.editor.errorSummary}</h2>
          {conflict ? (
            <>
              <p>{t.editor.conflict(conflict.currentVersion)}</p>
              <div class="actions">
                <button type="button" class="button button-secondary" onClick={() => onReload?.()}>
                  {t.editor.reload}
                </button>
                {conflict.currentVersion != null && (
                  <button type="button" class="button button-warning" onClick={() => void save(conflict.currentVersion ?? version)}>
                    {t.editor.overwrite}
                  </button>
                )}
              </div>
            </>
          ) : (
            <ul>
              {[...errors.entries()].map(([name, message]) => (
                <li key={name}>
                  <a
                    href={`#${fieldId(name)}`}
                    onClick={(event) => {
                      event.preventDefault();
                      focusField(name);
                    }}
                  >
                    {labels[name]}: {message}
                  </a>
                </li>
              ))}
              {general.map((item, i) => (
                <li key={`g${i}`}>{errorText(new ApiError([item], 0))}</li>
              ))}
            </ul>
          )}
        </div>
      )}

      <form
        class="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Field id={fieldId('title')} label={t.editor.title} hint={t.editor.titleHint} error={err('title')}>
          <input
            type="text"
            id={fieldId('title')}
            lang={draft.language}
            class="input"
            value={draft.title}
            maxLength={TITLE_MAX}
            aria-invalid={invalid('title')}
            aria-describedby={describedBy(fieldId('title'), t.editor.titleHint, err('title'))}
            onInput={(event) => set('title', event.currentTarget.value)}
          />
        </Field>
        <Field id={fieldId('summary')} label={t.editor.summary} hint={t.editor.summaryHint} error={err('summary')}>
          <textarea
            id={fieldId('summary')}
            lang={draft.language}
            class="textarea"
            rows={3}
            maxLength={SUMMARY_MAX}
            value={draft.summary}
            aria-invalid={invalid('summary')}
            aria-describedby={describedBy(fieldId('summary'), t.editor.summaryHint, err('summary'))}
            onInput={(event) => set('summary', event.currentTarget.value)}
          />
        </Field>
        <Field id={fieldId('body')} label={t.editor.body} hint={t.editor.bodyHint} error={err('body')}>
          <textarea
            id={fieldId('body')}
            lang={draft.language}
            class="textarea textarea-long"
            rows={14}
            maxLength={BODY_MAX_BYTES}
            value={draft.body}
            aria-invalid={invalid('body')}
            aria-describedby={describedBy(fieldId('body'), t.editor.bodyHint, err('body'))}
            onInput={(event) => set('body', event.currentTarget.value)}
          />
        </Field>
        <fieldset
          id={fieldId('coTypes')}
          class={`field${err('coTypes') ? ' has-error' : ''}`}
          aria-describedby={describedBy(fieldId('coTypes'), t.editor.coTypesHint, err('coTypes'))}
        >
          <legend class="label">{t.editor.coTypes}</legend>
          <p class="hint" id={`${fieldId('coTypes')}-hint`}>
            {t.editor.coTypesHint}
          </p>
          <FieldError id={fieldId('coTypes')} error={err('coTypes')} />
          <div class="checkboxes">
            {CO_TYPES.map((co) => (
              <div key={co} class="checkbox">
                <input
                  type="checkbox"
                  id={`co-${co}`}
                  checked={draft.coTypes.includes(co)}
                  aria-invalid={invalid('coTypes')}
                  onChange={() =>
                    set('coTypes', draft.coTypes.includes(co) ? draft.coTypes.filter((c) => c !== co) : [...draft.coTypes, co])
                  }
                />
                <label for={`co-${co}`}>
                  {t.labels.co[co]} <span class="hint-inline">{t.labels.coHint[co]}</span>
                </label>
              </div>
            ))}
          </div>
        </fieldset>
        <Field id={fieldId('serviceArea')} label={t.editor.serviceArea} error={err('serviceArea')}>
          <select
            id={fieldId('serviceArea')}
            class="select"
            value={draft.serviceArea}
            aria-invalid={invalid('serviceArea')}
            aria-describedby={describedBy(fieldId('serviceArea'), undefined, err('serviceArea'))}
            onChange={(event) => {
              const value = event.currentTarget.value;
              set('serviceArea', isOneOf(SERVICE_AREAS, value) ? value : '');
            }}
          >
            <option value="">–</option>
            {SERVICE_AREAS.map((area) => (
              <option key={area} value={area}>
                {t.labels.area[area]}
              </option>
            ))}
          </select>
        </Field>
        <Field id={fieldId('initiativeId')} label={t.editor.initiative} error={err('initiativeId')}>
          <select
            id={fieldId('initiativeId')}
            class="select"
            value={draft.initiativeId}
            aria-invalid={invalid('initiativeId')}
            aria-describedby={describedBy(fieldId('initiativeId'), undefined, err('initiativeId'))}
            onChange={(event) => set('initiativeId', event.currentTarget.value)}
          >
            <option value="">{t.editor.noInitiative}</option>
            {(initiatives.data?.initiatives.nodes ?? []).map((i) => (
              <option key={i.id} value={i.id}>
                {i.title}
              </option>
            ))}
          </select>
        </Field>
        <Field id={fieldId('tags')} label={t.editor.tags} hint={t.editor.tagsHint} error={err('tags')}>
          <input
            type="text"
            id={fieldId('tags')}
            class="input"
            value={draft.tags}
            aria-invalid={invalid('tags')}
            aria-describedby={describedBy(fieldId('tags'), t.editor.tagsHint, err('tags'))}
            onInput={(event) => set('tags', event.currentTarget.value)}
          />
        </Field>
        <Field id={fieldId('language')} label={t.editor.language} error={err('language')}>
          <select
            id={fieldId('language')}
            class="select"
            value={draft.language}
            aria-invalid={invalid('language')}
            aria-describedby={describedBy(fieldId('language'), undefined, err('language'))}
            onChange={(event) => set('language', event.currentTarget.value)}
          >
            {languages.map((lang) => (
              <option key={lang} value={lang}>
                {t.labels.languageName(lang)}
              </option>
            ))}
          </select>
        </Field>
        <fieldset
          id={fieldId('visibility')}
          class={`field${err('visibility') ? ' has-error' : ''}`}
          aria-describedby={describedBy(fieldId('visibility'), undefined, err('visibility'))}
        >
          <legend class="label">{t.editor.visibility}</legend>
          <FieldError id={fieldId('visibility')} error={err('visibility')} />
          <div class="radios">
            {VISIBILITIES.map((v) => (
              <div key={v} class="radio">
                <input
                  type="radio"
                  name="visibility"
                  id={`vis-${v}`}
                  checked={draft.visibility === v}
                  aria-invalid={invalid('visibility')}
                  onChange={() => set('visibility', v)}
                />
                <label for={`vis-${v}`}>{t.labels.visibility[v]}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div class="actions">
          <button type="submit" class="button" disabled={busy}>
            {busy ? t.editor.saving : loaded ? t.editor.save : t.editor.create}
          </button>
          <a class="button button-secondary" href={loaded ? paths.caseStudy(loaded.id) : paths.home}>
            {t.editor.cancel}
          </a>
        </div>
      </form>
    </div>
  );
}
