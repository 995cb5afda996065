import type { Ctx, State } from 'boardgame.io';
import { CreateGameReducer, InitializeGame, ProcessGameConfig } from 'boardgame.io/internal';
import { describe, expect, it, vi } from 'vitest';
import type { GameState, Move, SetupData } from '../../rules/index.ts';
import {
  SiliconCurtain,
  applyMoveInPlace,
  createGame,
  fingerprint,
  legalMoves,
  observe,
  playerIdBySide,
  scenarios,
  sidesToMove,
} from '../../rules/index.ts';
import { seedRng } from '../../rules/rng.ts';
import { pick } from './helpers.ts';

/**
 * The boardgame.io Game and the kernel are one set of rules (RULEBOOK §2): the same moves through
 * boardgame.io's own (server-side) reducer and through the kernel give the same state after every move.
 */

type BgioState = State<GameState>;

const game = ProcessGameConfig(SiliconCurtain);
const reducer = CreateGameReducer({ game, isClient: false });

/** boardgame.io's MAKE_MOVE action (its creator is internal to the package). */
function makeMoveAction(move: Move) {
  const { type, side, ...payload } = move;
  return {
    type: 'MAKE_MOVE' as const,
    payload: { type, args: [payload], playerID: playerIdBySide[side] },
  };
}

function dispatch(state: BgioState, move: Move): BgioState {
  return reducer(state, makeMoveAction(move)) as BgioState;
}

function expectedGameover(kernel: GameState): Ctx['gameover'] {
  if (!kernel.result) return undefined;
  return kernel.result.winner === 'draw'
    ? { draw: true, reason: kernel.result.reason }
    : { winner: playerIdBySide[kernel.result.winner], reason: kernel.result.reason };
}

/** boardgame.io's phase and seat to move follow the kernel's. */
function expectSameFlow(bgio: BgioState, kernel: GameState): void {
  if (kernel.result) return;
  expect(bgio.ctx.phase).toBe(kernel.phase);
  if (kernel.phase === 'action') {
    expect(bgio.ctx.currentPlayer).toBe(playerIdBySide[kernel.activeSide]);
  } else {
    const active = Object.keys(bgio.ctx.activePlayers ?? {}).sort();
    expect(active).toEqual(['0', '1']);
  }
}

/** The Game's playerView is the kernel's observe, seat by seat. */
function expectSameViews(bgio: BgioState, kernel: GameState): void {
  const viewOf = SiliconCurtain.playerView;
  if (!viewOf) throw new Error('the Game has no playerView');
  const seats = [
    ['0', 'us'],
    ['1', 'china'],
    [null, 'spectator'],
  ] as const;
  for (const [playerID, viewer] of seats) {
    expect(viewOf({ G: bgio.G, ctx: bgio.ctx, playerID })).toEqual(observe(kernel, viewer));
  }
}

function playBoth(setupData: Required<Pick<SetupData, 'scenarioId' | 'seed'>>, chooserSeed: string) {
  let bgio = InitializeGame({ game, numPlayers: 2, setupData }) as BgioState;
  const kernel = createGame({ scenarioId: setupData.scenarioId, seed: setupData.seed });
  expect(fingerprint(bgio.G)).toBe(fingerprint(kernel));
  const chooser = seedRng(chooserSeed);
  let moves = 0;
  while (!kernel.result && moves < 5000) {
    const side = sidesToMove(kernel)[0];
    if (side === undefined) throw new Error('no side to move');
    const options = legalMoves(kernel, side);
    const enumerated = SiliconCurtain.ai?.enumerate(bgio.G, bgio.ctx, playerIdBySide[side]) ?? [];
    expect(enumerated).toHaveLength(options.length);
    const move = pick(chooser, options);
    expect(applyMoveInPlace(kernel, move)).toBeUndefined();
    bgio = dispatch(bgio, move);
    expect(fingerprint(bgio.G), `after move ${moves}: ${JSON.stringify(move)}`).toBe(fingerprint(kernel));
    expectSameFlow(bgio, kernel);
    if (moves % 7 === 0) expectSameViews(bgio, kernel);
    moves++;
  }
  return { bgio, kernel, moves };
}

const seeds = ['agree-1', 'agree-2', 'agree-3', 42];

describe('the boardgame.io Game agrees with the kernel (RULEBOOK §2)', () => {
  it.each(seeds)('plays the same game move by move for seed %s', (seed) => {
    const { bgio, kernel, moves } = playBoth(
      { scenarioId: 'baseline-2025', seed },
      `chooser-${String(seed)}`,
    );
    expect(moves).toBeGreaterThan(0);
    expect(kernel.result).not.toBeNull();
    expect(bgio.ctx.gameover).toEqual(expectedGameover(kernel));
  });

  it('rejects what the kernel rejects and leaves G as it was (RULEBOOK §3)', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const bgio = InitializeGame({ game, numPlayers: 2, setupData: { seed: 'reject' } }) as BgioState;
    const before = fingerprint(bgio.G);
    const rivalCard = bgio.G.hands.china[0];
    if (rivalCard === undefined) throw new Error('China has no hand');
    // The US seat names a card from China's hand: the kernel says cardNotInHand, the Game says INVALID_MOVE.
    const after = dispatch(bgio, { type: 'chooseHeadline', side: 'us', cardId: rivalCard });
    expect(fingerprint(after.G)).toBe(before);
    expect(after._stateID).toBe(bgio._stateID);
    // The side comes from the seat, never from the payload.
    const spoofed = reducer(bgio, {
      type: 'MAKE_MOVE',
      payload: { type: 'chooseHeadline', args: [{ side: 'china', cardId: rivalCard }], playerID: '0' },
    }) as BgioState;
    expect(fingerprint(spoofed.G)).toBe(before);
    expect(logged).toHaveBeenCalledTimes(2);
    logged.mockRestore();
  });

  it.each(scenarios.map((s) => s.id))('agrees in scenario %s too (RULEBOOK §2)', (scenarioId) => {
    const { bgio, kernel } = playBoth({ scenarioId, seed: `${scenarioId}-seed` }, `${scenarioId}-chooser`);
    expect(kernel.result).not.toBeNull();
    expect(bgio.ctx.gameover).toEqual(expectedGameover(kernel));
  });
});
