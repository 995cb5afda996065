import { describe, expect, it } from 'vitest';
import type { Fab } from '../../rules/index.ts';
import { fabGroups, maxFabBars } from '../../src/board/supply-chain-model.ts';
import { formatEflopsCompact } from '../../src/board/format.ts';
import { createGame, observe } from '../../rules/index.ts';
import { seatLabel } from '../../src/board/match-setup.ts';
import { latestPlays } from '../../src/board/played-cards.ts';
import { refusalWords } from '../../src/board/refusal-words.ts';
import { handWaitReason } from '../../src/board/status.ts';
import { researchCountdowns, supplyChainStations } from '../../src/board/supply-chain-model.ts';
import { winConditions } from '../../src/board/win-progress.ts';

/** The board's pure models: what the SVG board and the "how to win" panel draw from a view. */

describe('the supply chain drawn from the view', () => {
  const view = observe(createGame({ seed: 'chain' }), 'spectator');

  it('runs from lithography to developers on both sides', () => {
    for (const side of ['us', 'china'] as const) {
      expect(supplyChainStations(view, side).map((station) => station.id)).toEqual([
        'lithography',
        'fabs',
        'packaging',
        'chips',
        'clusters',
        'compute',
        'ecosystem',
      ]);
    }
  });

  it('shows every Chinese DUV tool group’s wear and each fab’s yield toward its cap', () => {
    const [lithography, fabs] = supplyChainStations(view, 'china');
    expect(lithography?.wear?.fractions).toEqual(view.sides.china.toolGroupWear);
    const firstFab = view.sides.china.fabs[0];
    expect(fabs?.bars[0]?.fill).toBe(firstFab?.yieldFraction);
    expect(fabs?.bars[0]?.cap).toBe(
      firstFab ? view.params.yieldCap[firstFab.route][firstFab.node] : undefined,
    );
  });

  it('does not show production figures as zero before the first round ends; compute is the starting fleets’', () => {
    const stations = supplyChainStations(view, 'us');
    const packaging = stations.find((station) => station.id === 'packaging');
    expect(packaging?.lines.join(' ')).toContain('known at the round’s end');
    const compute = stations.find((station) => station.id === 'compute');
    expect(view.sides.us.last.effectiveComputeEflops).toBeGreaterThan(0);
    expect(compute?.lines[0]?.replaceAll('\u00a0', ' ')).toBe(
      formatEflopsCompact(view.sides.us.last.effectiveComputeEflops),
    );
    expect(compute?.lines.join(' ')).not.toContain(' 0 EFLOPS');
  });

  it('counts down China’s research tracks, and none for the US', () => {
    const countdowns = researchCountdowns(view, 'china');
    expect(countdowns.map((countdown) => [countdown.progress, countdown.needed])).toEqual([
      [view.sides.china.researchProgress.domesticEuv, view.params.research.domesticEuvPoints],
      [view.sides.china.researchProgress.domesticHbm, view.params.research.domesticHbmPoints],
      [view.sides.china.researchProgress.domesticSpares, view.params.research.domesticSparesPoints],
    ]);
    expect(researchCountdowns(view, 'us')).toEqual([]);
  });
});

describe('how to win (RULEBOOK §14)', () => {
  it('lists every way the game ends, with the six links of China’s self-reliance loop', () => {
    const state = createGame({ seed: 'win' });
    state.sides.china.researchDone.domesticSpares = true;
    const conditions = winConditions(observe(state, 'us'));
    expect(conditions.map((condition) => condition.id)).toEqual([
      'computeLead',
      'selfReliance',
      'chokehold',
      'escalation',
      'finalScore',
    ]);
    // A quiet round from the start: China's small fleet grows faster, so the frontier race is China's.
    const lead = conditions.find((condition) => condition.id === 'computeLead');
    expect(lead?.checks[0]?.text).toMatch(/frontier China \+[12] \(China gaining \d+% of ground\)/);
    const selfReliance = conditions.find((condition) => condition.id === 'selfReliance');
    // EUV producing, HBM supplying, spares, independent developers, maturity, dependency within its bound.
    expect(selfReliance?.checks.map((check) => check.met)).toEqual([false, false, true, false, false, true]);
    expect(selfReliance?.progress).toBeCloseTo(2 / 6);
  });
});

describe('words for the board', () => {
  it('says a stale move in plain words, and keeps the rules’ own sentences', () => {
    expect(refusalWords({ code: 'staleState', message: 'the match is at state 3, not 2' })).not.toContain(
      'state 3',
    );
    expect(refusalWords({ code: 'notEnoughBudget', message: 'Build power costs $6.0Bn' })).toBe(
      'Build power costs $6.0Bn.',
    );
  });

  it('labels a bot seat as a bot, never offline', () => {
    expect(seatLabel({ name: 'Bot (greedy)', connected: false, bot: true })).toBe('Bot (greedy)');
    expect(seatLabel({ name: 'Ada', connected: false, bot: false })).toBe('Ada · offline');
    expect(seatLabel({ name: undefined, connected: undefined, bot: false })).toBe('open seat');
  });
});

describe('the cards last played, from the public log', () => {
  it('finds each side’s latest headline, event, operations or shelved card', () => {
    const latest = latestPlays([
      { round: 1, side: null, text: 'Headlines: US The CUDA Moat, China DeepSeek-V3.' },
      { round: 1, side: 'china', text: 'China plays Stop Buying Nvidia for 3 operations.' },
    ]);
    expect(latest.us).toEqual({ side: 'us', cardId: 'cuda-developer-base', how: 'headline', round: 1 });
    expect(latest.china).toEqual({
      side: 'china',
      cardId: 'stop-buying-nvidia',
      how: '3 operations',
      round: 1,
    });
  });
});

describe('a hand never sits silent', () => {
  it('says why the cards have no buttons while the rival moves', () => {
    const state = createGame({ seed: 'wait' });
    expect(handWaitReason(observe(state, 'us'))).toBe('');
    state.phase = 'action';
    state.activeSide = 'china';
    expect(handWaitReason(observe(state, 'us'))).toBe('China is moving: your cards come alive on your turn.');
    expect(handWaitReason(observe(state, 'spectator'))).toBe('');
  });
});

describe('fabs on the board', () => {
  const fab = (id: number, node: 'n5' | 'n7', roundsUntilOnline: number): Fab => ({
    id,
    node,
    route: 'duv',
    capacityKWafersPerRound: 25,
    yieldFraction: 0.3,
    roundsUntilOnline,
  });

  it('draws fabs of one node, route and construction state as one bar, so a big fleet still fits', () => {
    const groups = fabGroups([fab(1, 'n5', 0), fab(2, 'n7', 0), fab(3, 'n5', 0), fab(4, 'n5', 1)]);
    expect(groups.map((group) => group.map((f) => f.id))).toEqual([[1, 3], [2], [4]]);
  });

  it('draws at most a few bars and sums the rest in a line after them, however many fabs a side builds', () => {
    const state = createGame({ seed: 'fabs' });
    state.sides.china.fabs = [
      fab(1, 'n7', 0),
      fab(2, 'n5', 0),
      fab(3, 'n7', 1),
      fab(4, 'n5', 1),
      fab(5, 'n7', 2),
    ];
    const station = supplyChainStations(observe(state, 'china'), 'china').find((s) => s.id === 'fabs');
    expect(station?.bars).toHaveLength(maxFabBars - 1);
    expect(station?.lines).toEqual([]);
    expect(station?.closingLines?.map((line) => line.replaceAll('\u00a0', ' '))).toEqual([
      '+3 more fabs, 75k wafers',
    ]);
  });
});
