import { randomBytes } from 'node:crypto';
import type { Game } from 'boardgame.io';
import type { MatchAuthority } from '../authority/authority.ts';
import { credentialsMatch, newCredentials } from '../authority/credentials.ts';
import { isMatchID } from '../authority/ids.ts';
import type { Seat } from '../authority/seats.ts';
import { parseSeat, seats, seatEntry } from '../authority/seats.ts';
import { characterCount } from '../authority/text.ts';
import type { MatchMetadata, MatchStore, StoredMetadata } from '../storage/match-store.ts';
import type { LifecycleTimes, MatchLifecycle } from './lifecycle.ts';
import { defaultLifecycleTimes, isListedLifecycle, lifecycleOf } from './lifecycle.ts';
import type { ListedMatch } from './list-page.ts';
import { botSeatOf } from '../bots/bot-setup.ts';
import type { CreateOptions } from './create-options.ts';
import { parseCreateOptions } from './create-options.ts';
import { createdBy } from './creator.ts';
import { buildMatch } from './create-match.ts';
import { listAll, listPage, parsePage } from './list-page.ts';
import type { ClientMatchData } from './match-data.ts';
import { clientMatchData } from './match-data.ts';
import { rematchOptions } from './rematch.ts';
import { matchReplay } from './replay.ts';

/** Told about lobby events (server-played bot seats, clocks). */
export interface LobbyHooks {
  created?: (matchID: string) => void;
  /** A player took a seat (a bot seat waits for its human). */
  joined?: (matchID: string) => void;
}

/** A Lobby API answer: an HTTP status and a JSON body. */
export interface Reply {
  status: number;
  body: unknown;
}

const ok = (body: unknown): Reply => ({ status: 200, body });
const error = (status: number, code: string, message: string): Reply => ({
  status,
  body: { error: { code, message } },
});

/** A new match refused by the per-address creation quota (a create or a rematch). */
export const tooManyCreates: Reply = error(
  429,
  'rateLimited',
  'too many new matches from this address: wait a minute, or join an open match',
);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const maxNameChars = 64;
const casRetries = 5;

function validName(value: unknown): value is string {
  return typeof value === 'string' && value.trim().length > 0 && characterCount(value) <= maxNameChars;
}

/** Match expiry: its times and the clock it is read against (tests pass a fake one). */
export interface LobbyClock {
  now: () => number;
  times: LifecycleTimes;
}

/**
 * boardgame.io's Lobby REST API (same routes and bodies, so its LobbyClient works), hardened: seats are
 * "0"/"1" only, metadata writes are compare-and-set, the seed is the server's, errors are JSON.
 */
export class Lobby {
  constructor(
    private readonly game: Game & { name: string },
    private readonly store: MatchStore,
    private readonly authority: MatchAuthority,
    private readonly hooks: LobbyHooks = {},
    private readonly clock: LobbyClock = { now: Date.now, times: defaultLifecycleTimes },
  ) {}

  private lifecycleOf(metadata: MatchMetadata): MatchLifecycle {
    return lifecycleOf(metadata, this.clock.now(), this.clock.times);
  }

  private matchData(matchID: string, stored: StoredMetadata): ClientMatchData {
    return clientMatchData(matchID, stored, this.authority.rules, this.lifecycleOf(stored.metadata));
  }

  /**
   * Listed: not unlisted, neither expired nor abandoned, not a bot match still open (its free seat is its
   * creator's, not anyone's to take), and not an open match of other rules (nobody could play it).
   */
  private readonly listed: ListedMatch = (matchID, stored) => {
    if (stored.metadata.unlisted === true) return undefined;
    const data = this.matchData(matchID, stored);
    if (data.lifecycle === 'open' && botSeatOf(stored.metadata)) return undefined;
    if (data.lifecycle === 'open' && data.rulesStatus === 'closed') return undefined;
    return isListedLifecycle(data.lifecycle) ? data : undefined;
  };

  listGames(): Reply {
    return ok([this.game.name]);
  }

  async listMatches(query: URLSearchParams): Promise<Reply> {
    const options: Parameters<MatchStore['listMatches']>[0] = { gameName: this.game.name };
    const gameover = query.get('isGameover');
    if (gameover === 'true') options.isGameover = true;
    if (gameover === 'false') options.isGameover = false;
    const before = Number.parseInt(query.get('updatedBefore') ?? '', 10);
    if (before > 0) options.updatedBefore = before;
    const after = Number.parseInt(query.get('updatedAfter') ?? '', 10);
    if (after > 0) options.updatedAfter = after;
    const ids = await this.store.listMatches(options);
    const page = parsePage(query);
    if (page && 'error' in page) return error(400, 'malformedMessage', page.error);
    if (page) return ok(await listPage(this.store, ids, page, this.listed));
    return ok({ matches: await listAll(this.store, ids, this.listed) });
  }

