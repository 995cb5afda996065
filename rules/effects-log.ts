import type { GameState, LogEntry, SideState } from './state.ts';
import type { Node, ResearchTrack, Side } from './vocabulary.ts';
import { researchTracks } from './vocabulary.ts';

/**
 * The effects a log entry records (issue 12): which public figures an event, an action or a round end
 * changed, from what to what. The kernel snapshots the figures before the step that writes the entry
 * and records the difference after it, so the board, the replay viewer and the classroom debrief read
 * what happened from the log alone, after a reload too. Only figures every seat sees are read (the
 * sides, the tracks): never a hand, the deck, the PRNG or a scheduled injection.
 */

/** Figures of the table, shared by both sides. */
export const tableFigureIds = ['computeLead', 'escalation', 'exportControls', 'retaliation'] as const;
export type TableFigureId = (typeof tableFigureIds)[number];

/** Figures each side has. `capacity` counts producing fabs only; `toolWear` is the groups' mean. */
export const sideFigureIds = [
  'budget',
  'influence',
  'dependency',
  'fabs',
  'capacity',
  'toolGroups',
  'toolWear',
  'hbmStock',
  'chips',
  'power',
  'interconnect',
  'algorithmLevel',
  'algorithmProgress',
  'developers',
  'maturity',
  'porting',
  'mandate',
] as const;
export type SideFigureId = (typeof sideFigureIds)[number];

/** China's figures per research track (the US side has no tracks of its own). */
export const trackFigureIds = ['research', 'entityListings'] as const;
export type TrackFigureId = (typeof trackFigureIds)[number];

export const figureIds = [...tableFigureIds, ...sideFigureIds, 'fabYield', ...trackFigureIds] as const;
export type FigureId = (typeof figureIds)[number];

export interface FigureChange {
  /** null: a figure of the table. */
  side: Side | null;
  figure: FigureId;
  before: number;
  after: number;
  /** A fab's yield: which fab (a fab is never removed, and its node never changes). */
  fabId?: number;
  node?: Node;
  /** A research track's figure. */
  track?: ResearchTrack;
}

/** The public part of a state that the figures are read from: a GameState or any seat's view. */
export type FigureSource = Pick<
  GameState,
  'sides' | 'computeLead' | 'escalation' | 'exportControlLevel' | 'retaliationLevel'
>;

/** Producing capacity, thousands of wafers a round: a fab under construction adds none yet. */
function runningCapacityKWafers(own: SideState): number {
  const fabs = own.fabs;
  let total = 0;
  for (let i = 0; i < fabs.length; i++) {
    const fab = fabs[i];
    if (fab && fab.roundsUntilOnline === 0) total += fab.capacityKWafersPerRound;
  }
  return total;
}

function meanToolWear(own: SideState): number {
  const wear = own.toolGroupWear;
  const count = wear.length;
  if (count === 0) return 0;
  let total = 0;
  for (let i = 0; i < count; i++) total += wear[i] ?? 0;
  return total / count;
}

/**
 * One side's figures into `values` from `at`, in `sideFigureIds` order. Written out field by field rather
 * than through a table of readers: the search bots snapshot before every action of every rollout, and a
 * call through a table of seventeen functions costs several times the reads themselves.
 */
function writeSideFigures(values: number[], at: number, own: SideState): void {
  values[at] = own.budgetBn;
  values[at + 1] = own.influence;
  values[at + 2] = own.dependency;
  values[at + 3] = own.fabs.length;
  values[at + 4] = runningCapacityKWafers(own);
  values[at + 5] = own.toolGroupWear.length;
  values[at + 6] = meanToolWear(own);
  values[at + 7] = own.hbmStockKChips;
  values[at + 8] = own.chipsK;
  values[at + 9] = own.powerGw;
  values[at + 10] = own.interconnectLevel;
  values[at + 11] = own.efficiencyLevel;
  values[at + 12] = own.efficiencyProgress;
  values[at + 13] = own.developersM;
  values[at + 14] = own.maturity;
  values[at + 15] = own.portingRoundsLeft;
  values[at + 16] = own.domesticMandate ? 1 : 0;
}

const sideCount = sideFigureIds.length;
const usAt = tableFigureIds.length;
const chinaAt = usAt + sideCount;
const tracksAt = chinaAt + sideCount;
const valueCount = tracksAt + trackFigureIds.length * researchTracks.length;

/** What each position of a snapshot's values holds, for the diff. */
const slots: { side: Side | null; figure: FigureId; track?: ResearchTrack }[] = [
  ...tableFigureIds.map((figure) => ({ side: null, figure })),
  ...sideFigureIds.map((figure) => ({ side: 'us' as const, figure })),
  ...sideFigureIds.map((figure) => ({ side: 'china' as const, figure })),
  ...trackFigureIds.flatMap((figure) =>
    researchTracks.map((track) => ({ side: 'china' as const, figure, track })),
  ),
];

/**
 * The figures at one moment, flat: the table's, each side's and China's tracks (progress, then listings)
 * in `slots` order; then the US fab count, each US fab's yield and each Chinese fab's yield, in fab order
 * (fabs are only ever added, at the end).
 */
