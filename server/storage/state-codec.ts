import type { State } from 'boardgame.io';

/**
 * How states are stored. A match's parameters (`G.params`, ~4.6 KB of a 8–20 KB state) are fixed at
 * set-up (the rules never write them), so they are stored once, with the initial state; every move's
 * state is stored without them and gets them back from the initial state when read. That is a third
 * less JSON to write per move. A stored state that still holds its params (older rows) reads as is.
 */

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The state without its transient deltalog (the log lives in its own table). */
export function withoutDeltalog(state: State): State {
  const { deltalog: _deltalog, ...rest } = state;
  return rest;
}

/** The initial state, whole. */
export function encodeInitialState(state: State): string {
  return JSON.stringify(withoutDeltalog(state));
}

/** A move's state, without the deltalog and without `G.params`. */
export function encodeState(state: State): string {
  const { deltalog: _deltalog, ...rest } = state;
  const G: unknown = rest.G;
  if (!isRecord(G) || !('params' in G)) return JSON.stringify(rest);
  const { params: _params, ...shared } = G;
  return JSON.stringify({ ...rest, G: shared });
}

/**
 * A stored state, with `G.params` put back from `initialParamsJson` (the JSON of the initial state's
 * `G.params`, null when it has none) when the stored state has none.
 */
export function decodeState(stateJson: string, initialParamsJson: string | null): State {
  const state = JSON.parse(stateJson) as State;
  const G: unknown = state.G;
  if (initialParamsJson !== null && isRecord(G) && !('params' in G))
    state.G = { ...G, params: JSON.parse(initialParamsJson) as unknown };
  return state;
}
