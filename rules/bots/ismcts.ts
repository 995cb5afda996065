import { cloneState } from '../clone.ts';
import { determinizer } from '../determinize.ts';
import { legalMoves, sidesToMove } from '../legal.ts';
import type { Move } from '../moves.ts';
import { performMove } from '../moves.ts';
import type { PlayerView } from '../observe.ts';
import type { RngState } from '../rng.ts';
import { nextFloat, nextInt, seedRng } from '../rng.ts';
import type { GameState } from '../state.ts';
import type { Side } from '../vocabulary.ts';
import type { EvaluationWeights } from './evaluate.ts';
import { evaluateDisposable, evaluationWeightsBySide } from './evaluate.ts';
import { scoreMove, unspentOpsCredit } from './score-move.ts';

/**
 * Information-set Monte Carlo tree search (single observer). Every iteration searches a fresh
 * determinisation of the bot's own view, so the bot never sees the rival's hand, the deck order or the
 * game's random stream; its own randomness comes from its own seed. Each new node is scored at once by
 * the greedy bot's evaluation (random rollouts escalated at random and were dropped), taken relative to
 * the position the search starts from: the evaluation is not a calibrated win chance, and squashed as it
 * stands a side far ahead on it (China with its research done scores 200 and more) saw every move at a
 * 99% win chance and spread its visits evenly, choosing at random (docs/BALANCE.md, "The search bot").
 */

export interface IsmctsOptions {
  iterations: number;
  exploration: number;
  /** The evaluator's weights; by default the searching side's own (evaluationWeightsBySide). */
  weights?: Readonly<EvaluationWeights>;
  /** Visits the greedy bot's one-ply score counts for at the root: how much evidence overrides it. */
  priorVisits: number;
}

export const defaultIsmctsOptions: IsmctsOptions = { iterations: 200, exploration: 0.5, priorVisits: 1 };

/**
 * Evaluation units (rules/bots/evaluate.ts) above the starting position's that move a leaf's win chance
 * from 50% to about 73%.
 */
const evaluationScale = 40;

interface TreeNode {
  key: string;
  move: Move | null;
  mover: Side | null;
  visits: number;
  rewardSum: number;
  availability: number;
  children: TreeNode[];
}

export function moveKey(move: Move): string {
  switch (move.type) {
    case 'chooseHeadline':
      return `h:${move.cardId}`;
    case 'playCard':
      return `p:${move.cardId}:${move.use}`;
    case 'takeAction':
      return `a:${move.action}:${move.node ?? ''}:${move.track ?? ''}`;
    case 'endTurn':
      return 'e';
  }
}

const newNode = (move: Move | null, mover: Side | null): TreeNode => ({
  key: move ? moveKey(move) : '',
  move,
  mover,
  visits: 0,
  rewardSum: 0,
  availability: 0,
  children: [],
});

/** A leaf's score squashed into (0, 1) around the score of the position the search started from. */
export const winChance = (score: number, rootScore: number): number =>
  1 / (1 + Math.exp(-(score - rootScore) / evaluationScale));

/**
 * The greedy evaluator's score of an unfinished position for `side`, unspent operations points
 * included. Changes `state`.
 */
export function scorePosition(state: GameState, side: Side, weights: Readonly<EvaluationWeights>): number {
  // Credited as the greedy scorer credits them: without it a leaf just after a card played for
  // operations looks worse than the same card's event and than the leaf one action later, so values
  // taken at different depths of one turn would not agree.
  return evaluateDisposable(state, side, true, weights) + unspentOpsCredit(state, side);
}

/**
 * Chance that `side` wins from here: the result, or the position's score against `rootScore` squashed
 * into (0, 1). Changes `state`.
 */
export function evaluatePosition(
  state: GameState,
  side: Side,
  rootScore: number,
  weights: Readonly<EvaluationWeights> = evaluationWeightsBySide[side],
): number {
  if (state.result) {
    if (state.result.winner === 'draw') return 0.5;
    return state.result.winner === side ? 1 : 0;
  }
  return winChance(scorePosition(state, side, weights), rootScore);
}

/** Who moves next in the search; of two simultaneous headlines, the searcher's comes first. */
function sideToMove(state: GameState, self: Side): Side | undefined {
  const movers = sidesToMove(state);
  return movers.includes(self) ? self : movers[0];
}

/**
 * Moves worth searching: shelving a card only matters when escalation is near its limit (it is how a side
 * avoids firing a rival's escalating event), and elsewhere it only widens the tree.
 */
function searchableMoves(state: Pick<GameState, 'escalation' | 'params'>, legal: Move[]): Move[] {
  if (state.escalation >= state.params.escalation.limit - 2) return legal;
  const focused = legal.filter((move) => move.type !== 'playCard' || move.use !== 'shelve');
  return focused.length > 0 ? focused : legal;
}

