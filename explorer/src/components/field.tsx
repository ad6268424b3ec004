// A labelled form field with its hint and its error, wired for assistive
// technology: the error is next to the field, aria-invalid marks it and
// aria-describedby reads the hint and the error with it.
import type { ComponentChildren } from 'preact';
import { useT } from '../i18n';

export interface FieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | null | undefined;
}

export function describedBy(id: string, hint: string | undefined, error: string | null | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function FieldError({ id, error }: { id: string; error: string | null | undefined }) {
  const t = useT();
  if (!error) return null;
  return (
    <p class="field-error" id={`${id}-error`}>
      {t.editor.fieldError(error)}
    </p>
  );
}

export function Field({ id, label, hint, error, children }: FieldProps & { children: ComponentChildren }) {
  return (
    <div class={`field${error ? ' has-error' : ''}`}>
      <label for={id} class="label">
        {label}
      </label>
      {hint && (
        <p class="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
      {children}
    </div>
  );
}
