// A History API router: same-origin links are followed without a page load
// (unless opened in a new tab or window), and back/forward re-render the view
// the URL describes.
import { useEffect, useState } from 'preact/hooks';

export interface Location {
  path: string;
  search: string;
}

export type Route =
  | { name: 'home' }
  | { name: 'caseStudy'; id: string }
  | { name: 'caseStudyNew' }
  | { name: 'caseStudyEdit'; id: string }
  | { name: 'initiative'; id: string }
  | { name: 'businessCase'; id: string }
  | { name: 'toolkit' }
  | { name: 'signIn' }
  | { name: 'reports' }
  | { name: 'notFound' };

type Listener = () => void;
const listeners = new Set<Listener>();

function read(): Location {
  return { path: window.location.pathname, search: window.location.search };
}

let current = read();

function changed(): void {
  current = read();
  for (const listener of listeners) listener();
}

/** Whether the view changed through navigation, so focus should move to the new content. */
let navigated = false;

export function takeNavigated(): boolean {
  const was = navigated;
  navigated = false;
  return was;
}

/**
 * Shows `to`. A filter change keeps focus and scroll where they are
 * (`keepFocus`); any other navigation moves focus to the new page's content.
 */
export function navigate(to: string, options: { replace?: boolean; keepScroll?: boolean; keepFocus?: boolean } = {}): void {
  const url = new URL(to, window.location.href);
  const target = url.pathname + url.search + url.hash;
  if (target === window.location.pathname + window.location.search + window.location.hash && !options.replace) return;
  if (options.replace) window.history.replaceState(null, '', target);
  else window.history.pushState(null, '', target);
  navigated = !options.keepFocus;
  changed();
  if (!options.keepScroll) window.scrollTo(0, 0);
}

export function currentLocation(): Location {
  return current;
}

export function useLocation(): Location {
  const [location, setLocation] = useState(current);
  useEffect(() => {
    const update = (): void => setLocation(current);
    listeners.add(update);
    update();
    return () => {
      listeners.delete(update);
    };
  }, []);
  return location;
}

/** Starts listening to back/forward and to clicks on same-origin links. */
export function startRouter(): void {
  window.addEventListener('popstate', () => {
    const next = read();
    // A change of the fragment only (the skip link, an error summary) is not a new view.
    if (next.path === current.path && next.search === current.search) return;
    navigated = true;
    changed();
  });
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const target = event.target instanceof Element ? event.target.closest('a') : null;
    if (!target?.href || target.hasAttribute('download')) return;
    if (target.target && target.target !== '_self') return;
    const url = new URL(target.href);
    if (url.origin !== window.location.origin) return;
    // Leave in-page anchors (the skip link) to the browser.
    if (url.pathname === window.location.pathname && url.search === window.location.search && url.hash) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
}

function segment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function matchRoute(path: string): Route {
  const parts = path.split('/').filter((p) => p !== '');
  const [first, second, third] = parts;
  if (parts.length === 0) return { name: 'home' };
  if (first === 'sign-in' && parts.length === 1) return { name: 'signIn' };
  if (first === 'reports' && parts.length === 1) return { name: 'reports' };
  if (first === 'toolkit' && parts.length === 1) return { name: 'toolkit' };
  if (first === 'case-studies' && second !== undefined) {
    if (parts.length === 2) return second === 'new' ? { name: 'caseStudyNew' } : { name: 'caseStudy', id: segment(second) };
    if (parts.length === 3 && third === 'edit') return { name: 'caseStudyEdit', id: segment(second) };
  }
  if (first === 'initiatives' && second !== undefined) {
    if (parts.length === 2) return { name: 'initiative', id: segment(second) };
    if (parts.length === 3 && third === 'business-case') return { name: 'businessCase', id: segment(second) };
  }
  return { name: 'notFound' };
}

export const paths = {
  home: '/',
  caseStudy: (id: string): string => `/case-studies/${encodeURIComponent(id)}`,
  caseStudyEdit: (id: string): string => `/case-studies/${encodeURIComponent(id)}/edit`,
  caseStudyNew: '/case-studies/new',
  initiative: (id: string): string => `/initiatives/${encodeURIComponent(id)}`,
  businessCase: (id: string): string => `/initiatives/${encodeURIComponent(id)}/business-case`,
  toolkit: '/toolkit',
  signIn: (next?: string): string => (next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'),
  reports: '/reports',
};
