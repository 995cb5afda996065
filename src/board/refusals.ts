/** The server's `rejected` event ({matchID, code, message}): refused moves, shown on the board. */
export interface Refusal {
  matchID: string | undefined;
  code: string;
  message: string;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks the event's payload; anything else is ignored (never trusted to have a shape). */
export function parseRefusal(payload: unknown): Refusal | undefined {
  if (!isRecord(payload)) return undefined;
  const { matchID, code, message } = payload;
  if (typeof code !== 'string' || typeof message !== 'string') return undefined;
  return { matchID: typeof matchID === 'string' ? matchID : undefined, code, message };
}

type Listener = (refusal: Refusal) => void;
const listeners = new Set<Listener>();

export function onRefusal(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function publishRefusal(payload: unknown): void {
  const refusal = parseRefusal(payload);
  if (!refusal) return;
  for (const listener of listeners) listener(refusal);
}