  async getMatch(matchID: string): Promise<Reply> {
    const stored = isMatchID(matchID) ? await this.store.loadMetadata(matchID) : undefined;
    if (!stored) return error(404, 'matchNotFound', `match ${matchID} not found`);
    return ok(this.matchData(matchID, stored));
  }

  /** A finished match's first state and journal, for its replay; an unfinished one is refused (replay.ts). */
  replay(matchID: string): Promise<Reply> {
    return matchReplay(this.store, this.authority.rules, matchID);
  }

  /** `address`: the creator's, kept as a hash so the lobby can group one creator's matches (creator.ts). */
  async create(body: unknown, address?: string): Promise<Reply> {
    if (this.authority.isDraining) return error(503, 'shuttingDown', 'the server is shutting down');
    if (!isRecord(body)) return error(400, 'malformedMessage', 'body must be an object');
    const options = createdBy(parseCreateOptions(body), address);
    if ('error' in options) return error(400, 'malformedMessage', options.error);
    const created = await this.createMatch(options);
    return 'matchID' in created ? ok({ matchID: created.matchID }) : created;
  }

  /**
   * A match from parsed options (the create route's, a classroom's tables): its id and its kernel seed,
   * which only the caller keeps (a classroom reveals it in the facilitator's export), or the refusal.
   */
  async createMatch(options: CreateOptions): Promise<{ matchID: string; kernelSeed: string } | Reply> {
    if (this.authority.isDraining) return error(503, 'shuttingDown', 'the server is shutting down');
    const match = buildMatch(this.game, options, this.authority.rules.version);
    if ('error' in match) return error(400, 'malformedMessage', match.error);
    const matchID = randomBytes(12).toString('base64url');
    const { kernelSeed, ...stored } = match;
    const created = await this.store.createMatch(matchID, stored);
    if (!created) return error(409, 'conflict', 'match id collision; retry');
    this.hooks.created?.(matchID);
    return { matchID, kernelSeed };
  }

  /**
   * boardgame.io's `playAgain` (body { playerID, credentials }): a seated player asks for a rematch; the
   * first call creates it, every later call gets the same `nextMatchID`. `mayCreate` is asked only when a
   * new match would be made: a rematch is a new match, under the creation quota like any other (else a
   * seated player could chain rematches without limit).
   */
  async playAgain(matchID: string, body: unknown, mayCreate: () => boolean = () => true): Promise<Reply> {
    if (this.authority.isDraining) return error(503, 'shuttingDown', 'the server is shutting down');
    if (!isRecord(body)) return error(400, 'malformedMessage', 'body must be an object');
    const seat = parseSeat(body.playerID);
    if (!seat) return error(403, 'seatMismatch', 'playerID must be "0" or "1"');
    const stored = isMatchID(matchID) ? await this.store.loadMetadata(matchID) : undefined;
    if (!stored) return error(404, 'matchNotFound', `match ${matchID} not found`);
    const entry = seatEntry(stored.metadata, seat);
    if (!entry?.credentials || !credentialsMatch(body.credentials, entry.credentials))
      return error(403, 'unauthorized', 'invalid credentials');
    if (stored.metadata.nextMatchID !== undefined) return ok({ nextMatchID: stored.metadata.nextMatchID });
    if (!mayCreate()) return tooManyCreates;
    const options = rematchOptions(stored.metadata);
    if ('error' in options) return error(400, 'malformedMessage', options.error);
    const match = buildMatch(this.game, options, this.authority.rules.version);
    if ('error' in match) return error(400, 'malformedMessage', match.error);
    const nextMatchID = randomBytes(12).toString('base64url');
    if (!(await this.store.createMatch(nextMatchID, match))) return error(409, 'conflict', 'retry');
    const reply = await this.withMetadata(matchID, (metadata) => {
      if (metadata.nextMatchID !== undefined) return ok({ nextMatchID: metadata.nextMatchID });
      metadata.nextMatchID = nextMatchID;
      return { metadata, reply: ok({ nextMatchID }) };
    });
    const agreed = (reply.body as { nextMatchID?: unknown }).nextMatchID;
    // Another player's call won the race: its rematch is the one; ours is removed unseen.
    if (agreed !== nextMatchID) await this.store.wipe(nextMatchID);
    else this.hooks.created?.(nextMatchID);
    return reply;
  }

