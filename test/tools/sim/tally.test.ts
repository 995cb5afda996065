import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../../rules/fingerprint.ts';
import type { GameRow } from '../../../server/games/game-row.ts';
import { median, percentile } from '../../../server/games/stats.ts';
import { runSimulation, summarise } from '../../../tools/sim/run.ts';
import type { SimOptions } from '../../../tools/sim/run.ts';
import { SummaryTally } from '../../../tools/sim/tally.ts';

/** A batch's summary gathered one game at a time (issue 14: a million games in flat memory). */

const options: SimOptions = {
  games: 0,
  seed: 's',
  scenarioId: 'baseline-2025',
  us: 'random',
  china: 'random',
};

const noCounters = {
  effectiveComputeEflops: 0,
  developersM: 0,
  maturity: 0,
  researchPoints: 0,
  researchDone: 0,
  toolGroups: 0,
  budgetBn: 0,
};

const row = (winner: GameRow['winner'], leadByRound: number[]): GameRow => ({
  index: 0,
  seed: 's:0',
  us: 'random',
  china: 'random',
  overrides: {},
  winner,
  reason: 'finalScore',
  rounds: leadByRound.length,
  moves: 0,
  margin: leadByRound.at(-1) ?? 0,
  escalation: 0,
  sides: { us: noCounters, china: noCounters },
  leadByRound,
  escalationByRound: leadByRound.map(() => 0),
  actions: { us: {}, china: {} },
  productionBillShare: { us: 0, china: 0 },
  fingerprint: '0',
});

const summaryOf = (rows: readonly GameRow[]) => summarise(options, rows);

describe('swing indicators', () => {
  it('counts comebacks by the side trailing after round 2 among decisive games', () => {
    const rows = [
      row('china', [1, 2, -3]), // China trailed after round 2 and won: a comeback
      row('us', [1, 2, 3]), // the leader won
      row('us', [-1, -1, 4]), // the US trailed and won: a comeback
      row('draw', [-1, -2]), // a draw: not counted
      row('us', [3]), // no round-2 record: not counted
      row('china', [1, 0]), // level after round 2: not counted
    ];
    expect(summaryOf(rows).comebackRate).toMatchObject({ comebacks: 2, games: 3, p: 2 / 3 });
    expect(summaryOf(rows).leadChangesPerGame).toBe(0.333);
  });

  it('histograms lengths from round 1 to the longest game', () => {
    const rows = [row('us', [1, 1, 1]), row('us', [1]), row('us', [1, 1, 1])];
    expect(summaryOf(rows).lengthRounds).toEqual({
      median: 3,
      p95: 3,
      min: 1,
      max: 3,
      histogram: { '1': 1, '2': 0, '3': 2 },
    });
  });

  it('averages the lead and escalation of each round over the games that reached it', () => {
    const long = row('us', [2, 4, 6]);
    long.escalationByRound = [1, 2, 3];
    const short = row('china', [-1]);
    short.escalationByRound = [2];
    expect(summaryOf([long, short]).trajectory).toEqual([
      { round: 1, games: 2, meanComputeLead: 0.5, meanEscalation: 1.5 },
      { round: 2, games: 1, meanComputeLead: 4, meanEscalation: 2 },
      { round: 3, games: 1, meanComputeLead: 6, meanEscalation: 3 },
    ]);
  });
});

describe('design indicators (issue 16)', () => {
  it('counts the games in which China led the track at any round end', () => {
    const rows = [row('us', [1, -1, 2]), row('us', [1, 2, 3]), row('china', [0, -2]), row('us', [0, 0])];
    expect(summaryOf(rows).chinaLedShare).toBe(0.5);
    expect(summaryOf([]).chinaLedShare).toBe(0);
  });

  it('reports each menu action’s uses a game, share of the side’s actions and share of games', () => {
    const a = row('us', [1]);
    a.actions = { us: { buildFab: 3, learnYield: 1 }, china: { retaliate: 2 } };
    const b = row('us', [1]);
    b.actions = { us: { buildFab: 1 }, china: {} };
    const usage = summaryOf([a, b]).actionUsage;
    expect(usage.us.buildFab).toEqual({ usesPerGame: 2, share: 0.8, gamesShare: 1 });
    expect(usage.us.learnYield).toEqual({ usesPerGame: 0.5, share: 0.2, gamesShare: 0.5 });
    expect(usage.us.buildPower).toEqual({ usesPerGame: 0, share: 0, gamesShare: 0 });
    expect(usage.china.retaliate).toEqual({ usesPerGame: 1, share: 1, gamesShare: 0.5 });
    expect(Object.keys(usage.us)).not.toContain('retaliate');
  });

  it('reports each menu action’s mean uses by round over the games that played the round', () => {
    const long = row('us', [1, 2, 3]);
    long.actionRounds = { us: { takeSubsidy: [1, 0, 2] }, china: { researchDomestic: [2] } };
    const short = row('china', [1]);
    short.actionRounds = { us: { takeSubsidy: [3] }, china: {} };
    const byRound = summaryOf([long, short]).actionUsageByRound;
    // Round 1 was played by both games, rounds 2 and 3 by the long one only.
    expect(byRound?.us.takeSubsidy).toEqual([2, 0, 2]);
    expect(byRound?.us.buildFab).toEqual([0, 0, 0]);
    expect(byRound?.china.researchDomestic).toEqual([1, 0, 0]);
    expect(Object.keys(byRound?.us ?? {})).not.toContain('researchDomestic');
  });

  it('leaves out the uses by round when a row came without them (a tournament’s)', () => {
    const withRounds = row('us', [1]);
    withRounds.actionRounds = { us: { buildFab: [1] }, china: {} };
    expect(summaryOf([withRounds, row('us', [1])]).actionUsageByRound).toBeUndefined();
    expect(summaryOf([withRounds]).actionUsageByRound).toBeDefined();
  });

  it('averages the production bill share over games', () => {
    const a = row('us', [1]);
    a.productionBillShare = { us: 0.2, china: 0.1 };
    const b = row('us', [1]);
    b.productionBillShare = { us: 0.4, china: 0.3 };
    expect(summaryOf([a, b]).productionBillShare).toEqual({ us: 0.3, china: 0.2 });
  });
});

