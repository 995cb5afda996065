import { describe, expect, it } from 'vitest';
import type { Side } from '../../../rules/index.ts';
import { cardById, sides } from '../../../rules/index.ts';
import { describeResult } from '../../../src/board/format.ts';
import { classDebrief, endTextOf } from '../../../src/classroom/debrief/class-debrief.ts';
import { parseClassExport } from '../../../src/classroom/debrief/export-format.ts';
import { indicatorDefinitions } from '../../../src/charts/indicators.ts';
import { everyIndicatorSeries } from '../../../src/charts/indicator-series.ts';
import { decisionTimeline, firedEvents } from '../../../src/classroom/debrief/timeline.ts';
import { playClass, standardClass, standardPlans, tableOf } from './class-export-fixture.ts';

/**
 * The debrief's model over real games (test/src/classroom/class-export-fixture.ts: bots play each
 * table with the rules engine and the export is assembled from the game's state). Its discussion
 * prompts are debrief-prompts.test.ts's.
 */

const { export: classExport, played } = standardClass();
const tables = classExport.tables;

const table = (number: number) => tableOf(classExport, number);

describe('reading a class export', () => {
  it('parses an export that went through JSON, as a file or the server gives it', () => {
    const parsed = parseClassExport(JSON.parse(JSON.stringify(classExport)));
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(parsed.export.tables.map((entry) => entry.rounds.length)).toEqual(
        tables.map((entry) => entry.rounds.length),
      );
  });

  it.each([
    [null, 'no JSON object'],
    [[1, 2], 'not a class export'],
    [{ format: 'silicon-curtain-class/0' }, 'format is "silicon-curtain-class/0"'],
  ])('refuses %j with a message that says why', (input, words) => {
    const parsed = parseClassExport(input);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain(words);
  });

  it('still reads a format-1 file (one entry per table, before rematches): every table is its game 1', () => {
    const older = JSON.parse(JSON.stringify(classExport)) as { format: string; tables: { game?: number }[] };
    older.format = 'silicon-curtain-class/1';
    for (const entry of older.tables) delete entry.game;
    const parsed = parseClassExport(older);
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.export.tables.map((entry) => entry.game)).toEqual([1, 1, 1, 1]);
  });

  it('keeps each log entry’s effects, dropping a figure a newer server knows and this page does not', () => {
    const copy = JSON.parse(JSON.stringify(classExport)) as {
      tables: { log: { effects?: Record<string, unknown>[] }[] }[];
    };
    const log = copy.tables[0]?.log ?? [];
    const withEffects = log.findIndex((entry) => entry.effects !== undefined);
    const recorded = log[withEffects]?.effects ?? [];
    expect(recorded.length).toBeGreaterThan(0);
    recorded.push({ side: 'us', figure: 'quantumLead', before: 0, after: 1 });
    const parsed = parseClassExport(copy);
    expect(parsed.ok).toBe(true);
    if (parsed.ok)
      expect(parsed.export.tables[0]?.log[withEffects]?.effects).toEqual(
        tables[0]?.log[withEffects]?.effects,
      );
  });

  it('names the place where a damaged export breaks', () => {
    const damaged = JSON.parse(JSON.stringify(classExport)) as { tables: { rounds: { year: unknown }[] }[] };
    const record = damaged.tables[1]?.rounds[2];
    if (!record) throw new Error('fixture too short');
    record.year = 'soon';
    const parsed = parseClassExport(damaged);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.message).toContain('tables.1.rounds.2.year');
  });
});

