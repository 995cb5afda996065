import { describe, expect, it } from 'vitest';
import { defaultParameters } from '../../rules/content/parameters.ts';
import type { GameState } from '../../rules/index.ts';
import {
  adoptionPoints,
  changeComputeLead,
  ecosystemPoints,
  frontierClassBarEflops,
  frontierClassBarInYear,
  frontierClassPoints,
  frontierPoints,
  isChokehold,
  meetsSelfReliance,
  scoreRound,
} from '../../rules/mechanics/scoring.ts';
import { computeRound } from '../../rules/mechanics/compute.ts';
import { produce } from '../../rules/mechanics/production.ts';
import { newGame } from './helpers.ts';

/**
 * A state that scores 0 in every contest but frontier class (which always scores: China's 1 EFLOPS is
 * under the bar, +1) and meets no victory condition.
 */
function quietState(): GameState {
  const state = newGame();
  const s = state.params.scoring;
  state.sides.us.last.trainingEflops = 6;
  state.sides.china.last.trainingEflops = 1;
  state.frontierReferenceRatio = 6; // no ground gained since the last round end
  state.sides.us.influence = state.sides.us.influenceAtLastScoring + 1;
  state.sides.china.influence = state.sides.china.influenceAtLastScoring; // gains differ by less than the margin
  state.sides.us.developersM = 3;
  state.sides.china.developersM = 1; // below 4× and China below half
  state.sides.china.last.goodWaferCapacityK = s.chokeholdGoodWafersK + 10;
  return state;
}

function meetSelfReliance(state: GameState): void {
  const china = state.sides.china;
  const s = state.params.scoring;
  china.researchDone.domesticEuv = true;
  china.researchDone.domesticHbm = true;
  china.researchDone.domesticSpares = true;
  china.last.euvWafersK = s.selfRelianceEuvWafersK;
  china.last.chipsPackagedK = s.selfRelianceChipsK;
  china.developersM = s.selfRelianceDevelopersM;
  china.maturity = s.selfRelianceMaturity;
  china.dependency = s.selfRelianceMaxDependency;
}

describe('scoring contests (RULEBOOK §14)', () => {
  const gains = defaultParameters.scoring;
  const one = gains.frontierOnePointGain;
  const two = gains.frontierTwoPointGain;
  it.each([
    ['the US pulls away by the two-point share', 10 * (1 + two), 2],
    ['the US pulls away by the one-point share', 10 * (1 + one), 1],
    ['the ratio barely moves', 10 * (1 + one / 2), 0],
    ['nothing changes', 10, 0],
    ['China closes by the one-point share', 10 * (1 - one), -1],
    ['China closes by the two-point share', 10 * (1 - two), -2],
    ['China halves the gap', 5, -2],
  ])('frontier race: %s (ratio 10 → %s) scores %s (RULEBOOK §14)', (_what, ratioNow, points) => {
    const state = newGame();
    state.frontierReferenceRatio = 10;
    state.sides.us.last.trainingEflops = ratioNow;
    state.sides.china.last.trainingEflops = 1;
    expect(frontierPoints(state)).toBe(points);
  });

  it('frontier race: a bigger side that stands still loses ground to a smaller side that grows (RULEBOOK §14)', () => {
    const state = newGame();
    state.sides.us.last.trainingEflops = 2000;
    state.sides.china.last.trainingEflops = 100;
    state.frontierReferenceRatio = 20;
    expect(frontierPoints(state)).toBe(0);
    state.sides.china.last.trainingEflops = 150; // China grew by half, the US did not
    expect(frontierPoints(state)).toBe(-2);
  });

  it.each([
    [3, 0, 1],
    [2, 0, 1],
    [1, 0, 0],
    [3, 3, 0],
    [0, 2, -1],
    [1, 4, -1],
  ])('adoption race: influence gained US %s vs China %s scores %s (RULEBOOK §14)', (us, china, points) => {
    const state = newGame();
    state.sides.us.influence = state.sides.us.influenceAtLastScoring + us;
    state.sides.china.influence = state.sides.china.influenceAtLastScoring + china;
    expect(adoptionPoints(state)).toBe(points);
  });

  it.each([
    [8, 2, 1],
    [7, 2, 0],
    // China scores at 55% of the US's developers (rules 2.6.0): 2 of 4 is short, 2.2 of 4 is there.
    [4, 2, 0],
    [4, 2.2, -1],
    [3, 2, -1],
  ])('ecosystem: developers US %s vs China %s scores %s (RULEBOOK §14)', (us, china, points) => {
    const state = newGame();
    state.sides.us.developersM = us;
    state.sides.china.developersM = china;
    expect(ecosystemPoints(state)).toBe(points);
  });

  it('ecosystem: captive developers brought by the mandate do not count (RULEBOOK §8, §14)', () => {
    const state = newGame();
    state.sides.us.developersM = 5;
    state.sides.china.developersM = 3;
    expect(ecosystemPoints(state)).toBe(-1);
    state.sides.china.captiveDevelopersM = 1.5;
    expect(ecosystemPoints(state)).toBe(0);
  });

  it('a round’s points move the compute-lead track by their sum, and set the next round’s marks (RULEBOOK §14)', () => {
    const state = quietState();
    state.sides.us.last.trainingEflops = 100; // ratio 6 → 100: +2
    state.sides.china.influence = state.sides.china.influenceAtLastScoring + 4; // -1
    const points = scoreRound(state);
    expect(points).toEqual({ frontier: 2, frontierClass: 1, adoption: -1, ecosystem: 0 });
    expect(state.computeLead).toBe(2);
    expect(state.result).toBeNull();
    expect(state.frontierReferenceRatio).toBe(100);
    expect(state.sides.china.influenceAtLastScoring).toBe(state.sides.china.influence);
    expect(frontierPoints(state)).toBe(0);
    expect(adoptionPoints(state)).toBe(0);
  });
});

