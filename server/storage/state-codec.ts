import type { State } from 'boardgame.io';
import { completeParameters } from '../../rules/index.ts';
import { isObjectRecord } from '../../rules/object-record.ts';

/**
 * How states are stored. A match's parameters (`G.params`, ~4.6 KB of a 8–20 KB state) are fixed at
 * set-up (the rules never write them), so they are stored once, with the initial state; every move's
 * state is stored without them and gets them back from the initial state when read. That is a third
 * less JSON to write per move. A stored state that still holds its params (older rows) reads as is.
 */

/** The state without its transient deltalog (the log lives in its own table). */
export function withoutDeltalog(state: State): State {
  const { deltalog: _deltalog, ...rest } = state;
  return rest;
}

/** The initial state, whole. */
export function encodeInitialState(state: State): string {
  return JSON.stringify(withoutDeltalog(state));
}

/**
 * Stands in for `G.params` in a stored move state (params are always an object). Overwriting the key
 * keeps its place, so the state reads back with its keys in the same order.
 */
export const paramsMarker = '@initial-state';

/** A move's state, without the deltalog, `G.params` replaced by the marker. */
export function encodeState(state: State): string {
  const { deltalog: _deltalog, ...rest } = state;
  const G: unknown = rest.G;
  if (!isObjectRecord(G) || !('params' in G)) return JSON.stringify(rest);
  return JSON.stringify({ ...rest, G: { ...G, params: paramsMarker } });
}

/**
 * A stored state, with `G.params` put back from the initial state's (`initialParams`, asked only when
 * the stored state holds the marker), completed with any parameter added to the rules since. The params
 * must keep their key order (the rules iterate some of them): read them from the stored JSON text, never through
 * PostgreSQL's jsonb, which reorders keys.
 */
export function decodeState(stateJson: string, initialParams: () => unknown): State {
  const state = JSON.parse(stateJson) as State;
  const G: unknown = state.G;
  if (!isObjectRecord(G) || !('params' in G)) return state;
  // A match created before the rules added a parameter reads the baseline's value for it.
  G.params = completeParameters(G.params === paramsMarker ? initialParams() : G.params);
  return state;
}

/** The params of a stored initial state's JSON, undefined when it has none. */
export function paramsOfInitialState(initialStateJson: string): unknown {
  const G: unknown = (JSON.parse(initialStateJson) as State).G;
  return isObjectRecord(G) ? G.params : undefined;
}
