import { randomBytes } from 'node:crypto';
import type { Game } from 'boardgame.io';
import type { MatchAuthority } from '../authority/authority.ts';
import { credentialsMatch, newCredentials } from '../authority/credentials.ts';
import { isMatchID } from '../authority/ids.ts';
import type { Seat } from '../authority/seats.ts';
import type { PlayerMetadata } from '../authority/seats.ts';
import { seats, seatEntry } from '../authority/seats.ts';
import type { Outcome, Rejection } from '../boundary/rejection.ts';
import { fail, refuse, refused, succeed } from '../boundary/rejection.ts';
import type { ClassTableRef, MatchMetadata, MatchStore, StoredMetadata } from '../storage/match-store.ts';
import type { LifecycleTimes, MatchLifecycle } from './lifecycle.ts';
import { defaultLifecycleTimes, isListedLifecycle, lifecycleOf } from './lifecycle.ts';
import type { ListedMatch } from './list-page.ts';
import { botSeatOf } from '../bots/bot-setup.ts';
import type { CreateOptions } from './create-options.ts';
import { parseCreateOptions } from './create-options.ts';
import { createdBy } from './creator.ts';
import { buildMatch } from './create-match.ts';
import { listAll, listPage } from './list-page.ts';
import type { MatchPage } from './list-page.ts';
import { parseListQuery } from './list-query.ts';
import type { SeatBody } from './bodies.ts';
import { parseJoinBody, parseSeatBody, parseUpdateBody } from './bodies.ts';
import type { ClientMatchData } from './match-data.ts';
import { clientMatchData } from './match-data.ts';
import { rematchOptions } from './rematch.ts';
import { matchReplay } from './replay.ts';
import { matchLog } from '../log.ts';

/** Told about lobby events (server-played bot seats, clocks). */
export interface LobbyHooks {
  created?: (matchID: string) => void;
  /** A player took a seat (a bot seat waits for its human). */
  joined?: (matchID: string) => void;
}

/** A new match refused by the per-address creation quota (a create or a rematch). */
export const tooManyCreates: Rejection = refuse(
  'rateLimited',
  'too many new matches from this address: wait a minute, or join an open match',
);

/**
 * A class table's games belong to its class (server/classroom/): its rematch is the class's next game at
 * that table, never a match of its own outside the session.
 */
export interface ClassTables {
  /** The table's next game (made, or the one already made), or why not, in the students' words. */
  rematch(finishedMatchID: string, table: ClassTableRef): Promise<Outcome<{ nextMatchID: string }>>;
}

/** A class table's rematch when no classroom serves this lobby (it cannot happen in the running server). */
const classRematchElsewhere = refuse(
  'classTable',
  'this is a class table: ask for the rematch with the Rematch button on your class page, or ask your facilitator',
);

/** Leaving a class table's seat would take it from the whole team: the facilitator seats and moves students. */
const classSeatLeave = refuse(
  'classTable',
  'this seat is your class team’s: to change tables or sides, ask your facilitator',
);

const shuttingDown = refuse('shuttingDown', 'the server is shutting down');
const casRetries = 5;

/** What a metadata change answers: a refusal, or the new metadata and the answer once it is written. */
interface JoinAnswer {
  playerID: Seat;
  playerCredentials: string;
}

