import { fingerprint, sideOfPlayerId } from '../../rules/index.ts';
import { isMatchID } from '../authority/ids.ts';
import { seatEntry, seats } from '../authority/seats.ts';
import { facilitatorSeat } from '../classroom/inject-commit.ts';
import type { RulesPolicy } from '../rules-version/policy.ts';
import type { JournalEntry, MatchStore } from '../storage/match-store.ts';
import type { Outcome } from '../boundary/rejection.ts';
import { refused, succeed } from '../boundary/rejection.ts';

/**
 * `GET /games/silicon-curtain/:id/replay`: what the replay viewer (src/replay/) needs to replay a finished
 * match on the rules engine: its initial game state, every journal row (the moves, and the events a
 * facilitator brought in) and the stored final state's fingerprint to check the replay against. The
 * initial state holds the deck order and the kernel's PRNG, so an unfinished match is refused: its replay
 * would show the cards still in hand and those still to come.
 */

/**
 * One journal row as the viewer replays it: a side's move as the kernel takes it (`applyMove`), or the
 * facilitator's event (`{type: "facilitatorInject", cardId, atRound?}`, applied with `injectEvent`).
 */
export interface ReplayMove {
  /** The state id the row produced. */
  stateID: number;
  /** `us`, `china` or `facilitator` (any other seat as stored: a viewer refuses to replay it). */
  by: string;
  move: Record<string, unknown>;
}

function replayMove({ stateID, seat, moveType, fields }: JournalEntry & { stateID: number }): ReplayMove {
  if (seat === facilitatorSeat) return { stateID, by: seat, move: { ...fields, type: moveType } };
  const side = sideOfPlayerId(seat);
  return { stateID, by: side ?? seat, move: { ...fields, type: moveType, ...(side ? { side } : {}) } };
}

export interface MatchReplay {
  matchID: string;
  /** The rules of the initial state and the first moves: what the moves must be replayed under. */
  createdRulesVersion: string;
  /** The rules the final state is stored under (newer than the created one for a migrated match). */
  rulesVersion: string;
  setupData: unknown;
  /** Seat id → the name that held it (public in the Lobby API already). */
  players: Record<string, string>;
  /** The kernel's game state (boardgame.io's `G`) before the first move. */
  initialState: unknown;
  moves: ReplayMove[];
  /** boardgame.io's gameover: the rules' result, or the server clock's loss on time (no journal row). */
  gameover: unknown;
  final: {
    stateID: number;
    /**
     * The rules `fingerprint` is taken under: the server's running rules when the stored final state is
     * under them or migrates to them (then it is of the migrated state), else the stored state's own.
     */
    rulesVersion: string;
    /** fingerprint(G) of the final state under `rulesVersion`: a faithful replay ends on the same. */
    fingerprint: string;
    /** Its log, readable under any rules version (`{round, side, text}` entries). */
    log: unknown;
  };
}

export async function matchReplay(
  store: MatchStore,
  rules: RulesPolicy,
  matchID: string,
): Promise<Outcome<MatchReplay>> {
  const stored = isMatchID(matchID) ? await store.loadMetadata(matchID) : undefined;
  if (!stored) return refused('matchNotFound', `match ${matchID} not found`);
  const { metadata } = stored;
  if (metadata.gameover === undefined)
    return refused(
      'matchNotFinished',
      'this match is still being played: its replay opens once it is over (before that it would show ' +
        'the cards in hand and the deck)',
    );
  const [initial, final, journal] = await Promise.all([
    store.loadInitialState(matchID),
    store.loadState(matchID),
    store.loadJournal(matchID),
  ]);
  if (!initial || !final) return refused('matchNotFound', `match ${matchID} not found`);
  const players: Record<string, string> = {};
  for (const seat of seats) {
    const name = seatEntry(metadata, seat)?.name;
    if (typeof name === 'string') players[seat] = name;
  }
  const reading = rules.read(stored.rulesVersion);
  const finalG: unknown = reading.status === 'migrated' ? rules.migrate(final, reading.chain).G : final.G;
  const log: unknown = (final.G as { log?: unknown }).log;
  const replay: MatchReplay = {
    matchID,
    createdRulesVersion: stored.createdRulesVersion,
    rulesVersion: stored.rulesVersion,
    setupData: metadata.setupData ?? null,
    players,
    initialState: initial.G,
    moves: journal.map(replayMove),
    gameover: metadata.gameover,
    final: {
      stateID: final._stateID,
      rulesVersion: reading.status === 'closed' ? stored.rulesVersion : rules.version,
      fingerprint: fingerprint(finalG),
      log: log ?? [],
    },
  };
  return succeed(replay);
}
