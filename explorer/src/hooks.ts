import { createContext } from 'preact';
import { useContext, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, errorItem, request, requestPartial } from './api';
import { getToken, onTokenChange } from './auth';
import type { TypedDocumentString, ViewerQuery } from './gql/graphql';
import { messages, useT } from './i18n';

export interface QueryState<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

/** The signed-in member's token; re-renders when it changes. */
export function useToken(): string | null {
  const [token, setToken] = useState(getToken());
  useEffect(() => onTokenChange(() => setToken(getToken())), []);
  return token;
}

function asApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return new ApiError([errorItem('UNKNOWN', String(error))], 0);
}

/**
 * Runs a query whenever its variables or the signed-in token change. With
 * `keepPrevious`, the last answer stays on screen while the next one loads.
 * With `partial`, an answer that holds data is kept even when some of its
 * fields failed (they are null in `data`), and `error` holds their errors;
 * without it, any error makes the whole query fail.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { keepPrevious?: boolean; skip?: boolean; partial?: boolean } = {},
): QueryState<TResult> {
  const token = useToken();
  const key = `${JSON.stringify(variables)}|${token ?? ''}|${options.skip ? 'skip' : ''}`;
  const [nonce, setNonce] = useState(0);
  const [state, setState] = useState<{ key: string; data?: TResult; error?: ApiError; loading: boolean }>({
    key: '',
    loading: !options.skip,
  });
  const vars = useRef(variables);
  vars.current = variables;
  useEffect(() => {
    if (options.skip) {
      setState({ key, loading: false });
      return;
    }
    const controller = new AbortController();
    setState((previous) => ({
      key,
      data: options.keepPrevious || previous.key === key ? previous.data : undefined,
      loading: true,
    }));
    const answer = options.partial
      ? requestPartial(document, vars.current, { signal: controller.signal })
      : request(document, vars.current, { signal: controller.signal }).then((data) => ({ data, error: null }));
    answer.then(
      ({ data, error }) => setState({ key, data, error: error ?? undefined, loading: false }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState((previous) => ({ key, data: previous.data, error: asApiError(error), loading: false }));
      },
    );
    return () => controller.abort();
  }, [key, nonce]);
  const fresh = state.key === key;
  return {
    data: fresh || options.keepPrevious ? state.data : undefined,
    error: fresh ? state.error : undefined,
    loading: !fresh || state.loading,
    reload: () => setNonce((n) => n + 1),
  };
}

export type Viewer = NonNullable<ViewerQuery['viewer']>;

export interface ViewerState {
  viewer: Viewer | null;
  loading: boolean;
}

export const ViewerContext = createContext<ViewerState>({ viewer: null, loading: false });

export function useViewer(): ViewerState {
  return useContext(ViewerContext);
}

export function canWrite(viewer: Viewer | null): boolean {
  return viewer?.roles.some((r) => r === 'EDITOR' || r === 'ADMIN') ?? false;
}

/** Whether the viewer curates for a network body: features, verifies and hides PUBLIC case studies. */
export function canCurate(viewer: Viewer | null): boolean {
  return viewer?.roles.includes('CURATOR') ?? false;
}

/** Whether the viewer answers reports: an ADMIN (its own case studies') or a CURATOR. */
export function canAnswerReports(viewer: Viewer | null): boolean {
  return viewer?.roles.some((r) => r === 'ADMIN' || r === 'CURATOR') ?? false;
}

/** Sets the document title for the page. */
export function useTitle(title: string | null): void {
  const t = useT();
  useEffect(() => {
    document.title = title ? `${title} – ${t.app.titleSuffix}` : t.app.titleSuffix;
  }, [title, t]);
}

/** The message to show for a failed request. */
export function errorText(error: ApiError): string {
  const t = messages();
  const first = error.errors[0];
  if (!first) return t.errors.fallback;
  const known = (t.errors as Record<string, string>)[first.code];
  if (first.code === 'BAD_USER_INPUT' || first.code === 'FORBIDDEN' || first.code === 'CONFLICT') {
    return `${known ?? t.errors.fallback} ${first.message}`;
  }
  return known ?? `${t.errors.fallback} ${first.message}`;
}
