import { z } from 'zod';
import { baselineScenarioId, getParameter, resolveParameters, scenarioById } from '../../rules/index.ts';
import { describeResult } from '../board/format.ts';
import type { LabGame } from './lab-setup.ts';

/**
 * A balance-lab game as pasted or opened: a row of a run's games.jsonl (server/games/game-row.ts plus the
 * rules version and replay command output.ts adds), a whole games.jsonl, or the one object of
 * `npm run -s sim -- --replay SEED --json`. Checked at the boundary; each game keeps what the lab
 * recorded of its end (its fingerprint, moves and result) for the viewer to check the replay against.
 * Pure; tested in test/src/replay/lab-input.test.ts.
 */

export interface LabSource {
  game: LabGame;
  /** The rules the lab played it under; undefined when the text does not say. */
  playedUnder: string | undefined;
  /** fingerprint(final state) as the lab recorded it. */
  fingerprint: string;
  moves: number;
  /** How it ended, in words, as recorded. */
  recordedResult: string | undefined;
}

const overrides = z.record(z.string(), z.number().refine(Number.isFinite, 'a finite number')).default({});

/** A games.jsonl row: the fields the replay reads (the row has many more). */
const rowSchema = z.looseObject({
  seed: z.string(),
  us: z.string(),
  china: z.string(),
  overrides,
  winner: z.enum(['us', 'china', 'draw']).optional(),
  reason: z.string().optional(),
  rounds: z.int().optional(),
  moves: z.int().nonnegative(),
  fingerprint: z.string(),
  rulesVersion: z.string().optional(),
  /** `npm run -s sim -- --replay SEED --scenario ID …`: the row's only record of its scenario. */
  replay: z.string().optional(),
});

/** `sim --replay SEED --json`. */
const replaySchema = z.looseObject({
  seed: z.string(),
  scenario: z.string(),
  bots: z.object({ us: z.string(), china: z.string() }),
  overrides,
  result: z
    .looseObject({ winner: z.enum(['us', 'china', 'draw']), reason: z.string(), round: z.int() })
    .nullish(),
  moves: z.int().nonnegative(),
  fingerprint: z.string(),
  rulesVersion: z.string().optional(),
});

const scenarioInCommand = (command: string | undefined): string | undefined =>
  command === undefined ? undefined : /--scenario\s+(\S+)/.exec(command)?.[1];

function fromJson(value: unknown): LabSource | string {
  const replay = replaySchema.safeParse(value);
  if (replay.success) {
    const { seed, scenario, bots, result } = replay.data;
    return checked({
      game: { scenarioId: scenario, seed, us: bots.us, china: bots.china, overrides: replay.data.overrides },
      playedUnder: replay.data.rulesVersion,
      fingerprint: replay.data.fingerprint,
      moves: replay.data.moves,
      recordedResult: result ? describeResult(result.winner, result.reason, result.round) : undefined,
    });
  }
  const row = rowSchema.safeParse(value);
  if (!row.success)
    return 'neither a games.jsonl row nor the output of sim --replay --json (a seed, bots and fingerprint)';
  const { seed, us, china, winner, reason, rounds } = row.data;
  return checked({
    game: {
      scenarioId: scenarioInCommand(row.data.replay) ?? baselineScenarioId,
      seed,
      us,
      china,
      overrides: row.data.overrides,
    },
    playedUnder: row.data.rulesVersion,
    fingerprint: row.data.fingerprint,
    moves: row.data.moves,
    recordedResult:
      winner !== undefined && reason !== undefined ? describeResult(winner, reason, rounds) : undefined,
  });
}

/**
 * The scenario and the overrides' parameters are checked here (setting the game up would throw); the
 * bots where they play (lab-game.ts), which keeps their code off the page.
 */
function checked(source: LabSource): LabSource | string {
  const { scenarioId, overrides } = source.game;
  if (!scenarioById(scenarioId)) return `unknown scenario "${scenarioId}"`;
  const parameters = resolveParameters(scenarioId);
  const unknown = Object.keys(overrides).find((path) => getParameter(parameters, path) === undefined);
  return unknown === undefined ? source : `unknown parameter: ${unknown}`;
}

/**
 * The games in `text`: one JSON object (pretty-printed or not), or JSON lines. A line that is not a game
 * makes the whole text refused, with its line number: a partial list would hide the mistake.
 */
export function parseLabText(text: string): LabSource[] | { error: string } {
  const trimmed = text.trim();
  if (trimmed === '') return { error: 'paste a games.jsonl row, or the output of sim --replay --json' };
  const whole = parseJson(trimmed);
  if (whole !== undefined) {
    const source = fromJson(whole);
    return typeof source === 'string' ? { error: source } : [source];
  }
  const sources: LabSource[] = [];
  const lines = trimmed.split('\n');
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue;
    const value = parseJson(line);
    const source = value === undefined ? 'not JSON' : fromJson(value);
    if (typeof source === 'string') return { error: `line ${index + 1}: ${source}` };
    sources.push(source);
  }
  return sources;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A game's one-line label for a list: seed, bots and how it ended. */
export function labLabel(source: LabSource): string {
  const { game } = source;
  return (
    `Game ${game.seed}: ${game.us} (US) vs ${game.china} (China), ${source.moves} moves` +
    (source.recordedResult ? `; ${source.recordedResult}` : '')
  );
}
