// The interface language (English or Welsh), chosen by the visitor and kept
// in this browser; the content's own language is a property of each record.
import { useEffect, useState } from 'preact/hooks';
import { cy } from './cy';
import { en, type Messages } from './en';

export type UiLang = 'en' | 'cy';

const KEY = 'costar.ui-lang';
const catalogues: Record<UiLang, Messages> = { en, cy };
const listeners = new Set<() => void>();

function initial(): UiLang {
  try {
    const stored = localStorage.getItem(KEY);
    if (stored === 'en' || stored === 'cy') return stored;
  } catch {
    // Storage unavailable: fall back to the browser's preference.
  }
  return navigator.language.toLowerCase().startsWith('cy') ? 'cy' : 'en';
}

let lang: UiLang = initial();

export function uiLang(): UiLang {
  return lang;
}

export function messages(): Messages {
  return catalogues[lang];
}

export function setUiLang(next: UiLang): void {
  lang = next;
  document.documentElement.lang = next;
  try {
    localStorage.setItem(KEY, next);
  } catch {
    // Not kept: the choice lasts until the page closes.
  }
  for (const listener of listeners) listener();
}

/** The interface language; re-renders the component when it changes. */
export function useUiLang(): UiLang {
  const [, setLang] = useState(lang);
  useEffect(() => {
    const update = (): void => setLang(lang);
    listeners.add(update);
    return () => {
      listeners.delete(update);
    };
  }, []);
  return lang;
}

/** The current catalogue; re-renders the component when the language changes. */
export function useT(): Messages {
  return catalogues[useUiLang()];
}

function locale(): string {
  return lang === 'cy' ? 'cy-GB' : 'en-GB';
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(locale(), options).format(value);
}

/** An amount of money in `currency` (an ISO 4217 code), in whole units unless `cents`. */
export function formatMoney(value: number, currency: string, cents = false): string {
  const digits = cents ? 2 : 0;
  try {
    return formatNumber(value, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
  } catch {
    // Not a currency Intl knows: the amount with its code.
    return `${formatNumber(value, { maximumFractionDigits: digits })} ${currency}`;
  }
}

/** A share (0.25) as a percentage (25%). */
export function formatPercent(share: number, digits = 0): string {
  return formatNumber(share, { style: 'percent', maximumFractionDigits: digits });
}

/** A `YYYY-MM-DD` date or an RFC 3339 date-time, as a day. */
export function formatDate(value: string): string {
  const date = new Date(value.length === 10 ? `${value}T00:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** An RFC 3339 date-time as a day and a time of day. */
export function formatDateTime(value: string): string {
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return value;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'long', timeStyle: 'short' }).format(date);
}

export type { Messages };
