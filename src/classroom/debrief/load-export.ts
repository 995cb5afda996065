import type { ParsedExport } from './export-format.ts';
import { parseClassExport } from './export-format.ts';
import type { KeyValueStore } from '../../lobby/credentials.ts';
import { keyFromFragment, loadFacilitatorKey, saveFacilitatorKey } from '../secrets.ts';

/**
 * Where the debrief gets its export: the classroom API with the facilitator's key (from the link's
 * `#key=…` fragment, or the key the classroom pages keep in this browser: src/classroom/secrets.ts), or a
 * saved export file the teacher opens, which works offline.
 */

/**
 * The facilitator key for a session: the link's fragment first (kept, so that a reload without it still
 * works), else the one this browser kept when the class was created or its dashboard opened.
 */
export function facilitatorKeyFor(
  sessionId: string,
  hash: string,
  store: KeyValueStore | undefined,
): string | undefined {
  const fromLink = keyFromFragment(hash);
  if (fromLink !== undefined) {
    if (store) saveFacilitatorKey(store, sessionId, fromLink);
    return fromLink;
  }
  return store ? loadFacilitatorKey(store, sessionId) : undefined;
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
