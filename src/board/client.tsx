import type { Game } from 'boardgame.io';
import type { BoardProps } from 'boardgame.io/react';
import { Client } from 'boardgame.io/react';
import { SocketIO } from 'boardgame.io/multiplayer';
import type { PlayerView } from '../../rules/index.ts';
import { SiliconCurtain } from '../../rules/index.ts';
import { BoardGate } from './board-gate.tsx';
import type { BoardExtras } from './board.tsx';
import { publishRefusal } from './refusals.ts';
import { publishSetupNotice } from './table-pause.ts';

/**
 * boardgame.io's stock Socket.IO transport (namespace `/silicon-curtain`, the game's name), with
 * listeners added on its socket for our server's `rejected` and `setup` events.
 */
function socketWithRefusals(): ReturnType<typeof SocketIO> {
  const factory = SocketIO({ server: window.location.origin });
  return (options) => {
    const transport = factory(options);
    const connect = transport.connect.bind(transport);
    transport.connect = () => {
      connect();
      transport.socket.on('rejected', publishRefusal);
      transport.socket.on('setup', publishSetupNotice);
    };
    return transport;
  };
}

/**
 * In multiplayer the client never runs `setup` or a move (`client: false`): its `G` is what the server
 * sends, the seat's `PlayerView`. The game object is typed accordingly.
 */
const clientGame = SiliconCurtain as unknown as Game<PlayerView>;

export const MatchClient = Client<PlayerView, BoardProps<PlayerView> & BoardExtras>({
  game: clientGame,
  board: BoardGate,
  numPlayers: 2,
  multiplayer: socketWithRefusals(),
  debug: false,
  loading: () => <p className="quiet">Connecting to the match…</p>,
});
