import { z } from 'zod';
import { wireRejectionSchema } from '../wire.ts';

/** The server's `rejected` event ({matchID, code, message}): refused moves, shown on the board. */
const refusalSchema = wireRejectionSchema.extend({ matchID: z.string().optional().catch(undefined) });

export interface Refusal {
  matchID: string | undefined;
  code: string;
  message: string;
}

/** Checks the event's payload; anything else is ignored (never trusted to have a shape). */
export function parseRefusal(payload: unknown): Refusal | undefined {
  const parsed = refusalSchema.safeParse(payload);
  if (!parsed.success) return undefined;
  const { matchID, code, message } = parsed.data;
  return { matchID, code, message };
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
