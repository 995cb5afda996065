import type { KeyValueStore } from '../lobby/credentials.ts';

/**
 * The classroom's secrets in this browser. The facilitator's key travels in the link's fragment (never
 * sent to the server in a URL, never in its logs), is kept in localStorage for this session, and is taken
 * off the address bar at once (a projector shows it). A student's token is kept so a reload resumes.
 */

/** Where the dashboard keeps a class's key (the debrief reads it there too). */
export const facilitatorKeyName = (sessionId: string): string => `silicon-curtain:class:${sessionId}:key`;
const studentName = 'silicon-curtain:class-student';

/** The key in a fragment such as `#key=abc`, if any. */
export function keyFromFragment(hash: string): string | undefined {
  const key = new URLSearchParams(hash.replace(/^#/, '')).get('key');
  return key !== null && /^[A-Za-z0-9_-]{16,128}$/.test(key) ? key : undefined;
}

export function facilitatorLink(origin: string, sessionId: string, key: string): string {
  return `${origin.replace(/\/$/, '')}/?class=${encodeURIComponent(sessionId)}#key=${key}`;
}

export function joinLink(origin: string, code: string): string {
  return `${origin.replace(/\/$/, '')}/?join=${encodeURIComponent(code)}`;
}

function read(store: KeyValueStore, name: string): string | undefined {
  try {
    return store.getItem(name) ?? undefined;
  } catch {
    return undefined;
  }
}

function write(store: KeyValueStore, name: string, value: string | undefined): void {
  try {
    if (value === undefined) store.removeItem(name);
    else store.setItem(name, value);
  } catch {
    // Storage full or disabled: the page works until it is reloaded.
  }
}

export const loadFacilitatorKey = (store: KeyValueStore, sessionId: string) =>
  read(store, facilitatorKeyName(sessionId));
export const saveFacilitatorKey = (store: KeyValueStore, sessionId: string, key: string): void => {
  write(store, facilitatorKeyName(sessionId), key);
};

export const loadStudentToken = (store: KeyValueStore) => read(store, studentName);
export const saveStudentToken = (store: KeyValueStore, token: string | undefined): void => {
  write(store, studentName, token);
};
