import { describe, expect, it } from 'vitest';
import { applyMoveInPlace } from '../../rules/index.ts';
import {
  addResearchProgress,
  completeResearchIfReady,
  domesticEuvLandingYear,
  landDomesticEuvIfDue,
  researchActionCostBn,
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

  it('domestic EUV never lands before its earliest year, however full its track (RULEBOOK §13)', () => {
    const state = newGame();
    const { domesticEuvEarliestYear } = state.params.research;
    state.year = domesticEuvEarliestYear - 1;
    addResearchProgress(state, 'domesticEuv', 100);
    completeResearchIfReady(state, 'domesticEuv');
    expect(state.sides.china.researchProgress.domesticEuv).toBe(researchPointsNeeded(state, 'domesticEuv'));
    expect(domesticEuvLandingYear(state)).toBe(domesticEuvEarliestYear);
    for (let i = 0; i < 50; i++) landDomesticEuvIfDue(state);
    expect(state.sides.china.researchDone.domesticEuv).toBe(false);
  });

  it('a full EUV track lands for certain at the first round start of its earliest year: a countdown, not a roll (RULEBOOK §13)', () => {
    for (let seed = 0; seed < 20; seed++) {
      const state = newGame(`euv-countdown-${seed}`);
      state.year = state.params.research.domesticEuvEarliestYear;
      addResearchProgress(state, 'domesticEuv', 100);
      const rng = [...state.rng];
      landDomesticEuvIfDue(state);
      expect(state.sides.china.researchDone.domesticEuv).toBe(true);
      expect(state.rng).toEqual(rng);
    }
    const short = newGame('euv-short');
    short.year = short.params.research.domesticEuvEarliestYear + 2;
    short.sides.china.researchProgress.domesticEuv = researchPointsNeeded(short, 'domesticEuv') - 1;
    landDomesticEuvIfDue(short);
    expect(short.sides.china.researchDone.domesticEuv).toBe(false);
  });

  it('Entity List additions slow a track without erasing it: lasting cost, one slot fewer this round, no escalation (RULEBOOK §13)', () => {
    const state = newGame();
    state.phase = 'action';
    state.activeSide = 'us';
    const { sanctionsPerTrackPerRound, sanctionFrictionCostBn, trackActionsPerRound } = state.params.research;
    state.ops = { cardId: 'listing', opsRemaining: sanctionsPerTrackPerRound + 2 };
    const progress = state.sides.china.researchProgress.domesticEuv;
    const costBefore = researchActionCostBn(state, 'domesticEuv');
    const escalation = state.escalation;
    const listing = {
      type: 'takeAction',
      side: 'us',
      action: 'sanctionEntities',
      track: 'domesticEuv',
    } as const;
    for (let listed = 1; listed <= sanctionsPerTrackPerRound; listed++) {
      expect(applyMoveInPlace(state, listing)).toBeUndefined();
      expect(state.sides.china.researchProgress.domesticEuv).toBe(progress);
      expect(researchActionCostBn(state, 'domesticEuv')).toBeCloseTo(
        costBefore + listed * sanctionFrictionCostBn,
      );
    }
    expect(state.escalation).toBe(escalation);
    expect(applyMoveInPlace(state, listing)?.code).toBe('actionUnavailable');
    // China's programme on the listed track has only the slots the listings left this round.
    state.activeSide = 'china';
    state.sides.china.budgetBn = 1000;
    state.ops = { cardId: 'programme', opsRemaining: trackActionsPerRound + 2 };
    const research = {
      type: 'takeAction',
      side: 'china',
      action: 'researchDomestic',
      track: 'domesticEuv',
    } as const;
    for (let taken = 0; taken < trackActionsPerRound - sanctionsPerTrackPerRound; taken++)
      expect(applyMoveInPlace(state, research)).toBeUndefined();
    expect(applyMoveInPlace(state, research)?.code).toBe('actionUnavailable');
  });

  it('listings on a track stop at the last entity left to list (RULEBOOK §13)', () => {
    const state = newGame();
    state.sides.china.sanctionsOnTrack.domesticHbm = state.params.research.maxSanctionsPerTrack;
    state.phase = 'action';
    state.activeSide = 'us';
    state.ops = { cardId: 'listing', opsRemaining: 2 };
    const listing = {
      type: 'takeAction',
      side: 'us',
      action: 'sanctionEntities',
      track: 'domesticHbm',
    } as const;
    expect(applyMoveInPlace(state, listing)?.message).toContain('already listed');
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
