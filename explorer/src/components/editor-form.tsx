// What the toolkit's editing forms share: a refusal is shown at the field the
// server names (`input.offers[0].description`) and listed above the form,
// which takes focus; a refusal that names no field is listed there only.
import { useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, errorItem } from '../api';
import { errorText } from '../hooks';
import { useT } from '../i18n';

/** A refusal: `key` is the form field it is about, null when it names none the form has. */
export interface Problem {
  key: string | null;
  message: string;
}

/** The problems of a failed request; `keyOf` maps the server's field (without `input.`) to a form field. */
export function problemsOf(error: ApiError | null, keyOf: (field: string) => string | null): Problem[] {
  return (error?.errors ?? []).map((item) => {
    const key = item.code === 'BAD_USER_INPUT' && item.field ? keyOf(item.field.replace(/^input\./, '')) : null;
    return { key, message: key ? item.message : errorText(new ApiError([item], 0)) };
  });
}

/** A form's own check, reported as the server would report it. */
export function refuse(message: string, field: string): ApiError {
  return new ApiError([errorItem('BAD_USER_INPUT', message, field)], 0);
}

/** A string usable in an element id. */
export function idPart(value: string): string {
  return value.replace(/[^A-Za-z0-9_-]/g, '');
}

/** Focuses a field by its id: a group of checkboxes by its first box. */
function focusField(id: string): void {
  const element = document.getElementById(id);
  const target = element instanceof HTMLFieldSetElement ? element.querySelector('input, select') : element;
  if (target instanceof HTMLElement) target.focus();
}

/** What a form says when the server refuses it: each problem, a link to its field where it has one. Takes focus. */
export function ProblemList({ error, problems, idOf }: { error: ApiError | null; problems: Problem[]; idOf: (key: string) => string }) {
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
export function useSubmit(): {
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
export function at(problems: Problem[], key: string): string | null {
  return problems.find((p) => p.key === key)?.message ?? null;
}
