import type { MatchAuthority } from '../authority/authority.ts';
import type { MatchHolds } from '../authority/holds.ts';
import { ClockKeeper } from '../clock/clock-keeper.ts';
import type { LobbyHooks } from '../lobby/lobby.ts';
import type { MatchStore } from '../storage/match-store.ts';
import { BotSeats } from './bot-seats.ts';
import { matchLog } from '../log.ts';

export interface PlayServices {
  bots: BotSeats;
  clocks: ClockKeeper;
  /** Hand to the Lobby: a new match's clock starts and its bot seat looks at the board. */
  lobbyHooks: LobbyHooks;
  /** After a (re)start: pick up every open match's clock and bot seat. */
  resume(gameName: string): Promise<void>;
  stop(): void;
}

/** Server-side seats (bots) and clocks: both clients of the authority, wired once in server.ts. */
export function startPlayServices(
  authority: MatchAuthority,
  store: MatchStore,
  options: { botThinkMs: number; holds?: MatchHolds },
): PlayServices {
  const clocks = new ClockKeeper(authority, store, options.holds);
  const bots = new BotSeats(authority, store, {
    thinkMs: options.botThinkMs,
    ...(options.holds ? { holds: options.holds } : {}),
  });
  return {
    bots,
    clocks,
    lobbyHooks: {
      created: (matchID) => {
        void clocks
          .track(matchID)
          .then(() => {
            bots.poke(matchID);
          })
          .catch((error: unknown) => {
            matchLog(matchID).error({ err: error }, 'starting the match failed');
          });
      },
      joined: (matchID) => {
        bots.poke(matchID);
      },
    },
    resume: async (gameName) => {
      await clocks.resume(gameName);
      await bots.resume(gameName);
    },
    stop: () => {
      clocks.stop();
      bots.stop();
    },
  };
}
