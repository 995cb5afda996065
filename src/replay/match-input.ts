import { z } from 'zod';
import type { GameState, Side } from '../../rules/index.ts';
import { isRejection, migrateState, parseMove, sideOfPlayerId, sides } from '../../rules/index.ts';
import type { RulesMigration } from '../../rules/index.ts';
import type { ReplayStep } from './timeline.ts';

/**
 * The server's replay of a finished match (`GET /games/silicon-curtain/:id/replay`, server/lobby/
 * replay.ts), checked at the boundary. The initial state is checked only as far as the viewer needs
 * before the rules engine takes it: its shape is that of the rules it was created under, which the
 * rules plan (rules-plan.ts) compares with this client's before anything replays it.
 */

const moveRow = z.object({
  stateID: z.int(),
  by: z.string(),
  move: z.record(z.string(), z.unknown()),
});

const answerSchema = z.object({
  matchID: z.string(),
  createdRulesVersion: z.string(),
  rulesVersion: z.string(),
  setupData: z.unknown(),
  players: z.record(z.string(), z.string()),
  initialState: z.unknown(),
  moves: z.array(moveRow),
  gameover: z.unknown(),
  final: z.object({ stateID: z.int(), rulesVersion: z.string(), fingerprint: z.string(), log: z.unknown() }),
});

export type MatchReplayAnswer = z.infer<typeof answerSchema>;

export function parseMatchReplay(body: unknown): MatchReplayAnswer | { error: string } {
  const parsed = answerSchema.safeParse(body);
  return parsed.success
    ? parsed.data
    : { error: `the server's replay is not readable (${parsed.error.message})` };
}

/** The names on each side's seat. */
export function seatNames(answer: MatchReplayAnswer): Partial<Record<Side, string>> {
  const names: Partial<Record<Side, string>> = {};
  for (const [seat, name] of Object.entries(answer.players)) {
    const side = sideOfPlayerId(seat);
    if (side) names[side] = name;
  }
  return names;
}

const injection = z.object({
  type: z.literal('facilitatorInject'),
  cardId: z.string(),
  atRound: z.int().nullable().optional(),
});

/** The journal's rows as steps, or the first row this client cannot read as one. */
export function matchSteps(answer: MatchReplayAnswer): ReplayStep[] | { error: string } {
  const steps: ReplayStep[] = [];
  for (const row of answer.moves) {
    const where = `the row of state ${row.stateID}`;
    if (row.by === 'facilitator') {
      const parsed = injection.safeParse(row.move);
      if (!parsed.success) return { error: `${where} is no event this viewer knows` };
      const { cardId, atRound } = parsed.data;
      steps.push({ by: 'facilitator', request: atRound == null ? { cardId } : { cardId, atRound } });
      continue;
    }
    const side = sides.find((candidate) => candidate === row.by);
    const move = parseMove(row.move);
    if (side === undefined || isRejection(move) || move.side !== side)
      return {
        error: `${where} is no move this viewer knows (${isRejection(move) ? move.message : row.by})`,
      };
    steps.push({ by: side, move });
  }
  return steps;
}

const stateShape = z.looseObject({
  round: z.int(),
  phase: z.string(),
  sides: z.looseObject({ us: z.looseObject({}), china: z.looseObject({}) }),
  log: z.array(z.looseObject({ round: z.int(), text: z.string() })),
  history: z.array(z.unknown()),
  params: z.looseObject({}),
});

/**
 * The initial state under this client's rules: through the plan's migrations, then checked for the
 * fields the board reads first. What the rules engine then finds wrong stops the replay at that move.
 */
export function initialGameState(
  answer: MatchReplayAnswer,
  chain: readonly RulesMigration[],
): GameState | { error: string } {
  const checked = stateShape.safeParse(answer.initialState);
  if (!checked.success) return { error: "the match's first state is not readable" };
  const migrated = migrateState(checked.data, chain);
  // Stored by the server under the rules the plan matched (or migrated by the rules' own chain).
  return migrated as unknown as GameState;
}