type MetadataChange<T> = Outcome<T> | { metadata: MatchMetadata; answer: T };

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
  private classTables: ClassTables | undefined;

  constructor(
    private readonly game: Game & { name: string },
    private readonly store: MatchStore,
    private readonly authority: MatchAuthority,
    private readonly hooks: LobbyHooks = {},
    private readonly clock: LobbyClock = { now: Date.now, times: defaultLifecycleTimes },
  ) {}

  /**
   * Who makes a class table's rematch: the classroom, which is built on this lobby (its tables are made
   * through `createMatch` and `join`), so it is handed over once both exist.
   */
  serveClassTables(classTables: ClassTables): void {
    this.classTables = classTables;
  }

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

  listGames(): Outcome<string[]> {
    return succeed([this.game.name]);
  }

  async listMatches(query: URLSearchParams): Promise<Outcome<MatchPage | { matches: ClientMatchData[] }>> {
    const parsed = parseListQuery(query);
    if (!parsed.ok) return parsed;
    const { filter, page } = parsed.value;
    const ids = await this.store.listMatches({ gameName: this.game.name, ...filter });
    if (page) return succeed(await listPage(this.store, ids, page, this.listed));
    return succeed({ matches: await listAll(this.store, ids, this.listed) });
  }

  async getMatch(matchID: string): Promise<Outcome<ClientMatchData>> {
    const stored = isMatchID(matchID) ? await this.store.loadMetadata(matchID) : undefined;
    if (!stored) return refused('matchNotFound', `match ${matchID} not found`);
    return succeed(this.matchData(matchID, stored));
  }

  /** A finished match's first state and journal, for its replay; an unfinished one is refused (replay.ts). */
  replay(matchID: string): ReturnType<typeof matchReplay> {
    return matchReplay(this.store, this.authority.rules, matchID);
  }

  /** `address`: the creator's, kept as a hash so the lobby can group one creator's matches (creator.ts). */
  async create(body: unknown, address?: string): Promise<Outcome<{ matchID: string }>> {
    if (this.authority.isDraining) return fail(shuttingDown);
    const options = parseCreateOptions(body);
    if (!options.ok) return options;
    const created = await this.createMatch(createdBy(options.value, address));
    return created.ok ? succeed({ matchID: created.value.matchID }) : created;
  }

  /**
   * A match from parsed options (the create route's, a classroom's tables): its id and its kernel seed,
   * which only the caller keeps (a classroom reveals it in the facilitator's export), or the refusal.
   */
  async createMatch(options: CreateOptions): Promise<Outcome<{ matchID: string; kernelSeed: string }>> {
    if (this.authority.isDraining) return fail(shuttingDown);
    const match = buildMatch(this.game, options, this.authority.rules.version);
    if (!match.ok) return match;
    const matchID = randomBytes(12).toString('base64url');
    const { kernelSeed, ...stored } = match.value;
    const created = await this.store.createMatch(matchID, stored);
    if (!created) return refused('conflict', 'match id collision; retry');
    matchLog(matchID).info(
      { scenarioId: options.scenarioId, bot: options.bot, clock: options.clock, unlisted: options.unlisted },
      'match created',
    );
    this.hooks.created?.(matchID);
    return succeed({ matchID, kernelSeed });
  }

  /**
   * boardgame.io's `playAgain` (body { playerID, credentials }): a seated player asks for a rematch; the
   * first call creates it, every later call gets the same `nextMatchID`. `mayCreate` is asked only when a
   * new match would be made: a rematch is a new match, under the creation quota like any other (else a
   * seated player could chain rematches without limit). A class table's rematch is its class's next game
   * at that table (`ClassTables`): the same session, seats and teams, under the session's quota.
   */
  async playAgain(
    matchID: string,
    body: unknown,
    mayCreate: () => boolean = () => true,
  ): Promise<Outcome<{ nextMatchID: string }>> {
    if (this.authority.isDraining) return fail(shuttingDown);
    const parsed = parseSeatBody(body);
    if (!parsed.ok) return parsed;
    const stored = isMatchID(matchID) ? await this.store.loadMetadata(matchID) : undefined;
    if (!stored) return refused('matchNotFound', `match ${matchID} not found`);
    const seat = authorizedSeat(stored.metadata, parsed.value);
    if (!seat.ok) return seat;
    if (stored.metadata.nextMatchID !== undefined)
      return succeed({ nextMatchID: stored.metadata.nextMatchID });
    const classTable = stored.metadata.classTable;
    if (classTable !== undefined)
      return this.classTables ? this.classTables.rematch(matchID, classTable) : fail(classRematchElsewhere);
    if (!mayCreate()) return fail(tooManyCreates);
    const options = rematchOptions(stored.metadata);
    if (!options.ok) return options;
    const match = buildMatch(this.game, options.value, this.authority.rules.version);
    if (!match.ok) return match;
    const nextMatchID = randomBytes(12).toString('base64url');
    if (!(await this.store.createMatch(nextMatchID, match.value))) return refused('conflict', 'retry');
    const answer = await this.withMetadata<{ nextMatchID: string }>(matchID, (metadata) => {
      if (metadata.nextMatchID !== undefined) return succeed({ nextMatchID: metadata.nextMatchID });
      metadata.nextMatchID = nextMatchID;
      return { metadata, answer: { nextMatchID } };
    });
    // Another player's call won the race: its rematch is the one; ours is removed unseen.
    if (!answer.ok || answer.value.nextMatchID !== nextMatchID) await this.store.wipe(nextMatchID);
    else this.hooks.created?.(nextMatchID);
    return answer;
  }

  async join(matchID: string, body: unknown): Promise<Outcome<JoinAnswer>> {
    const parsed = parseJoinBody(body);
    if (!parsed.ok) return parsed;
    const { playerName, playerID: requested, data } = parsed.value;
    const answer = await this.withMetadata<JoinAnswer>(matchID, (metadata, rulesVersion) => {
      if (this.lifecycleOf(metadata) === 'expired')
        return refused('matchExpired', 'nobody joined this match in time, so it expired: create a new one');
      const reading = this.authority.rules.read(rulesVersion);
      // A seat in a match nobody can continue would be a seat with nothing to do.
      if (reading.status === 'closed') return refused('rulesVersionClosed', reading.closedReason);
      const seat = requested ?? seats.find((candidate) => !seatEntry(metadata, candidate)?.name);
      if (!seat) return refused('conflict', `match ${matchID} is full`);
      const entry = seatEntry(metadata, seat);
      if (!entry) return refused('seatMismatch', `seat ${seat} not found`);
      if (entry.name) return refused('conflict', `seat ${seat} is taken`);
      const playerCredentials = newCredentials();
      entry.name = playerName;
      entry.credentials = playerCredentials;
      if (data !== undefined) entry.data = data;
      return { metadata, answer: { playerID: seat, playerCredentials } };
    });
    if (answer.ok) this.hooks.joined?.(matchID);
    return answer;
  }

  async leave(matchID: string, body: unknown): Promise<Outcome<Record<string, never>>> {
    const parsed = parseSeatBody(body);
    if (!parsed.ok) return parsed;
    return this.withSeat(matchID, parsed.value, (entry, metadata) => {
      if (metadata.classTable !== undefined) return fail(classSeatLeave);
      delete entry.name;
      delete entry.credentials;
      delete entry.data;
      return undefined;
    });
  }

  async update(matchID: string, body: unknown): Promise<Outcome<Record<string, never>>> {
    const parsed = parseUpdateBody(body);
    if (!parsed.ok) return parsed;
    const { newName, data } = parsed.value;
    return this.withSeat(matchID, parsed.value, (entry) => {
      if (newName !== undefined) entry.name = newName;
      if (data !== undefined) entry.data = data;
      return undefined;
    });
  }

  /**
   * Authenticated seat change: the body's seat and credentials must be the seat's own. `change` edits the
   * seat, or answers a refusal (and nothing is written).
   */
  private async withSeat(
    matchID: string,
    body: SeatBody,
    change: (entry: PlayerMetadata, metadata: MatchMetadata) => Outcome<never> | undefined,
  ): Promise<Outcome<Record<string, never>>> {
    return this.withMetadata(matchID, (metadata) => {
      const seat = authorizedSeat(metadata, body);
      if (!seat.ok) return seat;
      const refusal = change(seat.value, metadata);
      if (refusal) return refusal;
      return { metadata, answer: {} };
    });
  }

  /** Read, change, compare-and-set; retried when another write won the race. */
  private async withMetadata<T>(
    matchID: string,
    change: (metadata: MatchMetadata, rulesVersion: string) => MetadataChange<T>,
  ): Promise<Outcome<T>> {
    if (!isMatchID(matchID)) return refused('matchNotFound', 'no such match');
    for (let attempt = 0; attempt < casRetries; attempt++) {
      const stored = await this.store.loadMetadata(matchID);
      if (!stored) return refused('matchNotFound', `match ${matchID} not found`);
      const result = change(stored.metadata, stored.rulesVersion);
      if (!('metadata' in result)) return result;
      if (await this.store.updateMetadata(matchID, stored.version, result.metadata))
        return succeed(result.answer);
    }
    return refused('conflict', 'too many concurrent changes; retry');
  }
}

/** The body's seat when its credentials are that seat's (it has been joined), else why not. */
function authorizedSeat(metadata: MatchMetadata, body: SeatBody): Outcome<PlayerMetadata> {
  const entry = seatEntry(metadata, body.playerID);
  return entry?.credentials !== undefined && credentialsMatch(body.credentials, entry.credentials)
    ? succeed(entry)
    : refused('seatForbidden', 'invalid credentials');
}