export type FigureSnapshot = number[];

// The figures after a step, compared in place, so a diff allocates only the changes it finds. Shared
// safely: a diff fills and reads it in one synchronous call that calls nothing back.
const scratch: number[] = Array.from({ length: valueCount }, () => 0);

function writeFixedFigures(values: number[], source: FigureSource): void {
  const { us, china } = source.sides;
  values[0] = source.computeLead;
  values[1] = source.escalation;
  values[2] = source.exportControlLevel;
  values[3] = source.retaliationLevel;
  writeSideFigures(values, usAt, us);
  writeSideFigures(values, chinaAt, china);
  const progress = china.researchProgress;
  const listings = china.sanctionsOnTrack;
  values[tracksAt] = progress.domesticEuv;
  values[tracksAt + 1] = progress.domesticHbm;
  values[tracksAt + 2] = progress.domesticSpares;
  values[tracksAt + 3] = listings.domesticEuv;
  values[tracksAt + 4] = listings.domesticHbm;
  values[tracksAt + 5] = listings.domesticSpares;
}

export function snapshotFigures(source: FigureSource): FigureSnapshot {
  const usFabs = source.sides.us.fabs;
  const chinaFabs = source.sides.china.fabs;
  // Allocated at its length, never grown: the search bots take a snapshot before every recorded step.
  const values = new Array<number>(valueCount + 1 + usFabs.length + chinaFabs.length);
  writeFixedFigures(values, source);
  let at = valueCount;
  values[at++] = usFabs.length;
  for (const fab of usFabs) values[at++] = fab.yieldFraction;
  for (const fab of chinaFabs) values[at++] = fab.yieldFraction;
  return values;
}

/** Float noise (a budget recomputed to the same cents) is not a change. */
const differs = (a: number, b: number): boolean => Math.abs(a - b) > 1e-9;

/** The yield changes of one side's fabs, its yields before being `before[from]` to `before[to - 1]`. */
function pushYieldChanges(
  changes: FigureChange[],
  side: Side,
  before: FigureSnapshot,
  from: number,
  to: number,
  own: SideState,
): void {
  // A fab begun in this step has no yield before it: the fab count says it came.
  const count = Math.min(to - from, own.fabs.length);
  for (let i = 0; i < count; i++) {
    const fab = own.fabs[i];
    const was = before[from + i];
    if (fab && was !== undefined && differs(was, fab.yieldFraction))
      changes.push({
        side,
        figure: 'fabYield',
        fabId: fab.id,
        node: fab.node,
        before: was,
        after: fab.yieldFraction,
      });
  }
}

function pushSlotChanges(
  changes: FigureChange[],
  was: FigureSnapshot,
  now: readonly number[],
  from: number,
  to: number,
): void {
  for (let i = from; i < to; i++) {
    const a = was[i];
    const b = now[i];
    // Most figures are untouched by a step: equal values skip the float test.
    if (a === b || a === undefined || b === undefined || !differs(a, b)) continue;
    const slot = slots[i];
    if (!slot) continue;
    changes.push(
      slot.track === undefined
        ? { side: slot.side, figure: slot.figure, before: a, after: b }
        : { side: slot.side, figure: slot.figure, track: slot.track, before: a, after: b },
    );
  }
}

/** What changed from `before` to the figures of `after`: the table's, each side's with its fabs, the tracks. */
export function figureChangesSince(before: FigureSnapshot, after: FigureSource): FigureChange[] {
  writeFixedFigures(scratch, after);
  const changes: FigureChange[] = [];
  const usYieldsAt = valueCount + 1;
  const chinaYieldsAt = usYieldsAt + (before[valueCount] ?? 0);
  pushSlotChanges(changes, before, scratch, 0, chinaAt);
  pushYieldChanges(changes, 'us', before, usYieldsAt, chinaYieldsAt, after.sides.us);
  pushSlotChanges(changes, before, scratch, chinaAt, tracksAt);
  pushYieldChanges(changes, 'china', before, chinaYieldsAt, before.length, after.sides.china);
  pushSlotChanges(changes, before, scratch, tracksAt, valueCount);
  return changes;
}

/** What changed between two states or views of the same game. */
export function figureChangesBetween(before: FigureSource, after: FigureSource): FigureChange[] {
  return figureChangesSince(snapshotFigures(before), after);
}

// The log travels in every sync: six significant digits (deterministic) keep a reconnect under 10 KB.
const significantDigits = 6;
const rounded = (value: number): number => Number(value.toPrecision(significantDigits));

/**
 * Writes to the entry (which this step pushed) what changed since `before`, each figure rounded to
 * `significantDigits`; a change that rounds away is none; no field when nothing did.
 */
export function recordEffects(entry: LogEntry, before: FigureSnapshot, after: FigureSource): void {
  const changes: FigureChange[] = [];
  for (const change of figureChangesSince(before, after)) {
    change.before = rounded(change.before);
    change.after = rounded(change.after);
    if (change.before !== change.after) changes.push(change);
  }
  if (changes.length > 0) entry.effects = changes;
}