function selectChild(children: TreeNode[], exploration: number): TreeNode | undefined {
  let best: TreeNode | undefined;
  let bestScore = -Infinity;
  for (const child of children) {
    const score =
      child.rewardSum / child.visits +
      exploration * Math.sqrt(Math.log(Math.max(1, child.availability)) / child.visits);
    if (score > bestScore) {
      best = child;
      bestScore = score;
    }
  }
  return best;
}

/** What every iteration of one decision's search shares. */
interface SearchContext {
  self: Side;
  weights: Readonly<EvaluationWeights>;
  /** The score of the position the search starts from (scorePosition), on the root's determinisation. */
  rootScore: number;
  exploration: number;
}

function iterate(
  root: TreeNode,
  sample: (rng: RngState) => GameState,
  rng: RngState,
  context: SearchContext,
): void {
  const { self } = context;
  const state = sample(rng);
  const path: TreeNode[] = [];
  let node = root;
  for (;;) {
    const side = sideToMove(state, self);
    if (side === undefined) break;
    const legal = searchableMoves(state, legalMoves(state, side));
    const present: TreeNode[] = [];
    const untried: Move[] = [];
    for (const move of legal) {
      const key = moveKey(move);
      const child = node.children.find((candidate) => candidate.key === key);
      if (child) present.push(child);
      else untried.push(move);
    }
    for (const child of present) child.availability += 1;
    if (untried.length > 0) {
      const move = untried[nextInt(rng, untried.length)];
      if (!move) break;
      const child = newNode(move, side);
      child.availability = 1;
      node.children.push(child);
      performMove(state, move);
      path.push(child);
      break;
    }
    const chosen = selectChild(present, context.exploration);
    if (!chosen?.move) break;
    performMove(state, chosen.move);
    path.push(chosen);
    node = chosen;
  }
  const value = evaluatePosition(state, self, context.rootScore, context.weights);
  root.visits += 1;
  for (const visited of path) {
    visited.visits += 1;
    visited.rewardSum += visited.mover === self ? value : 1 - value;
  }
}

/**
 * The root's children start with one visit valued by the greedy bot's one-ply score on one
 * determinisation: the search begins from the greedy bot's judgement of every move, not from random
 * first expansions, and has to find evidence before it overrides it.
 */
function seededRoot(
  base: GameState,
  moves: readonly Move[],
  context: SearchContext,
  priorVisits: number,
): TreeNode {
  const root = newNode(null, null);
  for (const move of moves) {
    const child = newNode(move, context.self);
    child.visits = priorVisits;
    child.availability = priorVisits;
    child.rewardSum = priorVisits * winChance(scoreMove(base, move, context.weights), context.rootScore);
    root.children.push(child);
  }
  root.visits = moves.length * priorVisits;
  return root;
}

/** What the search found for one root move: its visits (the prior's included) and mean win chance. */
export interface RootMoveStatistics {
  move: Move;
  visits: number;
  meanWinChance: number;
}

/**
 * Runs one decision's search from `view` and returns the statistics of every searched root move, in
 * the order of `searchableMoves`. Draws from `rng`.
 */
export function searchRoot(
  view: PlayerView & { viewer: Side },
  legal: readonly Move[],
  rng: RngState,
  settings: IsmctsOptions,
): RootMoveStatistics[] {
  const self = view.viewer;
  const sample = determinizer(view);
  const base = sample(rng);
  const weights = settings.weights ?? evaluationWeightsBySide[self];
  const context: SearchContext = {
    self,
    weights,
    rootScore: scorePosition(cloneState(base), self, weights),
    exploration: settings.exploration,
  };
  const moves = searchableMoves(view, [...legal]);
  const root = seededRoot(base, moves, context, settings.priorVisits);
  for (let i = 0; i < settings.iterations; i++) iterate(root, sample, rng, context);
  return moves.map((move) => {
    const key = moveKey(move);
    const child = root.children.find((candidate) => candidate.key === key);
    const visits = child?.visits ?? 0;
    return { move, visits, meanWinChance: child && visits > 0 ? child.rewardSum / visits : 0 };
  });
}

export interface SearchBot {
  name: string;
  chooseMove: (view: PlayerView, legal: readonly Move[]) => Move;
}

export function createIsmctsBot(seed: string, options: Partial<IsmctsOptions> = {}): SearchBot {
  const settings: IsmctsOptions = { ...defaultIsmctsOptions, ...options };
  const rng = seedRng(`ismcts:${seed}`);
  return {
    name: `mcts:${settings.iterations}`,
    chooseMove(view, legal) {
      const only = legal[0];
      if (!only) throw new Error('mcts: no legal move to choose from');
      if (legal.length === 1 || view.viewer === 'spectator') return only;
      let best = only;
      let bestVisits = -1;
      for (const { move, visits } of searchRoot({ ...view, viewer: view.viewer }, legal, rng, settings)) {
        const jittered = visits + nextFloat(rng) * 1e-3;
        if (jittered > bestVisits) {
          best = move;
          bestVisits = jittered;
        }
      }
      return best;
    },
  };
}
