// Sign in by pasting a token, or, when the server runs on its development
// default (GET /dev/token answers { available: true }), by asking it to issue
// one for an organisation and role of the demo network.
import { useEffect, useState } from 'preact/hooks';
import { ApiError, errorsOf, readJson, request } from '../api';
import { setToken } from '../auth';
import { describedBy, Field } from '../components/field';
import { Notice } from '../components/status';
import { SignInOrganisationsDocument, ViewerDocument, type Role } from '../gql/graphql';
import { errorText, useQuery, useTitle, useViewer } from '../hooks';
import { useT } from '../i18n';
import { navigate } from '../router';

const DEV_ROLES: Role[] = ['VIEWER', 'EDITOR', 'ADMIN', 'CURATOR'];

/** Where to go after signing in: a page of this site only, whatever `next` holds. */
function nextPath(search: string): string {
  const next = new URLSearchParams(search).get('next');
  if (!next) return '/';
  try {
    const url = new URL(next, window.location.origin);
    return url.origin === window.location.origin ? url.pathname + url.search : '/';
  } catch {
    return '/';
  }
}

async function devAvailable(): Promise<boolean> {
  try {
    const response = await fetch('/dev/token', { headers: { Accept: 'application/json' } });
    if (!response.ok) return false;
    const body = (await response.json()) as { available?: unknown };
    return body.available === true;
  } catch {
    return false;
  }
}

export function SignInPage({ search }: { search: string }) {
  const t = useT();
  useTitle(t.signIn.title);
  const { viewer } = useViewer();
  const [dev, setDev] = useState(false);
  const [token, setTokenText] = useState('');
  const [tokenError, setTokenError] = useState<string | null>(null);
  const [busy, setBusy] = useState<'token' | 'dev' | null>(null);
  const [org, setOrg] = useState('');
  const [role, setRole] = useState<Role>('EDITOR');
  const [devError, setDevError] = useState<string | null>(null);
  const organisations = useQuery(SignInOrganisationsDocument, {}, { skip: !dev });

  useEffect(() => {
    let live = true;
    void devAvailable().then((available) => {
      if (live) setDev(available);
    });
    return () => {
      live = false;
    };
  }, []);

  const orgs = organisations.data?.organisations.nodes ?? [];
  useEffect(() => {
    const first = orgs[0];
    if (!org && first) setOrg(first.slug);
  }, [orgs, org]);

  /** Keeps `candidate` once the server has accepted it. */
  const accept = async (candidate: string): Promise<string | null> => {
    try {
      const answer = await request(ViewerDocument, {}, { token: candidate });
      if (!answer.viewer) return t.signIn.tokenRefused;
      setToken(candidate);
      navigate(nextPath(search));
      return null;
    } catch (error) {
      if (error instanceof ApiError) return error.has('UNAUTHENTICATED') ? t.signIn.tokenRefused : errorText(error);
      throw error;
    }
  };

  const submitToken = async (event: Event): Promise<void> => {
    event.preventDefault();
    const candidate = token.trim().replace(/^Bearer\s+/i, '');
    if (!candidate) {
      setTokenError(t.signIn.tokenEmpty);
      return;
    }
    setBusy('token');
    setTokenError(await accept(candidate));
    setBusy(null);
  };

  const submitDev = async (event: Event): Promise<void> => {
    event.preventDefault();
    setBusy('dev');
    setDevError(null);
    try {
      const response = await fetch('/dev/token', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ organisation: org, role }),
      });
      const body = await readJson(response);
      if (response.ok && typeof body === 'object' && body !== null && 'token' in body && typeof body.token === 'string') {
        setDevError(await accept(body.token));
      } else {
        // The server says why in a GraphQL-shaped body; a bare 404 means it no longer issues tokens.
        const errors = errorsOf(body);
        setDevError(errors.length > 0 ? errorText(new ApiError(errors, response.status)) : t.signIn.devFailed);
      }
    } catch {
      setDevError(t.signIn.devFailed);
    }
    setBusy(null);
  };

  return (
    <div class="sign-in">
      <h1>{t.signIn.title}</h1>
      <p class="lead">{t.signIn.intro}</p>
      {viewer && (
        <Notice kind="info">
          <p>
            {t.signIn.signedIn(viewer.organisation.name, viewer.roles.map((r) => t.labels.role[r]).join(', '))}
          </p>
          <button type="button" class="button button-secondary" onClick={() => setToken(null)}>
            {t.app.signOut}
          </button>
        </Notice>
      )}

      {dev && (
        <section class="section panel" aria-labelledby="dev-h">
          <h2 id="dev-h">{t.signIn.devHeading}</h2>
          <p>{t.signIn.devIntro}</p>
          <form class="form" onSubmit={(event) => void submitDev(event)} noValidate>
            {devError && (
              <p class="error-text" role="alert">
                {devError}
              </p>
            )}
            <Field id="dev-org" label={t.signIn.organisation}>
              <select id="dev-org" class="select" value={org} onChange={(event) => setOrg(event.currentTarget.value)}>
                {orgs.map((o) => (
                  <option key={o.slug} value={o.slug}>
                    {o.name}
                  </option>
                ))}
              </select>
            </Field>
            <fieldset class="field">
              <legend class="label">{t.signIn.role}</legend>
              <div class="radios">
                {DEV_ROLES.map((r) => (
                  <div key={r} class="radio">
                    <input
                      type="radio"
                      id={`dev-role-${r}`}
                      name="dev-role"
                      checked={role === r}
                      aria-describedby={r === 'CURATOR' ? 'dev-role-CURATOR-hint' : undefined}
                      onChange={() => setRole(r)}
                    />
                    <div>
                      <label for={`dev-role-${r}`}>{t.labels.role[r]}</label>
                      {r === 'CURATOR' && (
                        <p class="hint radio-hint" id="dev-role-CURATOR-hint">
                          {t.signIn.curatorHint}
                        </p>
                      )}
                    </div>
                  </div>
                ))}
              </div>
            </fieldset>
            <button type="submit" class="button" disabled={busy != null || !org}>
              {busy === 'dev' ? t.signIn.checking : t.signIn.devSubmit}
            </button>
          </form>
        </section>
      )}

      <section class="section" aria-labelledby="token-h">
        <h2 id="token-h">{t.signIn.tokenHeading}</h2>
        <form class="form" onSubmit={(event) => void submitToken(event)} noValidate>
          <Field id="token" label={t.signIn.tokenLabel} hint={t.signIn.tokenHint} error={tokenError}>
            <textarea
              id="token"
              class="textarea textarea-token"
              rows={4}
              spellcheck={false}
              autocomplete="off"
              value={token}
              aria-invalid={tokenError ? true : undefined}
              aria-describedby={describedBy('token', t.signIn.tokenHint, tokenError)}
              onInput={(event) => setTokenText(event.currentTarget.value)}
            />
          </Field>
          <button type="submit" class="button" disabled={busy != null}>
            {busy === 'token' ? t.signIn.checking : t.signIn.tokenSubmit}
          </button>
        </form>
      </section>
    </div>
  );
}
