import { isObjectRecord } from '../../rules/object-record.ts';
import type { MatchStore } from '../storage/match-store.ts';

/**
 * What a facilitator set on a table's match, kept in its public metadata (`setupData.facilitator`, as the
 * clock keeps `setupData.clock`) so that a restarted server, and every process of several, reads it back.
 */
export interface FacilitatorSettings {
  paused: boolean;
  /** Each side's time to move, in seconds; null: untimed. */
  turnSeconds: number | null;
}

export const untouchedSettings: FacilitatorSettings = { paused: false, turnSeconds: null };

/** Turn times a facilitator may set: a tenth of a second (tests) to a day (a match played by mail). */
export const turnSecondsRange = { min: 0.1, max: 86_400 } as const;

/** The settings stored in a match's `setupData` (untouched ones when there are none, or they are not ours). */
export function settingsOf(setupData: unknown): FacilitatorSettings {
  const stored = isObjectRecord(setupData) ? setupData.facilitator : undefined;
  if (!isObjectRecord(stored)) return untouchedSettings;
  const { paused, turnSeconds } = stored;
  return {
    paused: paused === true,
    turnSeconds:
      typeof turnSeconds === 'number' &&
      turnSeconds >= turnSecondsRange.min &&
      turnSeconds <= turnSecondsRange.max
        ? turnSeconds
        : null,
  };
}

/** A match's stored settings, or undefined for an unknown match. */
export async function loadSettings(
  store: MatchStore,
  matchID: string,
): Promise<FacilitatorSettings | undefined> {
  const stored = await store.loadMetadata(matchID);
  return stored ? settingsOf(stored.metadata.setupData) : undefined;
}

/**
 * Writes a change of the settings (compare-and-set on the metadata, retried: the clock, the lobby and
 * other processes write the same row). False for an unknown match or when every attempt lost its race.
 */
export async function saveSettings(
  store: MatchStore,
  matchID: string,
  change: Partial<FacilitatorSettings>,
): Promise<boolean> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const stored = await store.loadMetadata(matchID);
    if (!stored) return false;
    const setup = isObjectRecord(stored.metadata.setupData) ? stored.metadata.setupData : {};
    const facilitator = { ...settingsOf(setup), ...change };
    const metadata = { ...stored.metadata, setupData: { ...setup, facilitator } };
    if (await store.updateMetadata(matchID, stored.version, metadata)) return true;
  }
  return false;
}
