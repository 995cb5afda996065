import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { classDebrief } from '../../../src/classroom/debrief/class-debrief.ts';
import type { ClassExport } from '../../../src/classroom/debrief/export-format.ts';
import { parseClassExport } from '../../../src/classroom/debrief/export-format.ts';
import type { TimelineRound } from '../../../src/classroom/debrief/timeline.ts';
import { decisionTimeline } from '../../../src/classroom/debrief/timeline.ts';
import { injectLine, TimelineView } from '../../../src/classroom/debrief/timeline-view.tsx';
import { playClass, standardClass, standardPlans } from './class-export-fixture.ts';

/**
 * The facilitator's injected events in the debrief: read from format 3 (the journal holds them, each with
 * what became of it) and from format 2 (the seats' moves only; the inject list alone names them), and
 * an event carried into a table's rematch, said so on both games.
 */

const { export: classExport } = standardClass();

const parsed = (input: unknown): ClassExport => {
  const result = parseClassExport(JSON.parse(JSON.stringify(input)));
  if (!result.ok) throw new Error(result.message);
  return result.export;
};

const injectsOf = (timeline: readonly TimelineRound[]) =>
  timeline.flatMap(({ round, entries }) =>
    entries.flatMap((entry) => (entry.kind === 'inject' ? [{ round, entry }] : [])),
  );

/** A format-2 file of the same class, as the server wrote it before format 3. */
function asFormat2(source: ClassExport): unknown {
  return {
    ...source,
    format: 'silicon-curtain-class/2',
    tables: source.tables.map((entry) => ({
      ...entry,
      moves: entry.moves.filter((row) => row.side !== null),
      injects: entry.injects.map(({ cardId, atRound, at }) => ({ cardId, atRound, at })),
    })),
  };
}

describe('reading the injected events of an export', () => {
  it('reads format 3: the injections in the journal, and what became of each from the inject list', () => {
    const read = parsed(classExport);
    const [first, second] = read.tables;
    expect(first?.moves.filter((row) => row.side === null).map((row) => row.move)).toEqual([
      { type: 'facilitatorInject', cardId: 'hualien-earthquake', atRound: 3 },
    ]);
    expect(first?.injects.map((record) => record.status)).toEqual(['played']);
    expect(second?.injects.map((record) => record.status)).toEqual(['played']);
  });

  it('still reads format 2: each injection shows from the inject list, a scheduled one at its round', () => {
    const older = parsed(asFormat2(classExport));
    const newer = parsed(classExport);
    expect(older.tables.every((entry) => entry.moves.every((row) => row.side !== null))).toBe(true);
    const scheduled = (source: ClassExport) => {
      const entry = source.tables[0];
      if (!entry) throw new Error('no table 1');
      return injectsOf(decisionTimeline(entry, entry.rounds));
    };
    expect(scheduled(older)).toEqual(scheduled(newer));
    expect(scheduled(older).map(({ round }) => round)).toEqual([3]);
    // One brought in at once still shows (in the last round the format-2 journal places).
    const table2 = older.tables[1];
    if (!table2) throw new Error('no table 2');
    expect(injectsOf(decisionTimeline(table2, table2.rounds)).map(({ entry }) => entry.card.id)).toEqual([
      'chips-and-science-act',
    ]);
    expect(classDebrief(older).tables.map((entry) => entry.label)).toEqual(
      classDebrief(newer).tables.map((entry) => entry.label),
    );
  });

  it('reads a status it does not know as none, and refuses a carried game that is not a number', () => {
    const copy = JSON.parse(JSON.stringify(classExport)) as {
      tables: { injects: Record<string, unknown>[] }[];
    };
    const record = copy.tables[0]?.injects[0];
    if (!record) throw new Error('no inject');
    record.status = 'postponed';
    expect(parsed(copy).tables[0]?.injects[0]).not.toHaveProperty('status');
    record.carriedToGame = 'next';
    const damaged = parseClassExport(copy);
    expect(damaged.ok).toBe(false);
    if (!damaged.ok) expect(damaged.message).toContain('tables.0.injects.0.carriedToGame');
  });
});

