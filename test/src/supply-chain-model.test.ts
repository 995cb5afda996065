import { describe, expect, it } from 'vitest';
import type { GameState, Side } from '../../rules/index.ts';
import { createGame, observe } from '../../rules/index.ts';
import type { Station } from '../../src/board/supply-chain-model.ts';
import { onlineIn, supplyChainStations, wearRange } from '../../src/board/supply-chain-model.ts';

/** The words of the supply chain's stations (issue 12): whole sentences, never a dangling "wear:". */

/** What a reader sees: no-break spaces read as spaces. */
const plain = (text: string): string => text.replaceAll('\u00a0', ' ');

function station(state: GameState, side: Side, id: string): Station {
  const found = supplyChainStations(observe(state, 'spectator'), side).find((entry) => entry.id === id);
  if (!found) throw new Error(`no station ${id}`);
  return found;
}

describe('the lithography station', () => {
  it('says China has no DUV tool groups in words, with no empty wear gauge after it', () => {
    const state = createGame({ seed: 'no-tools' });
    state.sides.china.toolGroupWear = [];
    const lithography = station(state, 'china', 'lithography');
    expect(lithography.lines.map(plain)).toEqual(['DUV multi-patterning', 'No DUV tool groups']);
    expect(lithography.wear).toBeUndefined();
    for (const line of lithography.lines) expect(line).not.toMatch(/[:;]$/);
  });

  it('counts the tool groups in words and gives their wear from the least to the most worn', () => {
    const state = createGame({ seed: 'tools' });
    state.sides.china.toolGroupWear = [0.6, 0.1, 0.3];
    const lithography = station(state, 'china', 'lithography');
    expect(lithography.lines).toContain('3 DUV tool groups');
    expect(lithography.wear).toEqual({ fractions: [0.6, 0.1, 0.3], text: '10–60%' });
    state.sides.china.toolGroupWear = [0.4];
    expect(station(state, 'china', 'lithography').lines).toContain('1 DUV tool group');
  });

  it('gives one wear figure when every group is as worn as the others', () => {
    expect(wearRange([0.4, 0.4])).toBe('40%');
    expect(wearRange([0, 0.95])).toBe('0–95%');
  });
});

describe('the fabs station', () => {
  it('says when a fab under construction comes online in whole words, apart from its label', () => {
    const state = createGame({ seed: 'building' });
    state.sides.china.fabs = [
      {
        id: 1,
        node: 'n5',
        route: 'duv',
        capacityKWafersPerRound: 10,
        yieldFraction: 0.3,
        roundsUntilOnline: 2,
      },
    ];
    const [bar] = station(state, 'china', 'fabs').bars;
    expect(plain(bar?.label ?? '')).toBe('N5 DUV, 10k wafers');
    expect(plain(bar?.note ?? '')).toBe('building: online in 2 rounds');
    expect(plain(bar?.text ?? '')).toMatch(/^yield 30%, cap \d+%$/);
    expect(plain(onlineIn(1))).toBe('building: online in 1 round');
  });

  it('leaves the note out for a fab that is producing', () => {
    const state = createGame({ seed: 'producing' });
    for (const bar of station(state, 'us', 'fabs').bars) expect(bar.note).toBeUndefined();
  });
});
