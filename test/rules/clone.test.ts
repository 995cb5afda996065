import { describe, expect, it } from 'vitest';
import type { GameState } from '../../rules/index.ts';
import { cloneState, fingerprint, legalMoves, performMove, sidesToMove } from '../../rules/index.ts';
import { newGame, playRandomGame } from './helpers.ts';

/**
 * cloneState writes every field out by hand (rules/clone.ts): these hold it to a true deep copy, whatever
 * the game has grown (fabs, worn tools, finished research, a result).
 */

/** Every object and array reachable from `value`, so sharing between two states can be spotted. */
function containers(value: unknown, into = new Set<object>()): Set<object> {
  if (typeof value !== 'object' || value === null || into.has(value)) return into;
  into.add(value);
  for (const child of Object.values(value)) containers(child, into);
  return into;
}

/**
 * What the clone must not share with its source: everything but the frozen parameters and the records
 * of the append-only history and log (never changed once pushed).
 */
function mutableContainers(state: GameState): Set<object> {
  const { params: _params, history, log, ...rest } = state;
  const found = containers(rest);
  found.add(history);
  found.add(log);
  return found;
}

describe('cloneState', () => {
  it.each(['clone-a', 'clone-b', 'clone-c'])('copies every field, deeply, all through game %s', (seed) => {
    const state = newGame(seed);
    let checked = 0;
    playRandomGame(state, `${seed}-chooser`, (current) => {
      const copy = cloneState(current);
      expect(copy).toStrictEqual(current);
      expect(fingerprint(copy)).toBe(fingerprint(current));
      const original = mutableContainers(current);
      for (const container of mutableContainers(copy)) expect(original.has(container)).toBe(false);
      checked++;
    });
    expect(state.result).not.toBeNull();
    expect(checked).toBeGreaterThan(20);
  });

  it('leaves the source untouched when the copy plays on', () => {
    const state = newGame('clone-independent');
    playRandomGame(state, 'clone-independent-chooser', () => undefined, 40);
    const before = fingerprint(state);
    const copy = cloneState(state);
    while (!copy.result) {
      const side = sidesToMove(copy)[0];
      if (side === undefined) break;
      const move = legalMoves(copy, side).at(-1);
      if (!move) break;
      performMove(copy, move);
    }
    expect(copy.result).not.toBeNull();
    expect(fingerprint(state)).toBe(before);
  });
});