describe('the series of every indicator', () => {
  it('has one value per round record on every line of every chart', () => {
    for (const entry of tables) {
      const series = everyIndicatorSeries(entry.rounds);
      for (const definition of indicatorDefinitions) {
        const { rounds, lines } = series[definition.id];
        expect(rounds).toEqual(entry.rounds.map((record) => record.round));
        for (const line of lines)
          expect(line.values, `${definition.id} ${line.key}`).toHaveLength(entry.rounds.length);
      }
    }
  });

  it("takes compute from the records' figures and the rest from their indicators", () => {
    const entry = table(2);
    const series = everyIndicatorSeries(entry.rounds);
    const values = (id: keyof typeof series, side: Side) =>
      series[id].lines.find((line) => line.key === side)?.values;
    for (const side of sides) {
      expect(values('effectiveCompute', side)).toEqual(
        entry.rounds.map((record) => record.figures[side].effectiveComputeEflops),
      );
      expect(values('trainingCompute', side)).toEqual(
        entry.rounds.map((record) => record.figures[side].trainingEflops),
      );
      expect(values('algorithmicMultiplier', side)).toEqual(
        entry.rounds.map((record) => record.figures[side].algorithmicMultiplier),
      );
      expect(values('budget', side)).toEqual(
        entry.rounds.map((record) => record.indicators?.[side]?.budgetBn),
      );
      expect(values('dependency', side)).toEqual(
        entry.rounds.map((record) => record.indicators?.[side]?.dependency),
      );
      expect(values('meanYield', side)).toEqual(
        entry.rounds.map((record) => (record.indicators?.[side]?.meanYieldFraction ?? Number.NaN) * 100),
      );
    }
    expect(series.computeLead.lines).toEqual([
      { key: 'shared', values: entry.rounds.map((record) => record.computeLead) },
    ]);
    expect(series.escalation.lines).toEqual([
      { key: 'shared', values: entry.rounds.map((record) => record.escalation) },
    ]);
    expect(series.toolWear.lines.map((line) => line.key)).toEqual(['china']);
  });

  it('shows a record without indicators (from before rules 2.1.0) as a gap, not a zero', () => {
    const entry = table(1);
    expect(entry.rounds[0]?.indicators).toBeNull();
    const series = everyIndicatorSeries(entry.rounds);
    for (const id of [
      'budget',
      'meanYield',
      'dependency',
      'independentDevelopers',
      'maturity',
      'chips',
      'influence',
    ] as const) {
      for (const line of series[id].lines) {
        expect(line.values[0], `${id} ${line.key}`).toBeUndefined();
        expect(line.values[1], `${id} ${line.key}`).toBeTypeOf('number');
      }
    }
    // The figures were always on the record: compute has no gap.
    expect(series.effectiveCompute.lines[0]?.values[0]).toBe(
      entry.rounds[0]?.figures.us.effectiveComputeEflops,
    );
  });
});

describe('the decision timeline', () => {
  it.each([1, 2, 3])(
    'table %i: every card played, headline and action is there, in the round it was made',
    (number) => {
      const entry = table(number);
      const truth = played[number - 1]?.roundOfMove ?? [];
      const timeline = decisionTimeline(entry, entry.rounds);
      const shown = timeline.flatMap(({ round, entries }) => entries.map((item) => ({ round, item })));
      const expected = entry.moves.flatMap((journal, index) => {
        const { move } = journal;
        const round = truth[index];
        if (move.type === 'playCard' && 'cardId' in move && 'use' in move)
          return [{ round, kind: 'card', side: move.side, id: `${move.cardId}:${move.use}` }];
        if (move.type === 'chooseHeadline' && 'cardId' in move)
          return [{ round, kind: 'headline', side: move.side, id: move.cardId }];
        if (move.type === 'takeAction' && 'action' in move)
          return [{ round, kind: 'action', side: move.side, id: move.action }];
        return [];
      });
      const actual = shown.flatMap(({ round, item }) => {
        if (item.kind === 'card')
          return [{ round, kind: 'card', side: item.side, id: `${item.card.id}:${item.use}` }];
        if (item.kind === 'headline') return [{ round, kind: 'headline', side: item.side, id: item.card.id }];
        if (item.kind === 'action') return [{ round, kind: 'action', side: item.side, id: item.action }];
        return [];
      });
      expect(expected.length).toBeGreaterThan(20);
      expect(actual).toEqual(expected);
    },
  );

  it("gives each card its catalogue title and public source, and marks a rival's card played for operations", () => {
    const timeline = decisionTimeline(table(2), table(2).rounds);
    const cardsShown = timeline.flatMap(({ entries }) => entries.filter((entry) => entry.kind === 'card'));
    for (const entry of cardsShown) {
      const card = cardById(entry.card.id);
      expect(entry.card.title).toBe(card.title);
      expect(entry.card.source).toBe(card.source);
      expect(entry.firedRivalEvent).toBe(
        entry.use === 'ops' && card.owner !== 'neutral' && card.owner !== entry.side,
      );
    }
  });

  it('puts an injected event in the round it resolved in: at once, or the round it was scheduled for (rules 2.1.0)', () => {
    const scheduled = decisionTimeline(table(1), table(1).rounds);
    const injectsIn = (timeline: typeof scheduled) =>
      timeline.flatMap(({ round, entries }) =>
        entries.filter((entry) => entry.kind === 'inject').map((entry) => ({ round, entry })),
      );
    expect(injectsIn(scheduled)).toEqual([
      {
        round: 3,
        entry: {
          kind: 'inject',
          card: expect.objectContaining({ id: 'hualien-earthquake' }) as unknown,
          scheduledFor: 3,
        },
      },
    ]);
    const now = injectsIn(decisionTimeline(table(2), table(2).rounds));
    const orderedAt = table(2).moves.findIndex((journal) => journal.move.type === 'facilitatorInject');
    expect(now).toHaveLength(1);
    expect(now[0]?.round).toBe(played[1]?.roundOfMove[orderedAt]);
    expect(now[0]?.entry.kind === 'inject' && now[0].entry.card.title).toBe(
      cardById('chips-and-science-act').title,
    );
  });

  it("still shows an inject the journal does not hold, from the export's inject list", () => {
    const entry = table(1);
    const withoutJournal = {
      ...entry,
      moves: entry.moves.filter((journal) => journal.move.type !== 'facilitatorInject'),
    };
    const injects = decisionTimeline(withoutJournal, entry.rounds).flatMap(({ round, entries }) =>
      entries.filter((item) => item.kind === 'inject').map(() => round),
    );
    expect(injects).toEqual([3]);
  });

  it('shows an inject scheduled beyond the last round played in that round, as not fired', () => {
    const entry = table(3);
    const lastRound = played[2]?.state.round ?? 0;
    const pending = {
      ...entry,
      moves: [
        ...entry.moves,
        {
          stateID: 999,
          side: null,
          move: { type: 'facilitatorInject' as const, cardId: 'hualien-earthquake', atRound: 7 },
        },
      ],
    };
    const timeline = decisionTimeline(pending, entry.rounds);
    const last = timeline[timeline.length - 1];
    expect(last?.round).toBe(lastRound);
    expect(last?.entries.filter((item) => item.kind === 'inject')).toEqual([
      expect.objectContaining({ kind: 'inject', scheduledFor: 7 }),
    ]);
    const firedBefore = firedEvents(decisionTimeline(entry, entry.rounds));
    expect(firedEvents(timeline)).toEqual(firedBefore);
  });

  it('counts as fired events the headlines, events, rivals’ cards for operations and injects, not own cards for operations', () => {
    const timeline = decisionTimeline(table(2), table(2).rounds);
    const fired = firedEvents(timeline);
    const all = timeline.flatMap(({ entries }) => entries);
    const headlines = all.filter((entry) => entry.kind === 'headline').length;
    const events = all.filter(
      (entry) => entry.kind === 'card' && (entry.use === 'event' || entry.firedRivalEvent),
    ).length;
    const injects = all.filter((entry) => entry.kind === 'inject').length;
    expect(fired).toHaveLength(headlines + events + injects);
  });
});

