import { describe, expect, it } from 'vitest';
import { rematchOptions } from '../../server/lobby/rematch.ts';
import type { MatchMetadata } from '../../server/storage/match-store.ts';

/** A rematch is the same game again: a classroom table's what-if settings come along. */

const finished = (setupData: Record<string, unknown>): MatchMetadata => ({
  gameName: 'silicon-curtain',
  players: {},
  setupData,
  unlisted: true,
  createdAt: 0,
  updatedAt: 0,
});

describe('rematch options', () => {
  it("carry a table's scenario and what-if overrides, unlisted as it was", () => {
    const options = rematchOptions(
      finished({ scenarioId: 'taiwan-crisis', overrides: { 'controls.maxLevel': 0 } }),
    );
    expect(options).toMatchObject({
      ok: true,
    });
    expect(options.ok && options.value).toMatchObject({
      scenarioId: 'taiwan-crisis',
      overrides: { 'controls.maxLevel': 0 },
      unlisted: true,
    });
  });

  it('carry no overrides for a match made without any, and ignore a stored value that is not numbers', () => {
    const plain = rematchOptions(finished({ scenarioId: 'baseline-2025' }));
    const notNumbers = rematchOptions(finished({ overrides: { 'controls.maxLevel': 'x' } }));
    expect(plain.ok && notNumbers.ok).toBe(true);
    expect(plain.ok && plain.value).not.toHaveProperty('overrides');
    expect(notNumbers.ok && notNumbers.value).not.toHaveProperty('overrides');
  });
});
