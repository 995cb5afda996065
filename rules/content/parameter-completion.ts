import { defaultParameters } from './parameters.ts';

/**
 * A match keeps the parameters it was created with: they are its set-up, stored once with its first
 * state. When later rules add a parameter, a match created before them (and migrated to them) lacks it;
 * it reads the baseline's value. Keys the match has are never changed, so its set-up stays its own.
 */
export function completeParameters(stored: unknown): unknown {
  return fillMissing(stored, defaultParameters);
}

function isPlainRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fillMissing(stored: unknown, defaults: unknown): unknown {
  if (!isPlainRecord(stored) || !isPlainRecord(defaults)) return stored;
  let completed: Record<string, unknown> | undefined;
  for (const [key, value] of Object.entries(defaults)) {
    const own = stored[key];
    // A copy: a match's parameters may be frozen with its state, the baseline's must not be.
    const filled =
      own === undefined ? (JSON.parse(JSON.stringify(value)) as unknown) : fillMissing(own, value);
    if (filled !== own) {
      completed ??= { ...stored };
      completed[key] = filled;
    }
  }
  return completed ?? stored;
}
