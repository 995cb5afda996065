import { produce } from 'immer';
import { z } from 'zod';
import type { ActionChoice } from './actions.ts';
import { actionDefinitions, actionIds } from './actions.ts';
import { cardById, cardsById } from './content/catalog.ts';
import { recordEffects, snapshotFigures } from './effects-log.ts';
import { resolveEvent } from './mechanics/events.ts';
import { discardPlayed, eventBeneficiary, finishActionRound, revealHeadlines, sideName } from './round.ts';
import type { GameState, LogEntry } from './state.ts';
import { isObjectRecord } from './object-record.ts';
import type { Side } from './vocabulary.ts';
import { nodes, researchTracks, rivalOf, sides } from './vocabulary.ts';

/** Moves are plain data; `applyMove` checks them and never throws on bad input (RULEBOOK §3). */

/** `shelve`: set the card aside unplayed, neither event nor operations, once a round (RULEBOOK §4). */
export const cardUses = ['event', 'ops', 'shelve'] as const;
export type CardUse = (typeof cardUses)[number];

export type Move =
  | { type: 'chooseHeadline'; side: Side; cardId: string }
  | { type: 'playCard'; side: Side; cardId: string; use: CardUse }
  | ({ type: 'takeAction'; side: Side } & ActionChoice)
  | { type: 'endTurn'; side: Side };

export type MoveType = Move['type'];
export const moveTypes = [
  'chooseHeadline',
  'playCard',
  'takeAction',
  'endTurn',
] as const satisfies readonly MoveType[];

export const rejectionCodes = [
  'malformedMove',
  'gameOver',
  'wrongPhase',
  'notYourTurn',
  'headlineAlreadyChosen',
  'cardNotInHand',
  'rivalEventNotPlayable',
  'alreadyShelved',
  'opsInProgress',
  'noOpsInProgress',
  'actionNotForSide',
  'notEnoughOps',
  'notEnoughBudget',
  'actionUnavailable',
] as const;
export type RejectionCode = (typeof rejectionCodes)[number];

export interface Rejection {
  code: RejectionCode;
  message: string;
}

export type MoveResult = { ok: true; state: GameState } | { ok: false; rejection: Rejection };

const reject = (code: RejectionCode, message: string): Rejection => ({ code, message });

const cardId = z.string({ error: 'unknown card' }).refine((id) => cardsById.has(id), 'unknown card');
const side = z.enum(sides, { error: 'side must be "us" or "china"' });

/** One move type's fields and no others, refused in the kernel's words (`unexpected field: budgetBn`). */
const moveOf = <Shape extends z.core.$ZodLooseShape>(shape: Shape) =>
  z.strictObject(shape, {
    error: (issue) => (issue.code === 'unrecognized_keys' ? `unexpected field: ${issue.keys[0]}` : undefined),
  });

/**
 * The schema of a move: every move a server or a boardgame.io reducer applies passes here, at ~0.2 µs a
 * well-formed move. Not `z.compile`d (as the server's client-action schema is): the rules ship in the
 * client's first load, where zod's code generator would add 7 KB gzipped to save ~0.1 µs a move.
 */
const moveSchema = z.discriminatedUnion(
  'type',
  [
    moveOf({ type: z.literal('chooseHeadline'), side, cardId }),
    moveOf({
      type: z.literal('playCard'),
      side,
      cardId,
      use: z.enum(cardUses, { error: 'use must be "event", "ops" or "shelve"' }),
    }),
    moveOf({
      type: z.literal('takeAction'),
      side,
      action: z.enum(actionIds, { error: (issue) => `unknown action: ${String(issue.input)}` }),
      node: z.enum(nodes, { error: 'unknown node' }).optional(),
      track: z.enum(researchTracks, { error: 'unknown track' }).optional(),
    }),
    moveOf({ type: z.literal('endTurn'), side }),
  ],
  {
    error: (issue) =>
      issue.code === 'invalid_union'
        ? `unknown move type: ${String(isObjectRecord(issue.input) ? issue.input.type : issue.input)}`
        : 'a move is an object',
  },
);

/** Checks the shape of untrusted input: the schema of a move. */
export function parseMove(input: unknown): Move | Rejection {
  const parsed = moveSchema.safeParse(input);
  if (!parsed.success) return reject('malformedMove', parsed.error.issues[0]?.message ?? 'malformed move');
  const move = parsed.data;
  if (move.type !== 'takeAction') return move;
  // A field sent as undefined is no field: `node?: Node` holds a node or is absent.
  const { type, side: mover, action, node, track } = move;
  const choice: Move = { type, side: mover, action };
  if (node !== undefined) choice.node = node;
  if (track !== undefined) choice.track = track;
  return choice;
}

export function isRejection(value: Move | Rejection): value is Rejection {
  return 'code' in value;
}

/**
 * Whether a move made one commit ago still stands, applied to this state: headlines are chosen by both
 * sides at once, face down, so when the one commit since was the rival's headline (the rival has
 * chosen, this side has not, the round is still choosing and the game is not over) the chooser saw
 * nothing it changed. A server applies such a move instead of refusing it as stale; any other move must
 * be made at the state it is applied to (RULEBOOK, "The headline").
 */
export function standsAfterRivalsHeadline(state: GameState, move: Move): boolean {
  return (
    move.type === 'chooseHeadline' &&
    !state.result &&
    state.phase === 'headline' &&
    state.headlines[move.side] === null &&
    state.headlines[rivalOf(move.side)] !== null
  );
}

