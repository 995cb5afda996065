import { describe, expect, it } from 'vitest';
import { applyMoveInPlace } from '../../rules/index.ts';
import {
  addResearchProgress,
  completeResearchIfReady,
  domesticEuvLandingChance,
  researchPointsNeeded,
  rollDomesticEuv,
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

  it('domestic EUV never lands before its earliest year, however full its track (RULEBOOK §13)', () => {
    const state = newGame();
    const { domesticEuvEarliestYear } = state.params.research;
    state.year = domesticEuvEarliestYear - 1;
    addResearchProgress(state, 'domesticEuv', 100);
    completeResearchIfReady(state, 'domesticEuv');
    expect(state.sides.china.researchProgress.domesticEuv).toBe(researchPointsNeeded(state, 'domesticEuv'));
    expect(domesticEuvLandingChance(state)).toBe(0);
    for (let i = 0; i < 50; i++) rollDomesticEuv(state);
    expect(state.sides.china.researchDone.domesticEuv).toBe(false);
  });

  it('a full EUV track lands on a roll whose chance grows each year until it is certain (RULEBOOK §13)', () => {
    const { domesticEuvEarliestYear, domesticEuvLandingChancePerYear } = newGame().params.research;
    const trials = 400;
    const landedShare = (year: number): number => {
      let landed = 0;
      for (let seed = 0; seed < trials; seed++) {
        const state = newGame(`euv-roll-${seed}`);
        state.year = year;
        addResearchProgress(state, 'domesticEuv', 100);
        rollDomesticEuv(state);
        if (state.sides.china.researchDone.domesticEuv) landed++;
      }
      return landed / trials;
    };
    // Binomial: four standard errors either side of the parameter.
    const chance = domesticEuvLandingChancePerYear;
    const first = landedShare(domesticEuvEarliestYear);
    expect(Math.abs(first - chance)).toBeLessThan(4 * Math.sqrt((chance * (1 - chance)) / trials));
    expect(landedShare(domesticEuvEarliestYear + 1)).toBeGreaterThan(first);
    expect(landedShare(domesticEuvEarliestYear + Math.ceil(1 / chance) - 1)).toBe(1);
  });

  it('Entity List additions set a track back, a limited number of times per track a round, without escalating (RULEBOOK §13)', () => {
    const state = newGame();
    state.phase = 'action';
    state.activeSide = 'us';
    const { sanctionsPerTrackPerRound, sanctionProgressLoss } = state.params.research;
    state.ops = { cardId: 'listing', opsRemaining: sanctionsPerTrackPerRound + 2 };
    state.sides.china.researchProgress.domesticEuv = sanctionsPerTrackPerRound * sanctionProgressLoss + 1;
    const before = state.sides.china.researchProgress.domesticEuv;
    const escalation = state.escalation;
    const listing = {
      type: 'takeAction',
      side: 'us',
      action: 'sanctionEntities',
      track: 'domesticEuv',
    } as const;
    for (let listed = 1; listed <= sanctionsPerTrackPerRound; listed++) {
      expect(applyMoveInPlace(state, listing)).toBeUndefined();
      expect(state.sides.china.researchProgress.domesticEuv).toBe(before - listed * sanctionProgressLoss);
    }
    expect(state.escalation).toBe(escalation);
    expect(applyMoveInPlace(state, listing)?.code).toBe('actionUnavailable');
    const noProgress = { ...listing, track: 'domesticSpares' } as const;
    expect(state.sides.china.researchProgress.domesticSpares).toBe(0);
    expect(applyMoveInPlace(state, noProgress)?.code).toBe('actionUnavailable');
  });

  it('a track absorbs a limited number of research actions a round (RULEBOOK §3, §13)', () => {
    const state = newGame();
    state.phase = 'action';
    state.activeSide = 'china';
    state.sides.china.budgetBn = 1000;
    const { trackActionsPerRound } = state.params.research;
    state.ops = { cardId: 'programme', opsRemaining: trackActionsPerRound + 2 };
    const research = {
      type: 'takeAction',
      side: 'china',
      action: 'researchDomestic',
      track: 'domesticHbm',
    } as const;
    const before = state.sides.china.researchProgress.domesticHbm;
    for (let taken = 1; taken <= trackActionsPerRound; taken++) {
      expect(applyMoveInPlace(state, research)).toBeUndefined();
      expect(state.sides.china.researchProgress.domesticHbm).toBe(before + taken);
    }
    expect(applyMoveInPlace(state, research)?.code).toBe('actionUnavailable');
    // The cap is per track: another track still takes an action this round.
    expect(applyMoveInPlace(state, { ...research, track: 'domesticSpares' })).toBeUndefined();
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
