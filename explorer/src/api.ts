// The GraphQL client: one POST to /graphql per request, typed by the
// generated documents. Errors keep the server's `extensions.code` and, for
// bad input, the field it names, so forms can show them where they belong.
import type { TypedDocumentString } from './gql/graphql';
import { getToken, expireSession } from './auth';

export interface ApiErrorItem {
  message: string;
  /** `extensions.code`: BAD_USER_INPUT, CONFLICT, NOT_FOUND, ... or NETWORK / HTTP_<status> for failures before GraphQL. */
  code: string;
  /** The input field a BAD_USER_INPUT names (`title`, `coTypes`, `tags[3]`). */
  field: string | null;
  /** The stored version a CONFLICT reports. */
  currentVersion: number | null;
}

export class ApiError extends Error {
  readonly errors: ApiErrorItem[];
  readonly status: number;

  constructor(errors: ApiErrorItem[], status: number) {
    super(errors.map((e) => e.message).join('; ') || `HTTP ${status}`);
    this.name = 'ApiError';
    this.errors = errors;
    this.status = status;
  }

  /** Whether any error carries `code`. */
  has(code: string): boolean {
    return this.errors.some((e) => e.code === code);
  }
}

interface RawError {
  message?: unknown;
  extensions?: { code?: unknown; field?: unknown; currentVersion?: unknown };
}

function toItem(raw: RawError): ApiErrorItem {
  const ext = raw.extensions ?? {};
  return {
    message: typeof raw.message === 'string' ? raw.message : 'Unknown error',
    code: typeof ext.code === 'string' ? ext.code : 'UNKNOWN',
    field: typeof ext.field === 'string' ? ext.field : null,
    currentVersion: typeof ext.currentVersion === 'number' ? ext.currentVersion : null,
  };
}

/** Sends `document` with `variables`; resolves with `data`, or rejects with an ApiError. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { token?: string | null; signal?: AbortSignal } = {},
): Promise<TResult> {
  const token = options.token === undefined ? getToken() : options.token;
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    Accept: 'application/graphql-response+json, application/json',
  };
  if (token) headers.Authorization = `Bearer ${token}`;
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: document.toString(), variables }),
      signal: options.signal ?? null,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError([{ message: 'The server could not be reached.', code: 'NETWORK', field: null, currentVersion: null }], 0);
  }
  let body: { data?: TResult | null; errors?: RawError[] } | null = null;
  try {
    body = (await response.json()) as { data?: TResult | null; errors?: RawError[] };
  } catch {
    body = null;
  }
  const errors = (body?.errors ?? []).map(toItem);
  if (errors.some((e) => e.code === 'UNAUTHENTICATED') && token && options.token === undefined) {
    expireSession();
  }
  if (errors.length > 0 || body?.data == null) {
    if (errors.length === 0) {
      errors.push({ message: `The server answered ${response.status}.`, code: `HTTP_${response.status}`, field: null, currentVersion: null });
    }
    throw new ApiError(errors, response.status);
  }
  return body.data;
}
