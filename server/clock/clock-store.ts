import { isObjectRecord } from '../../rules/object-record.ts';
import type { MatchStore } from '../storage/match-store.ts';
import type { ClockState } from './clock.ts';

function setupOf(setupData: unknown): Record<PropertyKey, unknown> | undefined {
  return isObjectRecord(setupData) ? setupData : undefined;
}

/** The clock kept in a match's public metadata, if it has one. */
export async function loadClock(store: MatchStore, matchID: string): Promise<ClockState | undefined> {
  const stored = await store.loadMetadata(matchID);
  const clock = setupOf(stored?.metadata.setupData)?.clock;
  return typeof clock === 'object' && clock !== null ? (clock as ClockState) : undefined;
}

/** Writes the clock (compare-and-set on the metadata, retried); never replaces a newer one. */
export async function saveClock(store: MatchStore, matchID: string, clock: ClockState): Promise<boolean> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const stored = await store.loadMetadata(matchID);
    const setup = setupOf(stored?.metadata.setupData);
    if (!stored || !setup) return false;
    const current = setup.clock as ClockState | undefined;
    if (current && (current.stateID > clock.stateID || (current.flagged && !clock.flagged))) return false;
    const metadata = { ...stored.metadata, setupData: { ...setup, clock } };
    if (await store.updateMetadata(matchID, stored.version, metadata)) return true;
  }
  return false;
}