describe('frontier class (RULEBOOK §14)', () => {
  it('sets China against a bar that grows each year from its 2025 value', () => {
    const state = newGame();
    const s = state.params.scoring;
    expect(frontierClassBarInYear(s, 2025)).toBe(s.frontierClassEflops2025);
    expect(frontierClassBarInYear(s, 2028)).toBeCloseTo(
      s.frontierClassEflops2025 * s.frontierClassGrowthPerYear ** 3,
      9,
    );
    state.year = 2027;
    expect(frontierClassBarEflops(state)).toBe(frontierClassBarInYear(s, 2027));
  });

  it('scores 1 for China at or above the bar and 1 for the US below it, whatever the US trains', () => {
    const state = quietState();
    const bar = frontierClassBarEflops(state);
    state.sides.china.last.trainingEflops = bar;
    expect(frontierClassPoints(state)).toBe(-1);
    state.sides.us.last.trainingEflops = bar * 1000;
    expect(frontierClassPoints(state)).toBe(-1);
    state.sides.china.last.trainingEflops = bar * 0.999;
    expect(frontierClassPoints(state)).toBe(1);
  });

  it('counts a constant multiplier of China’s compute that the race cancels: better HBM (RULEBOOK §9, §14)', () => {
    // The same fleet, once with imported-class HBM and once with US-class bandwidth, its reference ratio
    // moving with it: the race sees no ground gained either way, frontier class sees the difference.
    const trained = (bandwidthTBps: number, barEflops = 1): GameState => {
      const state = newGame('hbm', {
        overrides: {
          'memory.importedHbmBandwidthTBps': bandwidthTBps,
          'scoring.frontierClassEflops2025': barEflops,
        },
      });
      computeRound(state, 'us');
      computeRound(state, 'china');
      state.frontierReferenceRatio =
        state.sides.us.last.trainingEflops / state.sides.china.last.trainingEflops;
      return state;
    };
    const gain = trained(8).sides.china.last.trainingEflops / trained(3.2).sides.china.last.trainingEflops;
    expect(gain).toBeGreaterThan(1.2);
    // A bar between the two: only the better-fed fleet reaches it.
    const bar = trained(3.2).sides.china.last.trainingEflops * Math.sqrt(gain);
    const imported = trained(3.2, bar);
    const usClass = trained(8, bar);
    expect(frontierPoints(imported)).toBe(0);
    expect(frontierPoints(usClass)).toBe(0);
    expect(frontierClassPoints(imported)).toBe(1);
    expect(frontierClassPoints(usClass)).toBe(-1);
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

  it('self-reliance is a closed loop: every link together, from lithography to software (RULEBOOK §14)', () => {
    const state = quietState();
    meetSelfReliance(state);
    expect(meetsSelfReliance(state)).toBe(true);
    const breakers: ((s: GameState) => void)[] = [
      (s) => (s.sides.china.researchDone.domesticEuv = false),
      (s) => (s.sides.china.last.euvWafersK = s.params.scoring.selfRelianceEuvWafersK - 0.1),
      (s) => (s.sides.china.researchDone.domesticHbm = false),
      (s) => (s.sides.china.last.chipsPackagedK = s.params.scoring.selfRelianceChipsK - 1),
      (s) => (s.sides.china.researchDone.domesticSpares = false),
      (s) => (s.sides.china.developersM = s.params.scoring.selfRelianceDevelopersM - 0.01),
      (s) => (s.sides.china.captiveDevelopersM = 0.5),
      (s) => (s.sides.china.maturity = s.params.scoring.selfRelianceMaturity - 0.5),
      (s) => (s.sides.china.dependency = s.params.scoring.selfRelianceMaxDependency + 0.1),
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
    expect(state.log.at(-1)).toMatchObject({
      side: 'china',
      text: expect.stringContaining('self-reliance loop') as string,
    });
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

  it('the US wins by chokehold when China’s working wafers stay below the threshold at two round ends (RULEBOOK §14)', () => {
    const state = quietState();
    expect(state.params.scoring.chokeholdRoundsToHold).toBe(2);
    state.sides.china.last.goodWaferCapacityK = state.params.scoring.chokeholdGoodWafersK - 0.1;
    expect(isChokehold(state)).toBe(true);
    scoreRound(state);
    expect(state.chokeholdRoundsHeld).toBe(1);
    expect(state.result).toBeNull();
    // The warning a round ahead: China sees the noose before it closes.
    expect(state.log.at(-1)).toMatchObject({
      side: 'us',
      text: expect.stringContaining('chokehold') as string,
    });
    scoreRound(state);
    expect(state.chokeholdRoundsHeld).toBe(2);
    expect(state.result).toMatchObject({ winner: 'us', reason: 'chokehold' });
  });

  it('a round end out of the chokehold starts its count again: China can slip the noose (RULEBOOK §14)', () => {
    const state = quietState();
    const threshold = state.params.scoring.chokeholdGoodWafersK;
    state.sides.china.last.goodWaferCapacityK = threshold - 0.1;
    scoreRound(state);
    expect(state.chokeholdRoundsHeld).toBe(1);
    state.sides.china.last.goodWaferCapacityK = threshold;
    scoreRound(state);
    expect(state.chokeholdRoundsHeld).toBe(0);
    state.sides.china.last.goodWaferCapacityK = threshold - 0.1;
    scoreRound(state);
    expect(state.chokeholdRoundsHeld).toBe(1);
    expect(state.result).toBeNull();
  });

  it('the chokehold counts working wafers: the same fab and tools at a lower yield fall into it (RULEBOOK §14)', () => {
    const withYield = (yieldFraction: number): GameState => {
      const state = quietState();
      const china = state.sides.china;
      const fab = china.fabs.find((f) => f.route === 'duv' && f.node === 'n7' && f.roundsUntilOnline === 0);
      if (!fab) throw new Error('the baseline starts China with a producing 7nm DUV fab');
      fab.yieldFraction = yieldFraction;
      // Tools to spare, and wafers enough that 30% of them is under the threshold and 80% over it.
      fab.capacityKWafersPerRound = state.params.scoring.chokeholdGoodWafersK / 0.55;
      china.fabs = [fab];
      produce(state, 'china');
      return state;
    };
    const low = withYield(0.3);
    const high = withYield(0.8);
    expect(low.sides.china.last.advancedCapacityKWafers).toBeCloseTo(
      high.sides.china.last.advancedCapacityKWafers,
    );
    expect(low.sides.china.last.goodWaferCapacityK).toBeCloseTo(
      low.sides.china.last.advancedCapacityKWafers * 0.3,
    );
    expect(high.sides.china.last.goodWaferCapacityK).toBeCloseTo(
      high.sides.china.last.advancedCapacityKWafers * 0.8,
    );
    expect(isChokehold(low)).toBe(true);
    expect(isChokehold(high)).toBe(false);
  });

  it('domestic EUV research alone does not break the chokehold: fabs that run do (RULEBOOK §14)', () => {
    const strangled = quietState();
    strangled.sides.china.last.goodWaferCapacityK = 0;
    strangled.sides.china.researchDone.domesticEuv = true;
    expect(isChokehold(strangled)).toBe(true);
    strangled.chokeholdRoundsHeld = strangled.params.scoring.chokeholdRoundsToHold - 1;
    scoreRound(strangled);
    expect(strangled.result).toMatchObject({ winner: 'us', reason: 'chokehold' });

    const running = quietState();
    running.sides.china.researchDone.domesticEuv = true;
    running.sides.china.last.goodWaferCapacityK = running.params.scoring.chokeholdGoodWafersK;
    expect(isChokehold(running)).toBe(false);
    running.chokeholdRoundsHeld = running.params.scoring.chokeholdRoundsToHold - 1;
    scoreRound(running);
    expect(running.result).toBeNull();
  });

  it('after the last round the track’s sign decides: US, China or a draw (RULEBOOK §14)', () => {
    for (const [lead, winner] of [
      [2, 'us'],
      [-3, 'china'],
      [0, 'draw'],
    ] as const) {
      const state = quietState();
      state.round = state.params.calendar.roundCount;
      // The frontier-class contest always scores: start where it leaves the track at `lead`.
      state.computeLead = lead - frontierClassPoints(state);
      scoreRound(state);
      expect(state.computeLead).toBe(lead);
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
