import { describe, expect, it } from 'vitest';
import {
  addResearchProgress,
  completeResearchIfReady,
  researchPointsNeeded,
} from '../../rules/mechanics/research.ts';
import { researchTracks } from '../../rules/vocabulary.ts';
import { newGame } from './helpers.ts';

describe('domestic research (RULEBOOK §13)', () => {
  it('a track completes once its points are filled, and progress is capped at the need (RULEBOOK §13)', () => {
    const state = newGame();
    const need = researchPointsNeeded(state, 'domesticSpares');
    addResearchProgress(state, 'domesticSpares', need - 1);
    expect(state.sides.china.researchDone.domesticSpares).toBe(false);
    addResearchProgress(state, 'domesticSpares', 5);
    expect(state.sides.china.researchDone.domesticSpares).toBe(true);
    expect(state.sides.china.researchProgress.domesticSpares).toBe(need);
    expect(state.log.at(-1)?.text).toContain('domestic tools and spares');
  });

  it('every track needs its own number of points (RULEBOOK §13)', () => {
    const state = newGame();
    const { research } = state.params;
    expect(researchTracks.map((t) => researchPointsNeeded(state, t))).toEqual([
      research.domesticEuvPoints,
      research.domesticHbmPoints,
      research.domesticSparesPoints,
    ]);
  });

  it('domestic EUV cannot land before its earliest year, and lands when that year begins (RULEBOOK §13)', () => {
    const state = newGame();
    const { domesticEuvEarliestYear } = state.params.research;
    state.year = domesticEuvEarliestYear - 1;
    addResearchProgress(state, 'domesticEuv', 100);
    expect(state.sides.china.researchProgress.domesticEuv).toBe(researchPointsNeeded(state, 'domesticEuv'));
    expect(state.sides.china.researchDone.domesticEuv).toBe(false);
    state.year = domesticEuvEarliestYear;
    completeResearchIfReady(state, 'domesticEuv');
    expect(state.sides.china.researchDone.domesticEuv).toBe(true);
  });

  it('domestic HBM starts its own HBM output when it lands (RULEBOOK §9, §13)', () => {
    const state = newGame();
    expect(state.sides.china.domesticHbmKChipsPerRound).toBe(0);
    addResearchProgress(state, 'domesticHbm', 100);
    expect(state.sides.china.researchDone.domesticHbm).toBe(true);
    expect(state.sides.china.domesticHbmKChipsPerRound).toBe(state.params.memory.domesticHbmKChipsPerRound);
  });

  it('a completed track takes no more progress and negative progress floors at zero (RULEBOOK §13)', () => {
    const state = newGame();
    addResearchProgress(state, 'domesticHbm', -100);
    expect(state.sides.china.researchProgress.domesticHbm).toBe(0);
    addResearchProgress(state, 'domesticHbm', 100);
    const logLength = state.log.length;
    addResearchProgress(state, 'domesticHbm', -100);
    expect(state.sides.china.researchProgress.domesticHbm).toBe(researchPointsNeeded(state, 'domesticHbm'));
    expect(state.log.length).toBe(logLength);
  });
});
