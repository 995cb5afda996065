import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { spawnServer } from './helpers/server-process.ts';
import { tempDataDir } from './helpers/test-server.ts';

describe('server/main.ts as a process', () => {
  it('reads PORT and DATA_DIR, answers /health, and drains on SIGTERM (exit 0, storage closed)', async () => {
    const dataDir = tempDataDir();
    const server = await spawnServer(dataDir);
    const health = (await (await fetch(`${server.url}/health`)).json()) as { ok: boolean };
    expect(health.ok).toBe(true);
    const created = (await (
      await fetch(`${server.url}/games/silicon-curtain/create`, { method: 'POST', body: '{}' })
    ).json()) as { matchID: string };
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.output()).toContain('drained');
    const db = new Database(path.join(dataDir, 'matches.sqlite'), { readonly: true });
    const row = db.prepare('SELECT match_id FROM matches WHERE match_id = ?').get(created.matchID);
    db.close();
    expect(row).toBeDefined();
  });
});
