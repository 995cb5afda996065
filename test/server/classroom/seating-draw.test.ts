import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawSeats } from '../../../server/classroom/seating.ts';
import type { SessionDoc } from '../../../server/classroom/session-doc.ts';
import { sessionDoc } from './classroom-store-conformance.ts';

function classOf(
  tables: number,
  students: number,
  bots: { table: number; side: 'us' | 'china' }[] = [],
): SessionDoc {
  const doc = sessionDoc('s1', 'ABCDEF');
  doc.tables = Array.from({ length: tables }, (_, index) => ({
    table: index + 1,
    matchID: `m${index + 1}`,
    kernelSeed: 'seed',
    bots: {},
    injects: [],
  }));
  for (const bot of bots) {
    const table = doc.tables[bot.table - 1];
    if (table) table.bots[bot.side] = 'random';
  }
  doc.students = Array.from({ length: students }, (_, index) => ({
    id: `s${index}`,
    name: `Student ${index}`,
    tokenHash: 'a'.repeat(64),
    joinedAt: index,
    seat: null,
  }));
  return doc;
}

function sideCounts(doc: SessionDoc): number[] {
  const counts = new Map<string, number>();
  for (const table of doc.tables)
    for (const side of ['us', 'china'] as const)
      if (table.bots[side] === undefined) counts.set(`${table.table}:${side}`, 0);
  for (const student of doc.students)
    if (student.seat) {
      const key = `${student.seat.table}:${student.seat.side}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  return [...counts.values()];
}

describe('drawing seats', () => {
  it('seats everyone with every open side within one student of the others (any class size)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.integer({ min: 0, max: 120 }), (tables, students) => {
        const doc = classOf(tables, students);
        expect(drawSeats(doc)).toBe(students);
        expect(doc.students.every((student) => student.seat !== null)).toBe(true);
        const counts = sideCounts(doc);
        expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 200 },
    );
  });

  it('fills both sides of a table before the next table: students face students before bots', () => {
    const doc = classOf(2, 3);
    drawSeats(doc);
    const seats = doc.students.map((student) => `${student.seat?.table}:${student.seat?.side}`).sort();
    expect(seats).toEqual(['1:china', '1:us', '2:us']);
  });

  it('never seats a student on a side the bot plays', () => {
    const doc = classOf(2, 5, [{ table: 1, side: 'china' }]);
    drawSeats(doc);
    expect(doc.students.some((s) => s.seat?.table === 1 && s.seat.side === 'china')).toBe(false);
  });
});