describe('a tally of real games', () => {
  it('gives the figures a pass over the kept rows gives', () => {
    const { summary, rows } = runSimulation({ ...options, games: 24, us: 'greedy', china: 'random' });
    const rounds = rows.map((each) => each.rounds);
    const moves = rows.map((each) => each.moves);
    expect(summary.lengthRounds).toMatchObject({
      median: median(rounds),
      p95: percentile(rounds, 0.95),
      min: rounds.reduce((a, b) => Math.min(a, b)),
      max: rounds.reduce((a, b) => Math.max(a, b)),
    });
    expect(summary.movesPerGame).toEqual({ median: median(moves), p95: percentile(moves, 0.95) });
    expect(summary.fingerprint).toBe(fingerprint(rows.map((each) => each.fingerprint)));
    for (const each of rows)
      for (const side of ['us', 'china'] as const)
        for (const [action, uses] of Object.entries(each.actions[side]))
          expect(each.actionRounds?.[side][action]?.reduce((a, b) => a + b, 0)).toBe(uses);
    const firstRoundSubsidies = rows.reduce(
      (sum, each) => sum + (each.actionRounds?.us.takeSubsidy?.[0] ?? 0),
      0,
    );
    expect(summary.actionUsageByRound?.us.takeSubsidy?.[0]).toBe(
      Math.round((firstRoundSubsidies / rows.length) * 1000) / 1000,
    );
    const firstRound = rows.map((each) => each.leadByRound[0] ?? 0);
    expect(summary.trajectory[0]?.meanComputeLead).toBe(
      Math.round((firstRound.reduce((a, b) => a + b, 0) / rows.length) * 1000) / 1000,
    );
  });

  it('refuses to fingerprint a batch that got fewer or more games than it was opened for', () => {
    const short = new SummaryTally(2);
    short.add(row('us', [1]));
    expect(() => short.summary(options)).toThrow('got 1');
    const over = new SummaryTally(0);
    expect(() => {
      over.add(row('us', [1]));
    }).toThrow('got one more');
  });
});

describe('a summary over many rows (issue 14)', () => {
  it('summarises 300,000 rows without spreading them into arguments', () => {
    const games = 300_000;
    const templates = [1, 2, 3, 4, 5, 6, 7, 8].map((rounds) => ({
      ...row(
        rounds % 2 === 0 ? 'us' : 'china',
        Array.from({ length: rounds }, (_, i) => i - 3),
      ),
      moves: rounds * 10,
      fingerprint: fingerprint(rounds),
    }));
    // One object per length, listed 300,000 times: the array is long, the memory small.
    const rows = Array.from({ length: games }, (_, i) => templates[i % templates.length] ?? row('draw', []));
    const summary = summarise(options, rows);
    expect(summary.games).toBe(games);
    expect(summary.wins).toEqual({ us: games / 2, china: games / 2, draw: 0 });
    expect(summary.lengthRounds).toEqual({
      median: 4,
      p95: 8,
      min: 1,
      max: 8,
      histogram: Object.fromEntries(templates.map((each) => [String(each.rounds), games / 8])),
    });
    expect(summary.movesPerGame).toEqual({ median: 40, p95: 80 });
    expect(summary.trajectory.map((point) => point.games)).toEqual(
      [8, 7, 6, 5, 4, 3, 2, 1].map((n) => (n * games) / 8),
    );
    expect(summary.fingerprint).toBe(fingerprint(rows.map((each) => each.fingerprint)));
  });
});
