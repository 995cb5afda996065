import { legalMoves } from './legal.ts';
import type { Move, Rejection } from './moves.ts';
import { whyIllegal } from './moves.ts';
import type { PlayerView } from './observe.ts';
import type { GameState } from './state.ts';
import type { Side } from './vocabulary.ts';
import { sides } from './vocabulary.ts';

/**
 * States rebuilt from what one seat sees. The rules read only public state and the mover's own hand, so
 * a state with the rival's hand empty, no deck and no PRNG answers `legalMoves` and `whyIllegal` for that
 * seat exactly as the real state does (a property test holds this): clients, server-side bots and tests
 * never need the hidden state.
 */

/**
 * The public part of a view with every hidden field empty. Shares objects with the view. Fields are
 * listed one by one (not a rest spread): the search bots rebuild a state from a view before every
 * decision, and an object literal of known shape is many times faster to build.
 */
export function publicState(view: PlayerView): GameState {
  return {
    scenarioId: view.scenarioId,
    params: view.params,
    rng: [0, 0, 0, 1],
    round: view.round,
    year: view.year,
    phase: view.phase,
    activeSide: view.activeSide,
    actionRoundsLeft: view.actionRoundsLeft,
    ops: view.ops,
    deck: [],
    discard: view.discard,
    removed: view.removed,
    hands: { us: [], china: [] },
    headlines: { us: null, china: null },
    exportControlLevel: view.exportControlLevel,
    retaliationLevel: view.retaliationLevel,
    escalation: view.escalation,
    escalatedThisRound: view.escalatedThisRound,
    computeLead: view.computeLead,
    frontierReferenceRatio: view.frontierReferenceRatio,
    selfRelianceRoundsHeld: view.selfRelianceRoundsHeld,
    chokeholdRoundsHeld: view.chokeholdRoundsHeld,
    sides: view.sides,
    history: view.history,
    log: view.log,
    nextFabId: view.nextFabId,
    pendingInjections: [],
    result: view.result,
  };
}

/** The public state plus the seat's own hand and secret headline. Shares objects with the view. */
export function stateFromView(view: PlayerView, side: Side): GameState {
  const state = publicState(view);
  state.hands[side] = view.hand;
  state.headlines[side] = view.ownHeadline;
  return state;
}

/**
 * sidesToMove (rules/legal.ts) from what any seat or a spectator sees: a chosen headline is secret, but
 * that it was chosen is public.
 */
export function sidesToMoveFromView(view: PlayerView): Side[] {
  if (view.result) return [];
  if (view.phase === 'headline') return sides.filter((side) => !view.headlineChosen[side]);
  return [view.activeSide];
}

export function legalMovesFromView(view: PlayerView): Move[] {
  return view.viewer === 'spectator' ? [] : legalMoves(stateFromView(view, view.viewer), view.viewer);
}

export function whyIllegalFromView(view: PlayerView, move: Move): Rejection | undefined {
  return whyIllegal(stateFromView(view, move.side), move);
}
