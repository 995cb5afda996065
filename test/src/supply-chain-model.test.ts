import { describe, expect, it } from 'vitest';
import type { GameState, Side } from '../../rules/index.ts';
import { createGame, observe } from '../../rules/index.ts';
import { frontierClassBarEflops, frontierClassPoints } from '../../rules/mechanics/scoring.ts';
import { formatEflopsCompact } from '../../src/board/format.ts';
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

describe('the frontier-class bar on China’s compute station (RULEBOOK §14)', () => {
  const setTraining = (state: GameState, share: number): void => {
    state.sides.china.last.trainingEflops = frontierClassBarEflops(state) * share;
  };

  it.each([
    [0.75, 'below'],
    [1.2, 'above'],
    [1, 'above'],
  ])('at %f of the bar China reads %s it, as the rules score it', (share, verdict) => {
    const state = createGame({ seed: 'frontier-class' });
    setTraining(state, share);
    const compute = station(state, 'china', 'compute');
    expect(compute.lines).toContain(`Frontier class ${state.year}`);
    const [gauge] = compute.bars;
    expect(gauge?.text).toBe(verdict);
    expect(frontierClassPoints(state) < 0).toBe(verdict === 'above');
    expect(plain(gauge?.label ?? '')).toBe(`bar ${formatEflopsCompact(frontierClassBarEflops(state))}`);
    // The gauge's fill is China's training compute, its mark the bar: past the mark exactly when above.
    expect((gauge?.fill ?? 0) >= (gauge?.cap ?? 1)).toBe(verdict === 'above');
    expect(gauge?.description).toContain(`${Math.round(share * 100)}% of this year’s bar`);
  });

  it('moves the bar with the year: the rules’ bar of the round being played', () => {
    const state = createGame({ seed: 'frontier-year' });
    setTraining(state, 1.1);
    expect(station(state, 'china', 'compute').bars[0]?.text).toBe('above');
    // The next year's bar has grown past what China trains now.
    state.year += 1;
    expect(frontierClassBarEflops(state)).toBeGreaterThan(state.sides.china.last.trainingEflops);
    expect(station(state, 'china', 'compute').bars[0]?.text).toBe('below');
    expect(station(state, 'china', 'compute').lines).toContain(`Frontier class ${state.year}`);
  });

  it('is China’s contest: the US compute station has no such bar', () => {
    const compute = station(createGame({ seed: 'us-compute' }), 'us', 'compute');
    expect(compute.bars).toEqual([]);
    expect(compute.lines.join(' ')).not.toContain('Frontier class');
  });
});
