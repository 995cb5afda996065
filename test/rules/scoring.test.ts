import { describe, expect, it } from 'vitest';
import { defaultParameters } from '../../rules/content/parameters.ts';
import type { GameState } from '../../rules/index.ts';
import {
  adoptionPoints,
  changeComputeLead,
  ecosystemPoints,
  frontierPoints,
  isChokehold,
  meetsSelfReliance,
  scoreRound,
} from '../../rules/mechanics/scoring.ts';
import { newGame } from './helpers.ts';

/** A state that scores 0 in every domain and meets no victory condition. */
function quietState(): GameState {
  const state = newGame();
  const s = state.params.scoring;
  state.sides.us.last.trainingEflops = 6;
  state.sides.china.last.trainingEflops = 1; // ratio 6: between China's 4 and the US's 8
  state.sides.us.influence = 6;
  state.sides.china.influence = 5; // the US leads by less than its margin, China is not level
  state.sides.us.developersM = 3;
  state.sides.china.developersM = 1; // below 4× and China below half
  state.sides.china.last.advancedCapacityKWafers = s.chokeholdCapacityKWafers + 10;
  return state;
}

function meetSelfReliance(state: GameState): void {
  const china = state.sides.china;
  china.researchDone.domesticEuv = true;
  china.researchDone.domesticHbm = true;
  china.developersM = state.params.scoring.selfRelianceDevelopersM;
  china.maturity = state.params.scoring.selfRelianceMaturity;
}

describe('scoring domains (RULEBOOK §14)', () => {
  const ratios = defaultParameters.scoring;
  it.each([
    [ratios.frontierUsTwoPointRatio + 6, 1, 2],
    [ratios.frontierUsTwoPointRatio, 1, 2],
    [(ratios.frontierUsOnePointRatio + ratios.frontierUsTwoPointRatio) / 2, 1, 1],
    [ratios.frontierUsOnePointRatio, 1, 1],
    [(ratios.frontierUsOnePointRatio + ratios.frontierChinaOnePointRatio) / 2, 1, 0],
    [ratios.frontierChinaOnePointRatio, 1, -1],
    [(ratios.frontierChinaOnePointRatio + ratios.frontierChinaTwoPointRatio) / 2, 1, -1],
    [ratios.frontierChinaTwoPointRatio, 1, -2],
    [1, 1, -2],
    [0, 0, 0],
    [5, 0, 2],
  ])('frontier: US %s vs China %s training EFLOPS scores %s (RULEBOOK §14)', (us, china, points) => {
    const state = newGame();
    state.sides.us.last.trainingEflops = us;
    state.sides.china.last.trainingEflops = china;
    expect(frontierPoints(state)).toBe(points);
  });

  it.each([
    [13, 10, 1],
    [12, 10, 0],
    [10, 10, -1],
    [8, 10, -1],
  ])('adoption: influence US %s vs China %s scores %s (RULEBOOK §14)', (us, china, points) => {
    const state = newGame();
    state.sides.us.influence = us;
    state.sides.china.influence = china;
    expect(adoptionPoints(state)).toBe(points);
  });

  it.each([
    [8, 2, 1],
    [7, 2, 0],
    [4, 2, -1],
    [3, 2, -1],
  ])('ecosystem: developers US %s vs China %s scores %s (RULEBOOK §14)', (us, china, points) => {
    const state = newGame();
    state.sides.us.developersM = us;
    state.sides.china.developersM = china;
    expect(ecosystemPoints(state)).toBe(points);
  });

  it('a round’s points move the compute-lead track by their sum (RULEBOOK §14)', () => {
    const state = quietState();
    state.sides.us.last.trainingEflops = 100; // +2
    state.sides.china.influence = 7; // -1
    const points = scoreRound(state);
    expect(points).toEqual({ frontier: 2, adoption: -1, ecosystem: 0 });
    expect(state.computeLead).toBe(1);
    expect(state.result).toBeNull();
  });
});

