import type { State } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import { defaultParameters } from '../../rules/index.ts';
import { decodeState, encodeInitialState, encodeState } from '../../server/storage/state-codec.ts';

const state = (G: unknown, stateID = 3): State =>
  ({
    G,
    ctx: { turn: 1 },
    plugins: {},
    _undo: [],
    _redo: [],
    _stateID: stateID,
    deltalog: [{}],
  }) as unknown as State;

describe('state codec', () => {
  const params = {
    ...structuredClone(defaultParameters),
    calendar: { ...defaultParameters.calendar, roundCount: 12 },
  };
  const initial = state({ params, round: 1 }, 0);
  const paramsJson = JSON.stringify(params);

  it('stores the initial state whole and move states without params or deltalog', () => {
    expect(JSON.parse(encodeInitialState(initial))).toEqual({
      ...initial,
      deltalog: undefined,
      G: { params, round: 1 },
    });
    const stored = JSON.parse(encodeState(state({ params, round: 2 }))) as Record<string, unknown>;
    expect(stored).not.toHaveProperty('deltalog');
    expect(stored.G).toEqual({ params: '@initial-state', round: 2 });
    expect(JSON.stringify(stored.G)).not.toContain('yieldCap');
  });

  it("reads a move state back whole, with the initial state's params", () => {
    const after = state({ params, round: 2 });
    const { deltalog: _deltalog, ...expected } = after;
    expect(decodeState(encodeState(after), () => JSON.parse(paramsJson) as unknown)).toEqual(expected);
  });

  it('reads rows that still hold their params, and states of games without params, as they are', () => {
    const old = JSON.stringify({ ...state({ params, round: 2 }), deltalog: undefined });
    expect(decodeState(old, () => ({ other: true })).G).toEqual({ params, round: 2 });
    expect(decodeState(encodeState(state({ round: 2 })), () => undefined).G).toEqual({ round: 2 });
    expect(decodeState(encodeState(state([1, 2])), () => JSON.parse(paramsJson) as unknown).G).toEqual([
      1, 2,
    ]);
  });

  it('completes the params of a match created before the rules added one, and keeps its own values', () => {
    const { chokeholdGoodWafersK: _added, ...scoring } = params.scoring;
    const older = { ...params, scoring: { ...scoring, chokeholdCapacityKWafers: 4 } };
    const decoded = decodeState(encodeState(state({ params: older, round: 2 })), () =>
      structuredClone(older),
    );
    const G = decoded.G as { params: typeof params & { scoring: { chokeholdCapacityKWafers: number } } };
    expect(G.params.scoring.chokeholdGoodWafersK).toBe(defaultParameters.scoring.chokeholdGoodWafersK);
    expect(G.params.scoring.chokeholdCapacityKWafers).toBe(4);
    expect(G.params.calendar.roundCount).toBe(12);
  });
});
