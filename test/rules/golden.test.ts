import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { GameResult, Move } from '../../rules/index.ts';
import { RULES_VERSION, applyMoveInPlace, createGame, fingerprint } from '../../rules/index.ts';

const goldenDir = fileURLToPath(new URL('./golden/', import.meta.url));
const goldenFiles = readdirSync(goldenDir).filter((file) => file.endsWith('.json'));

/**
 * Golden replays (issue 16): whole recorded games replayed move by move through the kernel. A rule change
 * that alters play makes these fail; re-record them on purpose with `npm run golden` in the same commit.
 */

interface GoldenRecord {
  name: string;
  /** The rules the game was recorded under: a version bump re-records every golden game. */
  rulesVersion: string;
  scenarioId: string;
  seed: string;
  result: GameResult;
  fingerprint: string;
  moves: Move[];
}

describe('golden replays', () => {
  it('has games to replay', () => {
    expect(goldenFiles.length).toBeGreaterThanOrEqual(3);
  });

  it.each(goldenFiles)('%s replays to its pinned result and fingerprint', (file) => {
    const record = JSON.parse(readFileSync(join(goldenDir, file), 'utf8')) as GoldenRecord;
    expect(record.rulesVersion, 'recorded under other rules: re-record with npm run golden').toBe(
      RULES_VERSION,
    );
    const state = createGame({ scenarioId: record.scenarioId, seed: record.seed });
    record.moves.forEach((move, index) => {
      expect(state.result, `the game ended before move ${index}`).toBeNull();
      expect(applyMoveInPlace(state, move), `move ${index}: ${JSON.stringify(move)}`).toBeUndefined();
    });
    expect(state.result).toEqual(record.result);
    expect(fingerprint(state)).toBe(record.fingerprint);
  });
});