describe('the end of each table in words', () => {
  it("uses the board's result sentence for a finished table", () => {
    for (const entry of tables.filter((candidate) => candidate.result)) {
      const { result } = entry;
      if (!result) continue;
      expect(endTextOf(entry)).toBe(describeResult(result.winner, result.reason, result.round));
    }
    expect(endTextOf(table(1))).toBe(
      'United States wins in round 5: the US choked China’s advanced chipmaking (too few working wafers).',
    );
  });

  it('says where an unfinished table stopped and who led', () => {
    const entry = table(3);
    expect(entry.result).toBeNull();
    const lastRound = played[2]?.state.round;
    expect(endTextOf(entry)).toMatch(
      new RegExp(`^Still playing in round ${String(lastRound)} when the class was exported`),
    );
  });
});

describe('a table that played a rematch', () => {
  const [first, second] = standardPlans;
  if (!first || !second) throw new Error('fixture too short');
  const withRematches = playClass('baseline-2025', [
    first,
    second,
    { ...first, seed: 'r', rematchOf: { table: 1, game: 2 } },
    // Set up as the bell rang: nobody moved in it.
    { ...second, seed: 's', stopAfterMoves: 0, rematchOf: { table: 2, game: 2 } },
  ]).export;

  it('shows each game that was played, the table’s games side by side and named by their number', () => {
    const debrief = classDebrief(withRematches);
    expect(debrief.tables.map((entry) => [entry.label, entry.key])).toEqual([
      ['Table 1 (game 1)', '1'],
      ['Table 1 (game 2)', '1.2'],
      ['Table 2', '2'],
    ]);
    const [game1, game2] = debrief.tables;
    expect(game2?.matchID).toBe('match-1-2');
    expect(game2?.records.length).toBeGreaterThan(0);
    expect(game2?.records).not.toEqual(game1?.records);
  });

  it('leaves out a rematch nobody moved in; the export keeps it', () => {
    expect(withRematches.tables.filter((entry) => entry.table === 2).map((entry) => entry.game)).toEqual([
      1, 2,
    ]);
    expect(classDebrief(withRematches).tables.some((entry) => entry.matchID === 'match-2-2')).toBe(false);
  });
});
