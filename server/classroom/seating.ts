import { randomInt } from 'node:crypto';
import type { Side } from '../../rules/index.ts';
import { sides } from '../../rules/index.ts';
import type { Outcome } from '../boundary/rejection.ts';
import { refused, succeed } from '../boundary/rejection.ts';
import type { SessionDoc } from './session-doc.ts';
import { studentOf, tableOf } from './session-doc.ts';

/** One student's place as the facilitator sets it; a null table unseats. */
export interface Assignment {
  studentId: string;
  table: number | null;
  side?: Side | undefined;
}

/** A side some student left: its seat's credentials are renewed, so they stop working for them. */
export interface LeftSide {
  table: number;
  side: Side;
}

/** Whether the server's bot plays this side (set at start; such a side takes no students). */
export function botPlays(doc: SessionDoc, table: number, side: Side): boolean {
  return tableOf(doc, table)?.bots[side] !== undefined;
}

/**
 * Applies the facilitator's assignments to the document, all or none: an unknown student or table, a
 * missing side, or a side the bot plays refuses the whole list. Returns the sides somebody left.
 */
export function assignSeats(doc: SessionDoc, assignments: readonly Assignment[]): Outcome<LeftSide[]> {
  for (const assignment of assignments) {
    if (!studentOf(doc, assignment.studentId))
      return refused('unknownStudent', `no student ${assignment.studentId} in this class`);
    if (assignment.table === null) continue;
    if (!tableOf(doc, assignment.table))
      return refused('unknownTable', `there is no table ${assignment.table} (tables 1–${doc.tables.length})`);
    if (assignment.side === undefined) return refused('malformedMessage', 'a seat needs a side: us or china');
    if (botPlays(doc, assignment.table, assignment.side))
      return refused('sideHasBot', `the bot plays ${assignment.side} at table ${assignment.table}`);
  }
  const left: LeftSide[] = [];
  for (const assignment of assignments) {
    const student = studentOf(doc, assignment.studentId);
    if (!student) continue;
    const next =
      assignment.table === null || assignment.side === undefined
        ? null
        : { table: assignment.table, side: assignment.side };
    const before = student.seat;
    if (before && (next?.table !== before.table || next.side !== before.side)) left.push({ ...before });
    student.seat = next;
  }
  return succeed(left);
}

/** A uniformly random order (crypto-random: a draw nobody can predict or replay). */
export function shuffled<T>(items: readonly T[], pick: (bound: number) => number = randomInt): T[] {
  const copy = [...items];
  for (let index = copy.length - 1; index > 0; index--) {
    const other = pick(index + 1);
    const held = copy[index];
    const swapped = copy[other];
    if (held === undefined || swapped === undefined) continue;
    copy[index] = swapped;
    copy[other] = held;
  }
  return copy;
}

/**
 * Seats every unseated student, in random order, on the side with the fewest students (sides the bot
 * plays are skipped): tables fill evenly and both of their sides do. Ties go to the side whose rival has
 * more students (students face students before bots), then to the lower table, then the US. Returns how
 * many were seated.
 */
export function drawSeats(doc: SessionDoc, pick?: (bound: number) => number): number {
  const count = new Map<string, number>();
  const key = (table: number, side: Side): string => `${table}:${side}`;
  for (const student of doc.students)
    if (student.seat)
      count.set(
        key(student.seat.table, student.seat.side),
        (count.get(key(student.seat.table, student.seat.side)) ?? 0) + 1,
      );
  const slots = doc.tables.flatMap((table) =>
    sides.filter((side) => !botPlays(doc, table.table, side)).map((side) => ({ table: table.table, side })),
  );
  if (slots.length === 0) return 0;
  const unseated = shuffled(
    doc.students.filter((student) => student.seat === null),
    pick,
  );
  for (const student of unseated) {
    let best = slots[0];
    let bestScore: [number, number, number, number] | undefined;
    for (const slot of slots) {
      const rival = slot.side === 'us' ? 'china' : 'us';
      const score: [number, number, number, number] = [
        count.get(key(slot.table, slot.side)) ?? 0,
        -(count.get(key(slot.table, rival)) ?? 0),
        slot.table,
        slot.side === 'us' ? 0 : 1,
      ];
      if (!bestScore || lexicographicallyLess(score, bestScore)) {
        best = slot;
        bestScore = score;
      }
    }
    if (!best) break;
    student.seat = { table: best.table, side: best.side };
    count.set(key(best.table, best.side), (count.get(key(best.table, best.side)) ?? 0) + 1);
  }
  return unseated.length;
}

function lexicographicallyLess(a: readonly number[], b: readonly number[]): boolean {
  for (let index = 0; index < a.length; index++) {
    const x = a[index] ?? 0;
    const y = b[index] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}
