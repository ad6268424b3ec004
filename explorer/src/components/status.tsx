import type { ComponentChildren } from 'preact';
import type { ApiError } from '../api';
import { errorText } from '../hooks';
import { useT } from '../i18n';

export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <p class="loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {label ?? t.common.loading}
    </p>
  );
}

export function ErrorBox({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const t = useT();
  return (
    <div class="notice notice-error" role="alert">
      <h2 class="notice-title">{t.common.errorTitle}</h2>
      <p>{errorText(error)}</p>
      {onRetry && (
        <button type="button" class="button button-secondary" onClick={onRetry}>
          {t.common.retry}
        </button>
      )}
    </div>
  );
}

export function Notice({ kind, children }: { kind: 'success' | 'info' | 'warning'; children: ComponentChildren }) {
  return (
    <div class={`notice notice-${kind}`} role="status">
      {children}
    </div>
  );
}
