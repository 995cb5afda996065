import type { ActionDefinition, ActionId } from './actions.ts';
import { actionDefinitions, menuOf } from './actions.ts';
import { cardById, cards } from './content/catalog.ts';
import { buildableNodes } from './mechanics/fabs.ts';
import type { CardUse, Move } from './moves.ts';
import type { GameState } from './state.ts';
import type { BySide, CardOwner, Node, ResearchTrack, Side } from './vocabulary.ts';
import { nodes, researchTracks, rivalOf, sides } from './vocabulary.ts';

/**
 * Every legal move for `side` now: what bots choose from and what the board offers. It applies the same
 * checks as `whyIllegal` (a property test holds the two together), written out directly because the
 * simulator calls it before every move.
 *
 * Moves are plain immutable data, so each distinct move is built once, frozen, and handed out again:
 * generating the moves allocates only the list (the random-play bench calls this before every move,
 * the search bots at every node).
 */

type TakeActionMove = Extract<Move, { type: 'takeAction' }>;

function frozen<T extends Move>(move: T): T {
  return Object.freeze(move);
}

function takeAction(side: Side, action: ActionId, node?: Node, track?: ResearchTrack): TakeActionMove {
  const move: TakeActionMove = { type: 'takeAction', side, action };
  if (node !== undefined) move.node = node;
  if (track !== undefined) move.track = track;
  return frozen(move);
}

interface CardMoves {
  /** Whose event the card is; null for an id not in the catalog (then `cardById` throws, as it did). */
  owner: CardOwner | null;
  headline: Move;
  uses: Record<CardUse, Move>;
}

/** One action of a side's menu with everything `legalMoves` needs, read without keyed lookups. */
interface MenuEntry {
  definition: ActionDefinition;
  opsCost: number;
  /** buildFab's moves by node (the buildable nodes change as the game goes). */
  fabs: Record<Node, TakeActionMove> | null;
  /** The action's fixed choices: itself, or one move per research track. */
  choices: readonly TakeActionMove[];
}

interface SideMoves {
  endTurn: Move;
  /** The actions on this side's menu, in menu order (`actionIds`). */
  menu: readonly MenuEntry[];
  cards: Map<string, CardMoves>;
}

function byKey<K extends string>(
  keys: readonly K[],
  make: (key: K) => TakeActionMove,
): Record<K, TakeActionMove> {
  return Object.fromEntries(keys.map((key) => [key, make(key)])) as Record<K, TakeActionMove>;
}

function menuEntry(side: Side, action: ActionId): MenuEntry {
  const definition = actionDefinitions[action];
  const entry = { definition, opsCost: definition.opsCost, fabs: null, choices: [] };
  if (action === 'buildFab')
    return { ...entry, fabs: byKey(nodes, (node) => takeAction(side, action, node)) };
  if (action === 'researchDomestic' || action === 'sanctionEntities')
    return { ...entry, choices: researchTracks.map((track) => takeAction(side, action, undefined, track)) };
  return { ...entry, choices: [takeAction(side, action)] };
}

function sideMoves(side: Side): SideMoves {
  const menu = menuOf(side).map((action) => menuEntry(side, action));
  const cardMoves = new Map<string, CardMoves>();
  for (const card of cards) {
    const use = (how: CardUse): Move => frozen({ type: 'playCard', side, cardId: card.id, use: how });
    cardMoves.set(card.id, {
      owner: card.owner,
      headline: frozen({ type: 'chooseHeadline', side, cardId: card.id }),
      uses: { event: use('event'), ops: use('ops'), shelve: use('shelve') },
    });
  }
  return { endTurn: frozen({ type: 'endTurn', side }), menu, cards: cardMoves };
}

const movesBySide: BySide<SideMoves> = { us: sideMoves('us'), china: sideMoves('china') };

/** A card's moves; an id not in the catalog (a hand-built test state) gets fresh, unshared ones. */
function cardMoves(side: Side, cardId: string): CardMoves {
  const found = movesBySide[side].cards.get(cardId);
  if (found) return found;
  return {
    owner: null,
    headline: { type: 'chooseHeadline', side, cardId },
    uses: {
      event: { type: 'playCard', side, cardId, use: 'event' },
      ops: { type: 'playCard', side, cardId, use: 'ops' },
      shelve: { type: 'playCard', side, cardId, use: 'shelve' },
    },
  };
}

/** Adds `move` when its action is available and affordable (the checks of `whyIllegal`, in its order). */
function offer(
  moves: Move[],
  state: GameState,
  side: Side,
  definition: ActionDefinition,
  move: TakeActionMove,
  budgetBn: number,
): void {
  if (definition.unavailable(state, side, move) !== undefined) return;
  if (definition.costBn(state, side, move) > budgetBn) return;
  moves.push(move);
}

export function legalMoves(state: GameState, side: Side): Move[] {
  const moves: Move[] = [];
  if (state.result) return moves;
  const hand = state.hands[side];
  if (state.phase === 'headline') {
    if (state.headlines[side] === null)
      for (const cardId of hand) moves.push(cardMoves(side, cardId).headline);
    return moves;
  }
  if (state.phase !== 'action' || state.activeSide !== side) return moves;
  if (!state.ops) {
    const rival = rivalOf(side);
    const canShelve = state.sides[side].shelvedInRound !== state.round;
    for (const cardId of hand) {
      const { owner, uses } = cardMoves(side, cardId);
      if ((owner ?? cardById(cardId).owner) !== rival) moves.push(uses.event);
      moves.push(uses.ops);
      if (canShelve) moves.push(uses.shelve);
    }
    return moves;
  }
  const opsRemaining = state.ops.opsRemaining;
  const budgetBn = state.sides[side].budgetBn + 1e-9;
  const own = movesBySide[side];
  for (const entry of own.menu) {
    if (entry.opsCost > opsRemaining) continue;
    const { definition, fabs } = entry;
    if (fabs)
      for (const node of buildableNodes(state, side))
        offer(moves, state, side, definition, fabs[node], budgetBn);
    else for (const move of entry.choices) offer(moves, state, side, definition, move, budgetBn);
  }
  moves.push(own.endTurn);
  return moves;
}

/** The sides that may move now (both during headlines, until each has chosen). */
export function sidesToMove(state: GameState): Side[] {
  if (state.result) return [];
  if (state.phase === 'headline') return sides.filter((side) => state.headlines[side] === null);
  return [state.activeSide];
}
