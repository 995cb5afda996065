import type { LogEntry, State } from 'boardgame.io';
import type { StorageAPI } from 'boardgame.io';
import { Async } from 'boardgame.io/internal';
import { RULES_VERSION } from '../../rules/index.ts';
import type { ListOptions, MatchMetadata, MatchStore, NewMatch } from '../../server/storage/match-store.ts';

type FetchOpts = StorageAPI.FetchOpts;
type FetchResult<O extends FetchOpts> = StorageAPI.FetchResult<O>;

interface Fetched {
  state?: State;
  initialState?: State;
  metadata?: MatchMetadata;
  log?: LogEntry[];
}

/** Thrown when a write loses its compare-and-set. */
export class StaleWriteError extends Error {
  constructor(matchID: string, stateID: number) {
    super(`stale write refused for match ${matchID} at _stateID ${stateID}`);
    this.name = 'StaleWriteError';
  }
}

/**
 * boardgame.io's StorageAPI (Async) over any MatchStore, for code that expects boardgame.io's interface.
 * `setState` is compare-and-set: it throws StaleWriteError unless `state._stateID` is the stored one + 1.
 */
export class BgioStorage extends Async {
  constructor(private readonly store: MatchStore) {
    super();
  }

  connect(): Promise<void> {
    return Promise.resolve();
  }

  /** boardgame.io's own server creates it: under this checkout's rules. */
  override async createMatch(matchID: string, opts: Omit<NewMatch, 'rulesVersion'>): Promise<void> {
    const created = await this.store.createMatch(matchID, { ...opts, rulesVersion: RULES_VERSION });
    if (!created) throw new Error(`match ${matchID} exists`);
  }

  async setState(matchID: string, state: State, deltalog?: LogEntry[]): Promise<void> {
    const committed = await this.store.commitState(matchID, { state, deltalog: deltalog ?? [] });
    if (!committed) throw new StaleWriteError(matchID, state._stateID);
  }

  async setMetadata(matchID: string, metadata: MatchMetadata): Promise<void> {
    await this.store.setMetadata(matchID, metadata);
  }

  async fetch<O extends FetchOpts>(matchID: string, opts: O): Promise<FetchResult<O>> {
    const result: Fetched = {};
    if (opts.state === true) {
      const state = await this.store.loadState(matchID);
      if (state) result.state = state;
    }
    if (opts.initialState === true) {
      const initialState = await this.store.loadInitialState(matchID);
      if (initialState) result.initialState = initialState;
    }
    if (opts.metadata === true) {
      const stored = await this.store.loadMetadata(matchID);
      if (stored) result.metadata = stored.metadata;
    }
    if (opts.log === true) result.log = await this.store.loadLog(matchID);
    // boardgame.io types the result with ts-toolbelt's Pick over the requested keys; `Fetched` is that shape.
    return result as FetchResult<O>;
  }

  async wipe(matchID: string): Promise<void> {
    await this.store.wipe(matchID);
  }

  override async listMatches(opts?: StorageAPI.ListMatchesOpts): Promise<string[]> {
    const options: ListOptions = {};
    if (opts?.gameName !== undefined) options.gameName = opts.gameName;
    const where = opts?.where;
    if (where?.isGameover !== undefined) options.isGameover = where.isGameover;
    if (where?.updatedBefore !== undefined) options.updatedBefore = where.updatedBefore;
    if (where?.updatedAfter !== undefined) options.updatedAfter = where.updatedAfter;
    return this.store.listMatches(options);
  }
}
