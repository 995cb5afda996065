import { sideOfPlayerId } from '../../rules/index.ts';
import type { Seat } from '../../server/authority/seats.ts';
import { loadDecider } from './decider.ts';
import { Lobby } from './lobby.ts';
import type { BotClientOptions } from './options.ts';
import { BotClientError } from './errors.ts';
import { SeatPlayer } from './play-seat.ts';
import type { BotResult } from './result.ts';

export interface RunHooks {
  /** Progress, warnings and the invite (stderr in the CLI). */
  say?: (line: string) => void;
  /** The player, once it plays (tests cut its connection). */
  onPlayer?: (player: SeatPlayer) => void;
}

const rivalSeat = (seat: Seat): Seat => (seat === '0' ? '1' : '0');

/** The match and the seat's credentials: as given, by joining the seat, or by creating a match first. */
async function takeSeat(
  options: BotClientOptions,
  lobby: Lobby,
  say: (line: string) => void,
): Promise<{ matchID: string; credentials: string }> {
  const { source, seat } = options;
  if (source.kind === 'credentials') return { matchID: source.matchID, credentials: source.credentials };
  if (source.kind === 'join') {
    // Read first: "no such match" says more than a refused join.
    await lobby.getMatch(source.matchID);
    return {
      matchID: source.matchID,
      credentials: await lobby.join(source.matchID, seat, options.playerName),
    };
  }
  const matchID = await lobby.create({
    ...(source.opponent !== undefined ? { botSeat: { seat: rivalSeat(seat), spec: source.opponent } } : {}),
    ...(source.clock ? { clock: source.clock } : {}),
    ...(source.scenarioId !== undefined ? { scenarioId: source.scenarioId } : {}),
  });
  const credentials = await lobby.join(matchID, seat, options.playerName);
  if (source.opponent !== undefined)
    say(`match ${matchID}: seat ${seat} against the server's ${source.opponent}`);
  else
    say(
      `match ${matchID}: invite for the other seat: npm run -s bot -- --server ${options.serverUrl} --match ${matchID} --seat ${rivalSeat(seat)} --bot BOT`,
    );
  return { matchID, credentials };
}

/** Plays one seat of a match to its end (options: tools/bot-client/options.ts). */
export async function runBotClient(options: BotClientOptions, hooks: RunHooks = {}): Promise<BotResult> {
  const say = hooks.say ?? (() => undefined);
  const side = sideOfPlayerId(options.seat);
  if (!side) throw new BotClientError(`no seat ${options.seat}`);
  const decider = await loadDecider(options.bot, options.seed);
  const lobby = new Lobby(options.serverUrl);
  const { matchID, credentials } = await takeSeat(options, lobby, say);
  const match = await lobby.getMatch(matchID);
  const player = new SeatPlayer({
    serverUrl: options.serverUrl,
    matchID,
    seat: options.seat,
    side,
    credentials,
    decider,
    lobby,
    clocked: match.setupData?.clock !== undefined,
    say,
  });
  hooks.onPlayer?.(player);
  return player.result;
}