  async join(matchID: string, body: unknown): Promise<Reply> {
    if (!isRecord(body)) return error(400, 'malformedMessage', 'body must be an object');
    if (!validName(body.playerName))
      return error(403, 'malformedMessage', `playerName is required (1–${maxNameChars} characters)`);
    const playerName = body.playerName;
    let requested: Seat | undefined;
    if (body.playerID !== undefined && body.playerID !== null) {
      requested = parseSeat(typeof body.playerID === 'number' ? String(body.playerID) : body.playerID);
      if (!requested) return error(404, 'seatMismatch', 'seats are "0" and "1"');
    }
    const reply = await this.withMetadata(matchID, (metadata, rulesVersion) => {
      if (this.lifecycleOf(metadata) === 'expired')
        return error(
          410,
          'matchExpired',
          'nobody joined this match in time, so it expired: create a new one',
        );
      const reading = this.authority.rules.read(rulesVersion);
      // A seat in a match nobody can continue would be a seat with nothing to do.
      if (reading.status === 'closed') return error(410, 'rulesVersionClosed', reading.closedReason);
      const seat = requested ?? seats.find((candidate) => !seatEntry(metadata, candidate)?.name);
      if (!seat) return error(409, 'conflict', `match ${matchID} is full`);
      const entry = seatEntry(metadata, seat);
      if (!entry) return error(404, 'seatMismatch', `seat ${seat} not found`);
      if (entry.name) return error(409, 'conflict', `seat ${seat} is taken`);
      const playerCredentials = newCredentials();
      entry.name = playerName;
      entry.credentials = playerCredentials;
      if (body.data !== undefined) entry.data = body.data;
      return { metadata, reply: ok({ playerID: seat, playerCredentials }) };
    });
    if (reply.status === 200) this.hooks.joined?.(matchID);
    return reply;
  }

  async leave(matchID: string, body: unknown): Promise<Reply> {
    return this.withSeat(matchID, body, (entry) => {
      delete entry.name;
      delete entry.credentials;
      delete entry.data;
    });
  }

  async update(matchID: string, body: unknown): Promise<Reply> {
    if (!isRecord(body)) return error(400, 'malformedMessage', 'body must be an object');
    const { newName, data } = body;
    if (newName === undefined && data === undefined)
      return error(403, 'malformedMessage', 'newName or data is required');
    if (newName !== undefined && !validName(newName))
      return error(403, 'malformedMessage', `newName is 1–${maxNameChars} characters`);
    return this.withSeat(matchID, body, (entry) => {
      if (typeof newName === 'string') entry.name = newName;
      if (data !== undefined) entry.data = data;
    });
  }

  /** Authenticated seat change: body { playerID, credentials }. */
  private async withSeat(
    matchID: string,
    body: unknown,
    change: (entry: NonNullable<ReturnType<typeof seatEntry>>) => void,
  ): Promise<Reply> {
    if (!isRecord(body)) return error(400, 'malformedMessage', 'body must be an object');
    const seat = parseSeat(body.playerID);
    if (!seat) return error(403, 'seatMismatch', 'playerID must be "0" or "1"');
    return this.withMetadata(matchID, (metadata) => {
      const entry = seatEntry(metadata, seat);
      if (!entry?.credentials || !credentialsMatch(body.credentials, entry.credentials))
        return error(403, 'unauthorized', 'invalid credentials');
      change(entry);
      return { metadata, reply: ok({}) };
    });
  }

  /** Read, change, compare-and-set; retried when another write won the race. */
  private async withMetadata(
    matchID: string,
    change: (
      metadata: MatchMetadata,
      rulesVersion: string,
    ) => Reply | { metadata: MatchMetadata; reply: Reply },
  ): Promise<Reply> {
    if (!isMatchID(matchID)) return error(404, 'matchNotFound', 'no such match');
    for (let attempt = 0; attempt < casRetries; attempt++) {
      const stored = await this.store.loadMetadata(matchID);
      if (!stored) return error(404, 'matchNotFound', `match ${matchID} not found`);
      const result = change(stored.metadata, stored.rulesVersion);
      if (!('metadata' in result)) return result;
      if (await this.store.updateMetadata(matchID, stored.version, result.metadata)) return result.reply;
    }
    return error(409, 'conflict', 'too many concurrent changes; retry');
  }
}
