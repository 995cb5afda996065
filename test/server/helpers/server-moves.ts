import type { GameState, Move, Side } from '../../../rules/index.ts';
import { legalMoves, observe, playerIdBySide, sidesToMove } from '../../../rules/index.ts';
import { createBot } from '../../../rules/bots/index.ts';
import type { RngState } from '../../../rules/rng.ts';
import { nextInt } from '../../../rules/rng.ts';
import type { RunningServer } from '../../../server/server.ts';
import type { Seated } from './test-server.ts';

/**
 * Plays up to `count` random legal moves through the authority (the same path as a socket's move,
 * without the socket): the test knows the truth, so it picks from the full state. Returns moves played.
 */
export async function playServerSide(
  server: RunningServer,
  match: Seated,
  rng: RngState,
  count: number,
): Promise<number> {
  let played = 0;
  while (played < count) {
    const state = await server.store.loadState(match.matchID);
    if (!state || state.ctx.gameover !== undefined) return played;
    const G = state.G as GameState;
    const side = sidesToMove(G)[0];
    if (!side) return played;
    const legal = legalMoves(G, side);
    const move: Move | undefined = legal[nextInt(rng, legal.length)];
    if (!move) return played;
    const { type, side: _side, ...fields } = move;
    const seat = playerIdBySide[side];
    const outcome = await server.authority.move({
      matchID: match.matchID,
      seat,
      stateID: state._stateID,
      move: { moveType: type, fields, payloadSeat: seat, credentials: match.credentials[seat] },
    });
    if (!outcome.ok) throw new Error(`move refused: ${outcome.rejection.code}`);
    played++;
  }
  return played;
}

/**
 * Plays a seated match through the authority with the rules' own bots (the test knows the truth; each
 * bot still decides from its seat's view), to its end or until `stopAt` holds of the state. Returns the
 * moves played.
 */
export async function playServerBots(
  server: RunningServer,
  match: Seated,
  specs: Record<Side, string>,
  seed: string,
  stopAt: (state: GameState) => boolean = () => false,
): Promise<number> {
  const bots = {
    us: createBot(specs.us, `${seed}:us`),
    china: createBot(specs.china, `${seed}:china`),
  };
  let played = 0;
  for (;;) {
    const state = await server.store.loadState(match.matchID);
    if (!state || state.ctx.gameover !== undefined) return played;
    const G = state.G as GameState;
    if (stopAt(G)) return played;
    const side = sidesToMove(G)[0];
    if (!side) return played;
    const move = bots[side].chooseMove(observe(G, side), legalMoves(G, side));
    const { type, side: _side, ...fields } = move;
    const seat = playerIdBySide[side];
    const outcome = await server.authority.move({
      matchID: match.matchID,
      seat,
      stateID: state._stateID,
      move: { moveType: type, fields, payloadSeat: seat, credentials: match.credentials[seat] },
    });
    if (!outcome.ok) throw new Error(`move refused: ${outcome.rejection.code}`);
    played++;
  }
}
