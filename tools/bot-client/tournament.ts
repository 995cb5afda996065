import type { PlayerView, Side } from '../../rules/index.ts';
import { playerIdBySide, publicState, sides } from '../../rules/index.ts';
import type { GameRow, SimOptions } from '../../server/games/game-row.ts';
import { rowFromState } from '../../server/games/game-row.ts';
import type { SimSummary } from '../sim/run.ts';
import { summarise } from '../sim/run.ts';
import { Lobby, LobbyError } from './lobby.ts';
import type { SeatPlayer } from './play-seat.ts';
import type { BotResult } from './result.ts';
import { runBotClient } from './run.ts';
import type { TournamentOptions } from './tournament-args.ts';
import { serverBotOf } from './tournament-args.ts';

/**
 * N matches of two bot clients (or of one and the server's lobby bot) on a running server, summarised as
 * `npm run sim` summarises its games (win rates with Wilson intervals, end reasons, lengths, action use),
 * from the final views the server sent: the server deals every match from its own seed, so the games
 * cannot be replayed locally.
 */

export interface TournamentRun {
  summary: SimSummary;
  /** Each finished game's match id, by game index. */
  matchIDs: Record<number, string>;
  /** Games that did not finish, with why. */
  errors: { index: number; message: string }[];
  /** The bot clients' counts over the finished games (BotResult): what went wrong short of an error. */
  clients: ClientCounts;
}

export type ClientCounts = Pick<BotResult, 'rejections' | 'illegalChoices' | 'reconnects'>;

/** After a 429 (the server's creation quota per address) the next create waits this long. */
const createRetryMs = 10_000;

async function createMatch(
  lobby: Lobby,
  options: Parameters<Lobby['create']>[0],
  say: (line: string) => void,
): Promise<string> {
  for (;;) {
    try {
      return await lobby.create(options);
    } catch (error) {
      if (!(error instanceof LobbyError) || error.status !== 429) throw error;
      say(`the server's match quota: ${error.message}; retrying in ${createRetryMs / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, createRetryMs));
    }
  }
}

/** The side the server's lobby bot plays (`server:BOT`), if any. */
function serverPlayed(options: TournamentOptions): { side: Side; spec: string } | undefined {
  for (const side of sides) {
    const spec = serverBotOf(options[side]);
    if (spec !== undefined) return { side, spec };
  }
  return undefined;
}

/**
 * One match: each seat played by a bot client, or one by the server's lobby bot; its row from the final
 * view. A lobby bot's moves are counted from the log (its actions are not: the server sends another
 * seat's moves without their arguments).
 */
async function playMatch(
  options: TournamentOptions,
  simOptions: SimOptions,
  index: number,
  lobby: Lobby,
  say: (line: string) => void,
): Promise<{ row: GameRow; matchID: string; results: BotResult[] }> {
  const server = serverPlayed(options);
  const matchID = await createMatch(
    lobby,
    {
      scenarioId: options.scenarioId,
      ...(server ? { botSeat: { seat: playerIdBySide[server.side], spec: server.spec } } : {}),
    },
    say,
  );
  const players: Partial<Record<Side, SeatPlayer>> = {};
  const seat = (side: Side) =>
    runBotClient(
      {
        serverUrl: options.serverUrl,
        seat: playerIdBySide[side],
        bot: options[side],
        seed: `${options.seed}:${index}:${side}`,
        playerName: `Bot (${options[side]})`,
        source: { kind: 'join', matchID },
      },
      {
        onPlayer: (player) => {
          players[side] = player;
        },
      },
    );
  try {
    const clientSides = sides.filter((side) => side !== server?.side);
    const results = await Promise.all(clientSides.map(seat));
    const [first] = clientSides;
    const player = first === undefined ? undefined : players[first];
    const final = player?.lastState;
    if (!player || !final) throw new Error(`match ${matchID} ended without a state`);
    const actions = { us: players.us?.actionCounts() ?? {}, china: players.china?.actionCounts() ?? {} };
    const moves = player.committedMoves();
    const state = publicState(final.G as PlayerView);
    const row = rowFromState(simOptions, index, state, moves.own + moves.rival, actions);
    return { row, matchID, results };
  } finally {
    // One seat failing leaves the other waiting for a move that never comes.
    players.us?.stop();
    players.china?.stop();
  }
}

export async function runTournament(
  options: TournamentOptions,
  say: (line: string) => void = () => undefined,
): Promise<TournamentRun> {
  const simOptions: SimOptions = {
    games: options.games,
    seed: options.seed,
    scenarioId: options.scenarioId,
    us: options.us,
    china: options.china,
  };
  const lobby = new Lobby(options.serverUrl);
  const rows: GameRow[] = [];
  const matchIDs: Record<number, string> = {};
  const errors: TournamentRun['errors'] = [];
  const clients: ClientCounts = { rejections: 0, illegalChoices: 0, reconnects: 0 };
  const startedAt = performance.now();
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let index = next++; index < options.games; index = next++) {
      try {
        const played = await playMatch(options, simOptions, index, lobby, say);
        rows.push(played.row);
        matchIDs[index] = played.matchID;
        for (const result of played.results) {
          clients.rejections += result.rejections;
          clients.illegalChoices += result.illegalChoices;
          clients.reconnects += result.reconnects;
        }
        say(`game ${index}: ${played.row.winner} by ${played.row.reason} (match ${played.matchID})`);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        errors.push({ index, message });
        say(`game ${index} failed: ${message}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, options.games) }, worker));
  rows.sort((a, b) => a.index - b.index);
  const summary = summarise(simOptions, rows, (performance.now() - startedAt) / 1000);
  summary.gameSeeds =
    `server matches, each dealt from the server's own seed (not replayable locally); game i's bots ` +
    `are seeded "${options.seed}:i:us" and "${options.seed}:i:china"; fingerprint of the public final states`;
  return { summary, matchIDs, errors, clients };
}
