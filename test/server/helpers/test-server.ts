import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RunningServer, ServerOptions } from '../../../server/server.ts';
import { startServer } from '../../../server/server.ts';
import type { Limits } from '../../../server/transport/limits.ts';
import { defaultLimits } from '../../../server/transport/limits.ts';

export interface TestServer extends RunningServer {
  dataDir: string;
  dbFile: string;
}

export function tempDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'sc-server-'));
}

/**
 * The default limits, but any number of new matches: every test creates its matches from 127.0.0.1, many
 * in a row (the creation quota has tests of its own, with the default quota).
 */
export const testLimits: Limits = {
  ...defaultLimits,
  createsPerAddress: { perSecond: 1_000_000, burst: 1_000_000 },
};

/** A server on an ephemeral port (or `port`) with its own temp DATA_DIR. */
export async function startTestServer(options: Partial<ServerOptions> = {}): Promise<TestServer> {
  const dataDir = options.dataDir ?? tempDataDir();
  const server = await startServer({
    port: 0,
    host: '127.0.0.1',
    clientDir: dataDir,
    limits: testLimits,
    ...options,
    dataDir,
  });
  return { ...server, dataDir, dbFile: path.join(dataDir, 'matches.sqlite') };
}

export interface Seated {
  matchID: string;
  credentials: { '0': string; '1': string };
}

/** POSTs JSON and returns the status and the JSON answer, whatever the status. */
export async function postJson(
  url: string,
  body: unknown,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

/** POSTs JSON and returns the answer; a status other than 2xx throws. */
async function post(url: string, body: unknown): Promise<unknown> {
  const answer = await postJson(url, body);
  if (answer.status < 200 || answer.status >= 300) {
    throw new Error(`${url}: ${answer.status} ${JSON.stringify(answer.body)}`);
  }
  return answer.body;
}

/** `server` is anything with the server's base URL. */
export async function createMatch(server: { url: string }): Promise<string> {
  const body = (await post(`${server.url}/games/silicon-curtain/create`, { numPlayers: 2 })) as {
    matchID: string;
  };
  return body.matchID;
}

export async function joinSeat(server: { url: string }, matchID: string, seat: '0' | '1'): Promise<string> {
  const body = (await post(`${server.url}/games/silicon-curtain/${matchID}/join`, {
    playerID: seat,
    playerName: seat === '0' ? 'Washington' : 'Beijing',
  })) as { playerCredentials: string };
  return body.playerCredentials;
}

/** A match with both seats joined through the Lobby API. */
export async function seatedMatch(server: { url: string }): Promise<Seated> {
  const matchID = await createMatch(server);
  return {
    matchID,
    credentials: { '0': await joinSeat(server, matchID, '0'), '1': await joinSeat(server, matchID, '1') },
  };
}
