import type { State } from 'boardgame.io';
import { RecentMatches } from './recent-matches.ts';
import { encodeState, paramsMarker, withoutDeltalog } from './state-codec.ts';
import { isObjectRecord } from '../../rules/object-record.ts';

/**
 * Encodes a match's move states as `encodeState` does, byte for byte, but faster for matches that move
 * often. `G.log` and `G.history` only ever grow (the kernel appends; its clone shares the entries with the
 * previous state, which is only correct because entries are never changed in place), and by mid-game they
 * are two thirds of the stored JSON, so re-encoding them whole on every move made the cost of a move grow
 * with the age of its match. Their JSON is kept per match and extended with the new entries only.
 *
 * Bounded, and only for matches that move often (RecentMatches: from a match's second encoding among the
 * most recently encoded ones on). A match that moves once in a while (5,000 matches with people thinking
 * for seconds) is encoded with one plain `JSON.stringify` and leaves no strings behind.
 */
/** Keys of G whose arrays are append-only. */
const appendOnlyKeys = ['history', 'log'] as const;
type AppendOnlyKey = (typeof appendOnlyKeys)[number];

/** Stands in for an append-only array in the one `JSON.stringify` of the rest of the state. */
const placeholder = (key: AppendOnlyKey): string => `@@appended-${key}@@`;
/** What the placeholder looks like in the JSON text: with its key, so no other value can match. */
const placeholderText = (key: AppendOnlyKey): string => `"${key}":"${placeholder(key)}"`;

interface ArrayJson {
  array: readonly unknown[];
  /** The array's length when `json` was written (it may have grown in place since). */
  length: number;
  json: string;
}

type MatchJson = Record<AppendOnlyKey, ArrayJson>;

/** The JSON of an append-only array, reusing `known` when the array extends it (same entries, in order). */
function arrayJson(array: readonly unknown[], known: ArrayJson | undefined): ArrayJson {
  const whole = (): ArrayJson => ({ array, length: array.length, json: JSON.stringify(array) });
  if (known === undefined || array.length < known.length) return whole();
  for (let index = 0; index < known.length; index++) if (array[index] !== known.array[index]) return whole();
  if (array.length === known.length) return { array, length: known.length, json: known.json };
  const added = JSON.stringify(array.slice(known.length));
  const json = known.length === 0 ? added : `${known.json.slice(0, -1)},${added.slice(1)}`;
  return { array, length: array.length, json };
}

export class StateEncoder {
  /** The recently encoded matches, with their arrays' JSON from a second encoding on. */
  private readonly matches: RecentMatches<MatchJson>;

  constructor(capacity?: number) {
    this.matches = new RecentMatches(capacity);
  }

  /** The stored JSON of a match's move state (see `encodeState`). */
  encode(matchID: string, state: State): string {
    const G: unknown = state.G;
    if (!isObjectRecord(G) || !('params' in G) || !Array.isArray(G.history) || !Array.isArray(G.log))
      return encodeState(state);
    if (!this.matches.isRecent(matchID)) {
      this.matches.sight(matchID);
      return encodeState(state);
    }
    const base = this.matches.value(matchID);
    const arrays: MatchJson = {
      history: arrayJson(G.history as unknown[], base?.history),
      log: arrayJson(G.log as unknown[], base?.log),
    };
    this.matches.sight(matchID, arrays);
    const text = JSON.stringify({
      ...withoutDeltalog(state),
      G: { ...G, params: paramsMarker, history: placeholder('history'), log: placeholder('log') },
    });
    // Splice each array's JSON in where its placeholder is, in the order they appear.
    const found = appendOnlyKeys.map((key) => ({ key, index: text.indexOf(placeholderText(key)) }));
    // Always there (set just above); were G ever to encode itself differently, the plain way is exact.
    if (found.some(({ index }) => index < 0)) return encodeState(state);
    const spots = found
      .map(({ key, index }) => ({ key, at: index + key.length + 3 }))
      .sort((a, b) => a.at - b.at);
    let json = '';
    let from = 0;
    for (const { key, at } of spots) {
      json += text.slice(from, at) + arrays[key].json;
      from = at + placeholder(key).length + 2;
    }
    return json + text.slice(from);
  }
}