describe('an event carried into the rematch', () => {
  const [first, second] = standardPlans;
  if (!first || !second) throw new Error('fixture too short');
  // Table 1's first game ends in round 5 (the fixture's seed "g"): an event set for round 7 never came,
  // and the server carried it into game 2, where the rematch played on into round 7 or not.
  const carried = { cardId: 'transformer-shortage', atRound: 7 };
  const played = playClass('baseline-2025', [
    { ...first, injects: [...(first.injects ?? []), { ...carried, atMove: 12, carriedToGame: 2 }] },
    second,
    {
      ...first,
      seed: 'k',
      rematchOf: { table: 1, game: 2 },
      injects: [{ ...carried, atMove: 0, carriedFromGame: 1 }],
    },
    // Table 2's rematch, opened as the bell rang: only an event carried into it, nobody moved.
    {
      ...second,
      seed: 's',
      stopAfterMoves: 0,
      rematchOf: { table: 2, game: 2 },
      injects: [{ ...carried, atMove: 0, carriedFromGame: 1 }],
    },
  ]);
  const read = parsed(played.export);
  const game = (table: number, number: number) => {
    const found = read.tables.find((entry) => entry.table === table && entry.game === number);
    if (!found) throw new Error(`no table ${table} game ${number}`);
    return found;
  };

  it('says in the first game that it was carried into game 2, not just that its round never came', () => {
    const firstGame = game(1, 1);
    expect(firstGame.result?.round).toBe(5);
    const shown = injectsOf(decisionTimeline(firstGame, firstGame.rounds));
    const entry = shown.find((item) => item.entry.card.id === carried.cardId);
    expect(entry).toMatchObject({ round: 5, entry: { scheduledFor: 7, carriedToGame: 2 } });
    if (entry?.entry.kind !== 'inject') throw new Error('no carried entry');
    expect(injectLine(entry.entry, entry.round)).toBe(
      'Scheduled by the facilitator for round 7, not reached: carried into game 2 at that round',
    );
    const html = renderToString(<TimelineView timeline={decisionTimeline(firstGame, firstGame.rounds)} />);
    expect(html.replaceAll('<!-- -->', '')).toContain(
      'not reached: carried into game 2 at that round: <span class="timeline-card">Transformer Shortage</span>',
    );
  });

  it('says in the rematch where it came from', () => {
    // The rematch (seed "k") reaches round 7, where the carried event resolves.
    const rematch = game(1, 2);
    expect(rematch.injects).toMatchObject([{ ...carried, status: 'played', carriedFromGame: 1 }]);
    const [shown] = injectsOf(decisionTimeline(rematch, rematch.rounds));
    if (shown?.entry.kind !== 'inject') throw new Error('no carried entry');
    expect(shown.round).toBe(7);
    expect(injectLine(shown.entry, shown.round)).toBe(
      'Round 7, brought in by the facilitator (scheduled, carried from game 1)',
    );
  });

  it('says "not reached yet" of an event still waiting in a game still on, and "not reached" once it ended', () => {
    const card = { id: 'x', title: 'X', source: '', owner: undefined, ops: undefined, objectives: [] };
    const base = { kind: 'inject' as const, card, scheduledFor: 6 };
    expect(injectLine({ ...base, waiting: true }, 4)).toBe(
      'Scheduled by the facilitator for round 6, not reached yet',
    );
    expect(injectLine(base, 4)).toBe('Scheduled by the facilitator for round 6, not reached');
    expect(injectLine({ ...base, waiting: true, carriedFromGame: 2 }, 4)).toBe(
      'Scheduled by the facilitator for round 6 (carried from game 2), not reached yet',
    );
    expect(injectLine({ ...base, scheduledFor: null }, 4)).toBe('Round 4, brought in by the facilitator');
  });

  it('leaves out a rematch nobody moved in even when an event was carried into it', () => {
    expect(game(2, 2).moves.map((row) => row.side)).toEqual([null]);
    expect(classDebrief(read).tables.map((entry) => entry.label)).toEqual([
      'Table 1 (game 1)',
      'Table 1 (game 2)',
      'Table 2',
    ]);
  });
});
