import type { ParsedExport } from './export-format.ts';
import { parseClassExport } from './export-format.ts';
import { facilitatorKeyName } from '../secrets.ts';

/**
 * Where the debrief gets its export: the classroom API with the facilitator's key (from the link's
 * `#key=…` fragment, kept in localStorage under `sc.classroom.<id>` as `{facilitatorKey}`, or the key
 * the dashboard keeps under `facilitatorKeyName(id)`), or a saved export file the teacher opens, which works offline.
 */

export const storageKeyFor = (sessionId: string): string => `sc.classroom.${sessionId}`;

type KeyStore = Pick<Storage, 'getItem' | 'setItem'>;

/** The key in a location's fragment (`#key=…`), if there is one. */
export function keyFromHash(hash: string): string | undefined {
  const key = new URLSearchParams(hash.replace(/^#/, '')).get('key');
  return key === null || key === '' ? undefined : key;
}

function storedKey(store: KeyStore | undefined, sessionId: string): string | undefined {
  try {
    const raw = store?.getItem(storageKeyFor(sessionId));
    if (raw === null || raw === undefined) return undefined;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed !== 'object' || parsed === null) return undefined;
    const key = (parsed as Record<string, unknown>).facilitatorKey;
    return typeof key === 'string' && key !== '' ? key : undefined;
  } catch {
    return undefined;
  }
}

/** The key the dashboard (`?class=<id>`) kept in this browser, so its debrief link needs no fragment. */
function dashboardKey(store: KeyStore | undefined, sessionId: string): string | undefined {
  try {
    const key = store?.getItem(facilitatorKeyName(sessionId));
    return key === null || key === undefined || key === '' ? undefined : key;
  } catch {
    return undefined;
  }
}

/**
 * The facilitator key for a session: the link's fragment first (kept in the store, so that a reload
 * without it still works), else the store's.
 */
export function facilitatorKeyFor(
  sessionId: string,
  hash: string,
  store: KeyStore | undefined,
): string | undefined {
  const fromLink = keyFromHash(hash);
  if (fromLink !== undefined) {
    try {
      if (storedKey(store, sessionId) !== fromLink) {
        const raw = store?.getItem(storageKeyFor(sessionId));
        const kept: unknown = raw ? JSON.parse(raw) : {};
        const merged =
          typeof kept === 'object' && kept !== null
            ? { ...kept, facilitatorKey: fromLink }
            : { facilitatorKey: fromLink };
        store?.setItem(storageKeyFor(sessionId), JSON.stringify(merged));
      }
    } catch {
      // A full or blocked store only means the next visit needs the link again.
    }
    return fromLink;
  }
  return storedKey(store, sessionId) ?? dashboardKey(store, sessionId);
}

export const exportPath = (sessionId: string): string =>
  `/classroom/api/sessions/${encodeURIComponent(sessionId)}/export.json`;

/** A server refusal's message (`{error: {code, message}}`), or a sentence for the status. */
async function refusal(response: Response, sessionId: string): Promise<string> {
  let message: string | undefined;
  try {
    const body: unknown = await response.json();
    const error =
      typeof body === 'object' && body !== null ? (body as Record<string, unknown>).error : undefined;
    const text =
      typeof error === 'object' && error !== null ? (error as Record<string, unknown>).message : undefined;
    if (typeof text === 'string' && text !== '') message = text;
  } catch {
    // Not JSON: say what the status means.
  }
  if (response.status === 401 || response.status === 403)
    return `The server refused this facilitator key for class ${sessionId}${message ? `: ${message}` : ''}. Open the facilitator link again.`;
  if (response.status === 404)
    return `This server has no class ${sessionId}${message ? ` (${message})` : ''}.`;
  return `The server could not give the class export (${String(response.status)}${message ? `: ${message}` : ''}).`;
}

/** Fetches and checks a class's export; never throws. */
export async function fetchClassExport(
  sessionId: string,
  facilitatorKey: string,
  fetchImpl: typeof fetch = fetch,
): Promise<ParsedExport> {
  let response: Response;
  try {
    response = await fetchImpl(exportPath(sessionId), {
      headers: { Authorization: `Bearer ${facilitatorKey}` },
    });
  } catch {
    return { ok: false, message: 'Could not reach the server. A saved export file works without it.' };
  }
  if (!response.ok) return { ok: false, message: await refusal(response, sessionId) };
  try {
    return parseClassExport(await response.json());
  } catch {
    return { ok: false, message: 'The server answered with something that is not JSON.' };
  }
}

/** Reads a saved export file's text. */
export function readExportText(text: string): ParsedExport {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return {
      ok: false,
      message: 'This file is not JSON: open the class export (export.json) saved from the facilitator page.',
    };
  }
  return parseClassExport(json);
}