/** Why a well-formed move is illegal now, or undefined when it is legal. Reads, never writes. */
export function whyIllegal(state: GameState, move: Move): Rejection | undefined {
  if (state.result) return reject('gameOver', 'the game is over');
  const { side } = move;
  if (move.type === 'chooseHeadline') {
    if (state.phase !== 'headline')
      return reject('wrongPhase', 'headlines are chosen at the start of a round');
    if (state.headlines[side] !== null)
      return reject('headlineAlreadyChosen', 'this side has chosen its headline');
    if (!state.hands[side].includes(move.cardId))
      return reject('cardNotInHand', 'that card is not in your hand');
    return undefined;
  }
  if (state.phase !== 'action') return reject('wrongPhase', 'waiting for both headlines');
  if (state.activeSide !== side)
    return reject('notYourTurn', `it is ${sideName(state.activeSide)}'s action round`);
  switch (move.type) {
    case 'playCard': {
      if (state.ops) return reject('opsInProgress', 'spend or end the operations of the card in play first');
      if (!state.hands[side].includes(move.cardId))
        return reject('cardNotInHand', 'that card is not in your hand');
      const card = cardById(move.cardId);
      if (move.use === 'event' && card.owner === rivalOf(side)) {
        return reject(
          'rivalEventNotPlayable',
          "the rival's card can only be played for operations (its event fires for them)",
        );
      }
      if (move.use === 'shelve' && state.sides[side].shelvedInRound === state.round) {
        return reject('alreadyShelved', 'a side may shelve only one card a round');
      }
      return undefined;
    }
    case 'takeAction': {
      if (!state.ops) return reject('noOpsInProgress', 'play a card for operations first');
      const definition = actionDefinitions[move.action];
      if (!definition.sides.includes(side))
        return reject('actionNotForSide', `${definition.title} is not on ${sideName(side)}'s menu`);
      if (definition.opsCost > state.ops.opsRemaining) {
        return reject('notEnoughOps', `${definition.title} needs ${definition.opsCost} operations points`);
      }
      const why = definition.unavailable(state, side, move);
      if (why !== undefined) return reject('actionUnavailable', why);
      const cost = definition.costBn(state, side, move);
      if (cost > state.sides[side].budgetBn + 1e-9) {
        return reject('notEnoughBudget', `${definition.title} costs $${cost.toFixed(1)}Bn`);
      }
      return undefined;
    }
    case 'endTurn':
      return state.ops ? undefined : reject('noOpsInProgress', 'there is no card in play to end');
  }
}

function removeFromHand(state: GameState, side: Side, cardId: string): void {
  const hand = state.hands[side];
  const index = hand.indexOf(cardId);
  if (index >= 0) hand.splice(index, 1);
}

/** Applies a legal move to `state` in place (no checks). The one set of rules the Game, simulator and `applyMove` share. */
export function performMove(state: GameState, move: Move): void {
  const { side } = move;
  switch (move.type) {
    case 'chooseHeadline':
      removeFromHand(state, side, move.cardId);
      state.headlines[side] = move.cardId;
      revealHeadlines(state);
      return;
    case 'playCard': {
      removeFromHand(state, side, move.cardId);
      const card = cardById(move.cardId);
      if (move.use === 'shelve') {
        state.sides[side].shelvedInRound = state.round;
        discardPlayed(state, card, false);
        state.log.push({ round: state.round, side, text: `${sideName(side)} shelves ${card.title}.` });
        finishActionRound(state);
        return;
      }
      const rivalEvent = card.owner === rivalOf(side);
      const eventFires = move.use === 'event' || rivalEvent;
      discardPlayed(state, card, eventFires);
      state.log.push({
        round: state.round,
        side,
        text: `${sideName(side)} plays ${card.title} for ${move.use === 'event' ? 'its event' : `${card.ops} operations`}.`,
      });
      if (eventFires) resolveEvent(state, card, { beneficiary: eventBeneficiary(card, side), actor: side });
      if (state.result) return;
      if (move.use === 'event') finishActionRound(state);
      else state.ops = { cardId: card.id, opsRemaining: card.ops };
      return;
    }
    case 'takeAction': {
      const definition = actionDefinitions[move.action];
      const ops = state.ops;
      if (!ops) return;
      const before = snapshotFigures(state);
      const own = state.sides[side];
      own.budgetBn = Math.max(0, own.budgetBn - definition.costBn(state, side, move));
      ops.opsRemaining -= definition.opsCost;
      const detail = move.node ?? move.track;
      const entry: LogEntry = {
        round: state.round,
        side,
        text: `${sideName(side)}: ${definition.title}${detail ? ` (${detail})` : ''}.`,
      };
      state.log.push(entry);
      definition.perform(state, side, move);
      // Before the round can end: its own entry records what production and scoring changed.
      recordEffects(entry, before, state);
      if (state.result) return;
      if (ops.opsRemaining <= 0) finishActionRound(state);
      return;
    }
    case 'endTurn':
      finishActionRound(state);
      return;
  }
}

/** Checks and applies a move in place; on rejection the state is untouched. */
export function applyMoveInPlace(state: GameState, input: unknown): Rejection | undefined {
  const parsed = parseMove(input);
  if (isRejection(parsed)) return parsed;
  const why = whyIllegal(state, parsed);
  if (why) return why;
  performMove(state, parsed);
  return undefined;
}

/** The public, immutable entry point: a new state, or a typed rejection and the old state untouched. */
export function applyMove(state: GameState, input: unknown): MoveResult {
  const parsed = parseMove(input);
  if (isRejection(parsed)) return { ok: false, rejection: parsed };
  const why = whyIllegal(state, parsed);
  if (why) return { ok: false, rejection: why };
  const next = produce(state, (draft) => {
    performMove(draft, parsed);
  });
  return { ok: true, state: next };
}
