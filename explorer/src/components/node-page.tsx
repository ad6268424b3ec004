// A page about one record named by the id in its URL. An id that is
// malformed, of another type, or of a record the caller may not see is
// "not found"; only a request that failed is an error.
import type { ComponentChildren } from 'preact';
import type { ApiError } from '../api';
import { useTitle, type QueryState } from '../hooks';
import { useT } from '../i18n';
import { NotFound } from '../pages/not-found';
import { ErrorBox, Loading } from './status';

/** Whether `error` only says the record is not there. */
function onlyNotFound(error: ApiError): boolean {
  return error.errors.every((e) => e.code === 'NOT_FOUND');
}

export function NodePage<T>({
  query,
  record,
  title,
  children,
}: {
  query: QueryState<unknown>;
  /** The record the page is about, once the answer holds it. */
  record: T | null;
  title: (record: T) => string;
  children: (record: T) => ComponentChildren;
}) {
  const t = useT();
  // An answer with data whose errors only say "not found" is not a failure.
  const error = record == null && query.error && !(query.data != null && onlyNotFound(query.error)) ? query.error : null;
  useTitle(
    record != null ? title(record) : error ? t.common.errorTitle : query.data == null ? t.common.loading : t.common.notFoundTitle,
  );

  if (record != null) return <>{children(record)}</>;
  if (error) {
    return (
      <>
        <h1>{t.common.errorTitle}</h1>
        <ErrorBox error={error} onRetry={query.reload} />
      </>
    );
  }
  if (query.data == null) return <Loading />;
  return <NotFound />;
}
