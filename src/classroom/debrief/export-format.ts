import { z } from 'zod';
import type { FigureChange, FigureId, LogEntry, Move } from '../../../rules/index.ts';
import { figureIds, nodes, researchTracks, sides } from '../../../rules/index.ts';
import type { ChartedRoundRecord } from '../../charts/round-indicators.ts';

/**
 * The class export the debrief reads (`GET /classroom/api/sessions/:id/export.json`, or a saved copy of
 * it): its types, and a parser that checks a file at the boundary so the pages can trust what they get.
 * The parser checks what the debrief reads and lets everything else through unread.
 */

/**
 * 3's `moves` is the match's whole journal, the facilitator's injections among the seats' moves (what a
 * replay needs); 2, still read, had the seats' moves only and the injections in `injects` alone; 2 and 3
 * have an entry per game of a table (`game`, a rematch the next); 1, still read, had one per table.
 */
export const classExportFormat = 'silicon-curtain-class/3';
const readFormats: readonly string[] = [
  'silicon-curtain-class/1',
  'silicon-curtain-class/2',
  classExportFormat,
];

/** A facilitator's injected event, as the match journal records it (rules 2.1.0; in `moves` from format 3). */
export interface FacilitatorInjectMove {
  type: 'facilitatorInject';
  cardId: string;
  atRound: number | null;
}

export type JournalMove = Move | FacilitatorInjectMove;

export interface JournalEntry {
  stateID: number;
  side: string | null;
  /** Moves of types this debrief does not know are kept and left out of the timeline. */
  move: JournalMove | { type: string };
}

/** A round record as an export carries it: rules 2.1.0 adds `indicators`, older records lack them. */
export type ExportedRoundRecord = ChartedRoundRecord;

export interface TableResult {
  winner: 'us' | 'china' | 'draw';
  reason: string;
  round: number;
}

export interface TableExport {
  table: number;
  /** The table's games are numbered from 1 (a format-1 file's tables are all game 1). */
  game: number;
  matchID: string;
  seed: string | number;
  students: { us: string[]; china: string[] };
  bots: { us?: string; china?: string };
  result: TableResult | null;
  rounds: ExportedRoundRecord[];
  log: LogEntry[];
  moves: JournalEntry[];
  injects: InjectRecord[];
}

/** What became of an injected event, as the server's export says it (absent in older files). */
export type InjectStatus = 'played' | 'waiting' | 'carried' | 'notPlayed' | 'unknown';

export interface InjectRecord {
  cardId: string;
  atRound: number | null;
  at: string;
  status?: InjectStatus;
  /** Its round never came in this game: moved to this game of the table. */
  carriedToGame?: number;
  /** Moved here from this game of the table, which ended before its round. */
  carriedFromGame?: number;
}

export interface SessionExport {
  id: string;
  title: string;
  createdAt: string;
  scenarioId: string;
  overrides: Record<string, number>;
  rulesVersion: string;
  turnSeconds: number | null;
}

export interface ClassExport {
  format: typeof classExportFormat;
  exportedAt: string;
  session: SessionExport;
  tables: TableExport[];
}

const injectStatuses: readonly InjectStatus[] = ['played', 'waiting', 'carried', 'notPlayed', 'unknown'];

const finite = z.number().refine(Number.isFinite, 'a finite number');

const figuresSchema = z.looseObject({
  effectiveComputeEflops: finite,
  trainingEflops: finite,
  algorithmicMultiplier: finite,
  costPerGoodDieUsd: finite,
  clusterEfficiency: finite,
  toolGroupsLost: finite,
});

const indicatorsSchema = z.looseObject({
  budgetBn: finite,
  meanYieldFraction: finite,
  meanToolWearFraction: finite,
  dependency: finite,
  independentDevelopersM: finite,
  maturity: finite,
  chipsK: finite,
  influence: finite,
});

const roundSchema = z.looseObject({
  round: z.int().positive(),
  year: z.int(),
  computeLead: finite,
  escalation: finite,
  figures: z.looseObject({ us: figuresSchema, china: figuresSchema }),
  indicators: z
    .looseObject({ us: indicatorsSchema.optional(), china: indicatorsSchema.optional() })
    .nullable()
    .optional(),
});

const sideSchema = z.enum(sides);

/** A log entry's effects (issue 12; absent before them): a figure this page does not know is dropped. */
const effectSchema = z.looseObject({
  side: sideSchema.nullable(),
  figure: z.string(),
  before: finite,
  after: finite,
  fabId: z.int().optional(),
  node: z.enum(nodes).optional(),
  track: z.enum(researchTracks).optional(),
});