describe('victory conditions (RULEBOOK §14)', () => {
  it('the US wins at once at its end of the compute-lead track (RULEBOOK §14)', () => {
    const state = newGame();
    state.computeLead = state.params.scoring.leadToWin - 1;
    changeComputeLead(state, 5);
    expect(state.computeLead).toBe(state.params.scoring.leadToWin);
    expect(state.result).toMatchObject({ winner: 'us', reason: 'computeLead' });
  });

  it('China wins at once at its end of the compute-lead track (RULEBOOK §14)', () => {
    const state = newGame();
    state.computeLead = -state.params.scoring.leadToWin + 1;
    changeComputeLead(state, -1);
    expect(state.result).toMatchObject({ winner: 'china', reason: 'computeLead' });
  });

  it('short of either end the track just moves (RULEBOOK §14)', () => {
    const state = newGame();
    changeComputeLead(state, state.params.scoring.leadToWin - 1);
    changeComputeLead(state, -2 * (state.params.scoring.leadToWin - 1));
    expect(state.computeLead).toBe(-(state.params.scoring.leadToWin - 1));
    expect(state.result).toBeNull();
  });

  it('self-reliance needs domestic EUV, domestic HBM, developers and maturity together (RULEBOOK §14)', () => {
    const state = quietState();
    meetSelfReliance(state);
    expect(meetsSelfReliance(state)).toBe(true);
    const breakers: ((s: GameState) => void)[] = [
      (s) => (s.sides.china.researchDone.domesticEuv = false),
      (s) => (s.sides.china.researchDone.domesticHbm = false),
      (s) => (s.sides.china.developersM = s.params.scoring.selfRelianceDevelopersM - 0.01),
      (s) => (s.sides.china.maturity = s.params.scoring.selfRelianceMaturity - 0.5),
    ];
    for (const breakOne of breakers) {
      const broken = quietState();
      meetSelfReliance(broken);
      breakOne(broken);
      expect(meetsSelfReliance(broken)).toBe(false);
    }
  });

  it('China wins by self-reliance held at the required number of consecutive round ends (RULEBOOK §14)', () => {
    const state = quietState();
    meetSelfReliance(state);
    state.sides.us.developersM = 1; // keep the ecosystem domain quiet with China's new developers
    const toHold = state.params.scoring.selfRelianceRoundsToHold;
    for (let i = 1; i < toHold; i++) {
      scoreRound(state);
      expect(state.selfRelianceRoundsHeld).toBe(i);
      expect(state.result).toBeNull();
    }
    scoreRound(state);
    expect(state.result).toMatchObject({ winner: 'china', reason: 'selfReliance' });
  });

  it('a round end without self-reliance resets the count (RULEBOOK §14)', () => {
    const state = quietState();
    meetSelfReliance(state);
    state.sides.us.developersM = 1;
    scoreRound(state);
    expect(state.selfRelianceRoundsHeld).toBe(1);
    state.sides.china.maturity = 0;
    scoreRound(state);
    expect(state.selfRelianceRoundsHeld).toBe(0);
    state.sides.china.maturity = state.params.scoring.selfRelianceMaturity;
    scoreRound(state);
    expect(state.selfRelianceRoundsHeld).toBe(1);
    expect(state.result).toBeNull();
  });

  it('the US wins by chokehold when China’s advanced output falls below the threshold without EUV (RULEBOOK §14)', () => {
    const state = quietState();
    state.sides.china.last.advancedCapacityKWafers = state.params.scoring.chokeholdCapacityKWafers - 0.1;
    expect(isChokehold(state)).toBe(true);
    scoreRound(state);
    expect(state.result).toMatchObject({ winner: 'us', reason: 'chokehold' });
  });

  it('domestic EUV breaks the chokehold (RULEBOOK §14)', () => {
    const state = quietState();
    state.sides.china.last.advancedCapacityKWafers = 0;
    state.sides.china.researchDone.domesticEuv = true;
    expect(isChokehold(state)).toBe(false);
    scoreRound(state);
    expect(state.result).toBeNull();
  });

  it('after the last round the track’s sign decides: US, China or a draw (RULEBOOK §14)', () => {
    for (const [lead, winner] of [
      [2, 'us'],
      [-3, 'china'],
      [0, 'draw'],
    ] as const) {
      const state = quietState();
      state.round = state.params.calendar.roundCount;
      state.computeLead = lead;
      scoreRound(state);
      expect(state.result).toEqual({ winner, reason: 'finalScore', round: state.round });
    }
  });

  it('before the last round a quiet scoring ends nothing (RULEBOOK §14)', () => {
    const state = quietState();
    state.round = state.params.calendar.roundCount - 1;
    scoreRound(state);
    expect(state.result).toBeNull();
  });

  it('the compute-lead win comes before self-reliance in the same scoring (RULEBOOK §14)', () => {
    const state = quietState();
    meetSelfReliance(state);
    state.sides.us.developersM = 1;
    state.selfRelianceRoundsHeld = state.params.scoring.selfRelianceRoundsToHold - 1;
    state.computeLead = state.params.scoring.leadToWin - 1;
    state.sides.us.last.trainingEflops = 100; // frontier +2, adoption 0, ecosystem -1
    scoreRound(state);
    expect(state.result).toMatchObject({ winner: 'us', reason: 'computeLead' });
  });
});
