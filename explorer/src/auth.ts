// The bearer token of the signed-in member, kept for the browser tab only
// (sessionStorage), with a tiny change notification for the components that show it.
const KEY = 'costar.token';

type Listener = () => void;
const listeners = new Set<Listener>();
let expired = false;

function read(): string | null {
  try {
    return sessionStorage.getItem(KEY);
  } catch {
    return null;
  }
}

let current = read();

export function getToken(): string | null {
  return current;
}

/** Whether the last token was dropped because the server refused it. */
export function sessionExpired(): boolean {
  return expired;
}

function notify(): void {
  for (const listener of listeners) listener();
}

export function setToken(token: string | null): void {
  current = token;
  expired = false;
  try {
    if (token) sessionStorage.setItem(KEY, token);
    else sessionStorage.removeItem(KEY);
  } catch {
    // Storage refused (private mode): the token lives until the page closes.
  }
  notify();
}

/** Drops a token the server no longer accepts. */
export function expireSession(): void {
  setToken(null);
  expired = true;
  notify();
}

export function onTokenChange(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