const isFigureId = (figure: string): figure is FigureId => (figureIds as readonly string[]).includes(figure);

function knownEffects(effects: readonly z.infer<typeof effectSchema>[]): FigureChange[] {
  return effects.flatMap(({ side, figure, before, after, fabId, node, track }) =>
    isFigureId(figure)
      ? [
          {
            side,
            figure,
            before,
            after,
            ...(fabId === undefined ? {} : { fabId }),
            ...(node === undefined ? {} : { node }),
            ...(track === undefined ? {} : { track }),
          },
        ]
      : [],
  );
}

const tableSchema = z.looseObject({
  table: z.int().positive(),
  game: z.int().positive().optional(),
  matchID: z.string(),
  seed: z.union([z.string(), z.number()]),
  students: z.looseObject({ us: z.array(z.string()), china: z.array(z.string()) }),
  bots: z.looseObject({ us: z.string().optional(), china: z.string().optional() }),
  result: z
    .looseObject({ winner: z.enum(['us', 'china', 'draw']), reason: z.string(), round: z.int() })
    .nullable(),
  rounds: z.array(roundSchema),
  log: z.array(
    z.looseObject({
      round: z.int(),
      side: sideSchema.nullable(),
      text: z.string(),
      effects: z.array(effectSchema).optional(),
    }),
  ),
  moves: z.array(
    z.looseObject({
      stateID: z.number(),
      side: z.string().nullable().optional(),
      move: z.looseObject({ type: z.string() }),
    }),
  ),
  injects: z.array(
    z.looseObject({
      cardId: z.string(),
      atRound: z.int().nullable().optional(),
      at: z.string().optional(),
      // A status this page does not know (a later server's) reads as none.
      status: z.string().optional(),
      carriedToGame: z.int().positive().optional(),
      carriedFromGame: z.int().positive().optional(),
    }),
  ),
});

const exportSchema = z.looseObject({
  format: z.string(),
  exportedAt: z.string(),
  session: z.looseObject({
    id: z.string(),
    title: z.string(),
    createdAt: z.string(),
    scenarioId: z.string(),
    overrides: z.record(z.string(), finite),
    rulesVersion: z.string(),
    turnSeconds: finite.nullable(),
  }),
  tables: z.array(tableSchema),
});

export type ParsedExport = { ok: true; export: ClassExport } | { ok: false; message: string };

/** Where in the file the first problem is, in words a teacher can pass on: "tables.2.rounds.0.year". */
function problemAt(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'the file does not match the class export format';
  const where = issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : '';
  return `${issue.message}${where}`;
}

/** Checks a class export read from the server or a file; never throws. */
export function parseClassExport(input: unknown): ParsedExport {
  if (typeof input !== 'object' || input === null)
    return { ok: false, message: 'the file holds no JSON object' };
  const format = (input as Record<string, unknown>).format;
  if (typeof format !== 'string' || !readFormats.includes(format)) {
    return {
      ok: false,
      message:
        typeof format === 'string'
          ? `this file's format is "${format}"; the debrief reads "${classExportFormat}"`
          : `this is not a class export (no "format": "${classExportFormat}")`,
    };
  }
  const parsed = exportSchema.safeParse(input);
  if (!parsed.success)
    return { ok: false, message: `the class export is damaged: ${problemAt(parsed.error)}` };
  const tables = parsed.data.tables.map((table) => ({
    ...table,
    game: table.game ?? 1,
    injects: table.injects.map((inject): InjectRecord => {
      const status = injectStatuses.find((known) => known === inject.status);
      return {
        cardId: inject.cardId,
        atRound: inject.atRound ?? null,
        at: inject.at ?? '',
        ...(status === undefined ? {} : { status }),
        ...(inject.carriedToGame === undefined ? {} : { carriedToGame: inject.carriedToGame }),
        ...(inject.carriedFromGame === undefined ? {} : { carriedFromGame: inject.carriedFromGame }),
      };
    }),
    moves: table.moves.map((entry) => ({ ...entry, side: entry.side ?? null })),
    log: table.log.map(({ effects, ...entry }) =>
      effects === undefined ? entry : { ...entry, effects: knownEffects(effects) },
    ),
  }));
  // The schema checked every field the debrief reads; the rest of each record is the rules' own shape.
  return {
    ok: true,
    export: { ...parsed.data, format: classExportFormat, tables } as unknown as ClassExport,
  };
}
