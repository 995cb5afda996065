import type { Ctx, State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame, ProcessGameConfig } from 'boardgame.io/internal';
import { MCTSBot, RandomBot } from 'boardgame.io/ai';
import { Client } from 'boardgame.io/client';
import { Local } from 'boardgame.io/multiplayer';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { GameState, PlayerView } from '../../rules/index.ts';
import {
  SiliconCurtain,
  legalMoves,
  observe,
  playerIdBySide,
  sides,
  sidesToMove,
} from '../../rules/index.ts';
import { whyIllegalFromView } from '../../rules/view-state.ts';
import { newGame, playRandomGame } from './helpers.ts';

/**
 * boardgame.io's own bots and clients call `ai.enumerate` with the G they hold: a seat's playerView on
 * a client, the full state on a master (RULEBOOK §15: a seat sees its own hand, never the rival's).
 */

interface Enumerated {
  move: string;
  args: unknown[];
}

const noCtx = {} as Ctx;

function enumerate(G: GameState | PlayerView, playerID: string): Enumerated[] {
  const enumerateFn = SiliconCurtain.ai?.enumerate as
    ((G: GameState | PlayerView, ctx: Ctx, playerID: string) => Enumerated[]) | undefined;
  if (!enumerateFn) throw new Error('the Game has no ai.enumerate');
  return enumerateFn(G, noCtx, playerID);
}

describe('ai.enumerate on what a client holds (RULEBOOK §15)', () => {
  it('gives on a seat’s view exactly the moves the rules accept from that seat', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 120 }), (seed, moves) => {
        const state = newGame(`enumerate-${seed}`);
        playRandomGame(state, `chooser-${seed}`, undefined, moves);
        for (const side of sides) {
          const fromView = enumerate(observe(state, side), playerIdBySide[side]);
          const fromState = enumerate(state, playerIdBySide[side]);
          expect(fromView).toEqual(fromState);
          expect(fromView).toHaveLength(legalMoves(state, side).length);
          const view = observe(state, side);
          for (const { move, args } of fromView) {
            const payload = (args[0] ?? {}) as Record<string, unknown>;
            const rejection = whyIllegalFromView(view, { ...payload, type: move, side } as never);
            expect(rejection, `${move} ${JSON.stringify(payload)}`).toBeUndefined();
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('offers nothing on a view of the other seat or a spectator', () => {
    const state = newGame('enumerate-other');
    playRandomGame(state, 'chooser-other', undefined, 3);
    expect(enumerate(observe(state, 'china'), playerIdBySide.us)).toEqual([]);
    expect(enumerate(observe(state, 'spectator'), playerIdBySide.us)).toEqual([]);
  });
});

function defined<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) throw new Error(`no ${what}`);
  return value;
}

const enumerateMoves = defined(SiliconCurtain.ai, 'ai').enumerate;

/** Which seat is to move, from the view a client holds (a chosen headline is public, its card is not). */
function seatToMove(view: PlayerView): '0' | '1' | undefined {
  if (view.result) return undefined;
  if (view.phase === 'action') return playerIdBySide[view.activeSide];
  return sides.filter((side) => !view.headlineChosen[side]).map((side) => playerIdBySide[side])[0];
}

describe("boardgame.io's own bots play a match", () => {
  it('RandomBot plays both seats to the end through Local, choosing on each seat’s view', async () => {
    const seats = (['0', '1'] as const).map((playerID) => {
      const client = Client({
        game: SiliconCurtain,
        multiplayer: Local(),
        matchID: 'random-bots',
        playerID,
        debug: false,
      });
      client.start();
      return { client, bot: new RandomBot({ enumerate: enumerateMoves, seed: `random-${playerID}` }) };
    });
    const [usSeat, chinaSeat] = seats;
    if (!usSeat || !chinaSeat) throw new Error('two seats');
    let moves = 0;
    for (; moves < 2000; moves++) {
      const seat = seatToMove(defined(usSeat.client.getState(), 'state').G as unknown as PlayerView);
      if (seat === undefined) break;
      const { client, bot } = seat === '0' ? usSeat : chinaSeat;
      const own = defined(client.getState(), 'state');
      const { action } = await bot.play(own, seat);
      const { type, args } = defined(action, `move for seat ${seat}`).payload as {
        type: string;
        args: unknown[];
      };
      defined(client.moves[type], `move ${type}`)(...args);
      expect(defined(client.getState(), 'state')._stateID, `move ${moves} refused`).toBe(own._stateID + 1);
    }
    expect(defined(usSeat.client.getState(), 'state').ctx.gameover).toBeDefined();
    expect(moves).toBeGreaterThan(20);
    for (const { client } of seats) client.stop();
  });

  it('MCTSBot plays both seats to the end on the master’s state', async () => {
    // boardgame.io's Local master picks its bot seat as the first key of activePlayers, and both seats
    // stay active through the headline phase, so this drives the master's reducer itself.
    const game = ProcessGameConfig(SiliconCurtain);
    const reducer = CreateGameReducer({ game, isClient: false });
    let state = InitializeGame({ game, numPlayers: 2, setupData: { seed: 'mcts-bots' } }) as State<GameState>;
    const bot = new MCTSBot({
      game,
      enumerate: enumerateMoves,
      seed: 'mcts',
      iterations: 4,
      playoutDepth: 2,
    });
    let moves = 0;
    for (; moves < 2000 && !state.ctx.gameover; moves++) {
      const side = sidesToMove(state.G)[0];
      if (!side) throw new Error('no side to move before the game is over');
      const { action } = await bot.play(state, playerIdBySide[side]);
      if (!action) throw new Error(`MCTSBot found no move for ${side}`);
      const next = reducer(state, action) as State<GameState>;
      expect(next._stateID, `move ${moves} refused`).toBe(state._stateID + 1);
      state = next;
    }
    expect(state.ctx.gameover).toBeDefined();
    expect(state.G.result).not.toBeNull();
  });
});
