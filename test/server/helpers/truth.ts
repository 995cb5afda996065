import type { State } from 'boardgame.io';
import type { GameState } from '../../../rules/index.ts';
import { observe } from '../../../rules/index.ts';
import type { RunningServer } from '../../../server/server.ts';

/** Every committed state of the server (test-only, through the authority's commit hook). */
export class Truth {
  readonly states = new Map<number, State>();

  constructor(server: RunningServer, matchID: string) {
    server.authority.onCommit((id, state) => {
      if (id === matchID) this.states.set(state._stateID, state);
    });
  }

  async loadInitial(server: RunningServer, matchID: string): Promise<void> {
    const state = await server.store.loadState(matchID);
    if (state) this.states.set(state._stateID, state);
  }
}

function strings(value: unknown, into: Set<string>): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) strings(item, into);
  else if (typeof value === 'object' && value !== null)
    for (const item of Object.values(value)) strings(item, into);
  return into;
}

export interface Secrets {
  /** US card ids (hand and unrevealed headline) that the public view does not show. */
  usCards: string[];
  rngWords: string[];
  deckOrder: string;
  pluginSeed: string | undefined;
}

/** What seat "1" must never see at this state. */
export function secretsOfUs(state: State): Secrets {
  const G = state.G as GameState;
  const open = strings(observe(G, 'spectator'), new Set());
  const held = [...G.hands.us, ...(G.headlines.us === null ? [] : [G.headlines.us])];
  const plugin = (state.plugins.random?.data as { seed?: unknown } | undefined)?.seed;
  return {
    usCards: held.filter((id) => !open.has(id)),
    rngWords: G.rng.filter((word) => Math.abs(word) > 1_000_000).map(String),
    deckOrder: JSON.stringify(G.deck),
    pluginSeed: typeof plugin === 'string' || typeof plugin === 'number' ? String(plugin) : undefined,
  };
}

/** The state id a frame carries (sync / update / patch), if any. */
export function frameStateID(frame: readonly unknown[]): number | undefined {
  const [event, , payload, patchedTo] = frame;
  if (event === 'update') return (payload as State | undefined)?._stateID;
  if (event === 'patch') return typeof patchedTo === 'number' ? patchedTo : undefined;
  if (event === 'sync') return (payload as { state?: State } | undefined)?.state?._stateID;
  return undefined;
}

/** Leaks of US secrets in one frame to seat "1" (empty when clean). */
export function leaks(frame: readonly unknown[], secrets: Secrets): string[] {
  const text = JSON.stringify(frame);
  const found: string[] = [];
  for (const id of secrets.usCards) if (text.includes(`"${id}"`)) found.push(`card ${id}`);
  for (const word of secrets.rngWords) if (text.includes(word)) found.push(`rng word ${word}`);
  if (secrets.deckOrder.length > 2 && text.includes(secrets.deckOrder)) found.push('deck order');
  if (text.includes('"deck":') || text.includes('"rng":')) found.push('deck or rng field');
  if (secrets.pluginSeed !== undefined && text.includes(secrets.pluginSeed)) found.push('plugin seed');
  return found;
}
