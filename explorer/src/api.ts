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

/** An error the client states itself (no answer, an unreadable one, a form's own check). */
export function errorItem(code: string, message: string, field: string | null = null): ApiErrorItem {
  return { message, code, field, currentVersion: null };
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

/**
 * The errors of a GraphQL-shaped body (`{"errors":[{"message","extensions":{"code"}}]}`),
 * which the server also sends for requests it refuses outright; empty when it has none.
 */
export function errorsOf(body: unknown): ApiErrorItem[] {
  if (typeof body !== 'object' || body === null || !('errors' in body) || !Array.isArray(body.errors)) return [];
  return (body.errors as unknown[]).filter((e): e is RawError => typeof e === 'object' && e !== null).map(toItem);
}

/** A body read as JSON, or null when it is not JSON. */
export async function readJson(response: Response): Promise<unknown> {
  try {
    return (await response.json()) as unknown;
  } catch {
    return null;
  }
}

/** An answer with data; `error` holds the errors of the fields that failed (they are null in `data`). */
export interface Answer<TResult> {
  data: TResult;
  error: ApiError | null;
}

/**
 * Sends `document` with `variables`; resolves with `data` and the errors
 * beside it, or rejects with an ApiError when there is no data at all.
 */
export async function requestPartial<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { token?: string | null; signal?: AbortSignal } = {},
): Promise<Answer<TResult>> {
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
    throw new ApiError([errorItem('NETWORK', 'The server could not be reached.')], 0);
  }
  const body = await readJson(response);
  const errors = errorsOf(body);
  if (errors.some((e) => e.code === 'UNAUTHENTICATED') && token && options.token === undefined) {
    expireSession();
  }
  const data = typeof body === 'object' && body !== null && 'data' in body ? (body.data as TResult | null) : null;
  if (data == null) {
    if (errors.length === 0) errors.push(errorItem(`HTTP_${response.status}`, `The server answered ${response.status}.`));
    throw new ApiError(errors, response.status);
  }
  return { data, error: errors.length > 0 ? new ApiError(errors, response.status) : null };
}

/** Sends `document` with `variables`; resolves with `data`, or rejects with an ApiError on any error. */
export async function request<TResult, TVariables>(
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
  options: { token?: string | null; signal?: AbortSignal } = {},
): Promise<TResult> {
  const { data, error } = await requestPartial(document, variables, options);
  if (error) throw error;
  return data;
}
