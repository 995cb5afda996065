import { describe, expect, it } from 'vitest';
import { completeParameters, defaultParameters } from '../../rules/index.ts';

describe('parameters of a match created under older rules', () => {
  it('are returned as they are when nothing is missing', () => {
    const own = structuredClone(defaultParameters);
    expect(completeParameters(own)).toBe(own);
  });

  it('gain a key the rules added, at any depth, with the baseline’s value, and keep their own', () => {
    const { chokeholdGoodWafersK: _added, ...scoring } = structuredClone(defaultParameters.scoring);
    const { nodes, ...rest } = structuredClone(defaultParameters);
    const older = { ...rest, scoring: { ...scoring, leadToWin: 12 } };
    const completed = completeParameters(older) as typeof defaultParameters;
    expect(completed.scoring.chokeholdGoodWafersK).toBe(defaultParameters.scoring.chokeholdGoodWafersK);
    expect(completed.scoring.leadToWin).toBe(12);
    expect(completed.nodes).toEqual(nodes);
    // A copy of the baseline's, never the baseline itself, and the stored object is not written.
    expect(completed.nodes).not.toBe(defaultParameters.nodes);
    expect(older).not.toHaveProperty('nodes');
    expect(older.scoring).not.toHaveProperty('chokeholdGoodWafersK');
  });
});
