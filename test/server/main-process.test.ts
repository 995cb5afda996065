import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { logLinesOf } from './helpers/log-lines.ts';
import { spawnServer } from './helpers/server-process.ts';
import { tempDataDir } from './helpers/test-server.ts';

describe('server/main.ts as a process', () => {
  it('reads PORT and DATA_DIR, answers /health naming itself, logs JSON lines, and drains on SIGTERM (exit 0, storage closed)', async () => {
    const dataDir = tempDataDir();
    const server = await spawnServer(dataDir, 0, { NODE_ENV: 'production' });
    const health = (await (await fetch(`${server.url}/health`)).json()) as Record<string, unknown>;
    // It names the process that answered (behind a proxy, which of several), as its log lines do.
    expect(health).toMatchObject({ ok: true, process: { hostname: os.hostname(), pid: server.child.pid } });
    const created = (await (
      await fetch(`${server.url}/games/silicon-curtain/create`, { method: 'POST', body: '{}' })
    ).json()) as { matchID: string };
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    // In production every line is one JSON object with the process id; the match's carry its id.
    const lines = logLinesOf(server.output());
    expect(server.output().trim().split('\n')).toHaveLength(lines.length);
    expect(lines.every((line) => line.pid === server.child.pid)).toBe(true);
    expect(lines.find((line) => line.msg === 'match created')?.matchID).toBe(created.matchID);
    expect(lines.at(-1)?.msg).toBe('drained; storage closed');
    const db = new Database(path.join(dataDir, 'matches.sqlite'), { readonly: true });
    const row = db.prepare('SELECT match_id FROM matches WHERE match_id = ?').get(created.matchID);
    db.close();
    expect(row).toBeDefined();
  });
});
