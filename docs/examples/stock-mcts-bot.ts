import type { State } from 'boardgame.io';
import { MCTSBot } from 'boardgame.io/ai';
import { InitializeGame } from 'boardgame.io/internal';
import { determinize } from '../../rules/determinize.ts';
import type { GameState, Move, PlayerView } from '../../rules/index.ts';
import { SiliconCurtain, playerIdBySide } from '../../rules/index.ts';
import { seedRng } from '../../rules/rng.ts';

/**
 * boardgame.io's stock `MCTSBot` (boardgame.io/ai) as a bot-client module (docs/BOTS.md):
 *   npm run -s bot -- --server http://localhost:8000 --create --opponent mcts:200 --bot ./docs/examples/stock-mcts-bot.ts
 * MCTSBot searches by playing moves through the Game's reducer, which needs a whole state, and a seat's
 * view hides the rival's hand, its secret headline and the deck. So each decision samples one whole state
 * consistent with the view (rules/determinize.ts: the unseen cards dealt at random), wraps it in a
 * boardgame.io state and lets MCTSBot search that, with the Game's own `ai.enumerate`.
 *
 * boardgame.io's MCTS scores a playout only when the game ends within `playoutDepth` moves (a match runs
 * to ~170), so at a depth and an iteration count that keep a match to seconds it plays barely better than
 * at random: it shows the plumbing, not strength. For a strong search use `--bot mcts:N` (rules/bots/).
 */

const iterations = 8;
const playoutDepth = 4;

const enumerate = SiliconCurtain.ai?.enumerate;
if (!enumerate) throw new Error('the Game has no ai.enumerate');

/** Whether `move` is the boardgame.io move `type` with argument `fields` (ai.enumerate drops `type` and `side`). */
function isMove(move: Move, type: string, fields: Readonly<Record<string, unknown>>): boolean {
  const { type: moveType, side: _side, ...rest } = move;
  const restFields: Readonly<Record<string, unknown>> = rest;
  const keys = Object.keys(rest);
  return (
    moveType === type &&
    keys.length === Object.keys(fields).length &&
    keys.every((key) => restFields[key] === fields[key])
  );
}

export default async function stockMctsBot(view: PlayerView, legal: readonly Move[]): Promise<Move> {
  if (view.viewer === 'spectator') throw new Error('a spectator has no seat to play');
  const fallback = legal[0];
  if (!fallback) throw new Error('no legal move');
  // Seeded from the position, so the same view gets the same move.
  const seed = `${view.viewer}:${view.round}:${view.log.length}:${view.hand.join(',')}`;
  const whole = determinize(view, seedRng(seed));
  // The Game's flow (phases, turn order from G.activeSide) sets up ctx for the sampled state.
  const state = InitializeGame({
    game: { ...SiliconCurtain, setup: (): GameState => whole },
    numPlayers: 2,
  }) as State<GameState>;
  const bot = new MCTSBot({ game: SiliconCurtain, enumerate, seed, iterations, playoutDepth });
  const { action } = await bot.play(state, playerIdBySide[view.viewer]);
  if (!action) return fallback;
  const { type, args } = action.payload as { type: string; args?: unknown[] };
  const fields = (args?.[0] ?? {}) as Readonly<Record<string, unknown>>;
  const chosen = legal.find((move) => isMove(move, type, fields));
  if (!chosen)
    throw new Error(`MCTSBot chose ${type} ${JSON.stringify(fields)}, which the view does not offer`);
  return chosen;
}
