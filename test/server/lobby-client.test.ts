import { LobbyClient } from 'boardgame.io/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestServer } from './helpers/test-server.ts';
import { startTestServer } from './helpers/test-server.ts';

let server: TestServer | undefined;

afterEach(async () => {
  await server?.drain();
  server = undefined;
});

describe("boardgame.io's stock LobbyClient", () => {
  it('lists games, creates, joins, renames, lists and leaves', async () => {
    server = await startTestServer();
    const lobby = new LobbyClient({ server: server.url });
    expect(await lobby.listGames()).toEqual(['silicon-curtain']);
    const { matchID } = await lobby.createMatch('silicon-curtain', { numPlayers: 2 });
    const joined = await lobby.joinMatch('silicon-curtain', matchID, { playerName: 'Washington' });
    expect(joined.playerID).toBe('0');
    const second = await lobby.joinMatch('silicon-curtain', matchID, { playerName: 'Beijing' });
    expect(second.playerID).toBe('1');
    await expect(lobby.joinMatch('silicon-curtain', matchID, { playerName: 'Third' })).rejects.toThrow();
    await lobby.updatePlayer('silicon-curtain', matchID, {
      playerID: '0',
      credentials: joined.playerCredentials,
      newName: 'DC',
    });
    const match = await lobby.getMatch('silicon-curtain', matchID);
    expect(match.players.map((player) => player.name)).toEqual(['DC', 'Beijing']);
    const { matches } = await lobby.listMatches('silicon-curtain');
    expect(matches.map((listed) => listed.matchID)).toEqual([matchID]);
    await expect(
      lobby.leaveMatch('silicon-curtain', matchID, { playerID: '1', credentials: 'wrong' }),
    ).rejects.toThrow();
    await lobby.leaveMatch('silicon-curtain', matchID, {
      playerID: '1',
      credentials: second.playerCredentials,
    });
    expect((await lobby.getMatch('silicon-curtain', matchID)).players[1]?.name).toBeUndefined();
  });
});
