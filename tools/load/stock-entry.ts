/**
 * Child process of a `--stock` load run: boardgame.io's own Server (Master, Lobby, Socket.IO) on
 * loopback. Storage: its FlatFile when `node-persist` is installed, else our SQLite store through
 * boardgame.io's StorageAPI (tools/storage/bgio-storage.ts), which is at least as fast and durable.
 */
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Game, StorageAPI } from 'boardgame.io';
import { FlatFile, Origins, Server } from 'boardgame.io/server';
import { SiliconCurtain } from '../../rules/index.ts';
import { BgioStorage } from '../storage/bgio-storage.ts';
import { SqliteStore } from '../../server/storage/sqlite-store.ts';
import { reportStatsOnSignal } from './server-stats.ts';

const dataDir = process.env.DATA_DIR;
if (dataDir === undefined) throw new Error('DATA_DIR is required');
reportStatsOnSignal();

function hasNodePersist(): boolean {
  try {
    createRequire(import.meta.url).resolve('node-persist');
    return true;
  } catch {
    return false;
  }
}

const flatFile = hasNodePersist();
const db: StorageAPI.Async = flatFile
  ? new FlatFile({ dir: path.join(dataDir, 'flatfile') })
  : new BgioStorage(SqliteStore.inDirectory(dataDir));
const server = Server({ games: [SiliconCurtain as Game], db, origins: [Origins.LOCALHOST] });
const { appServer } = await server.run({ port: 0 });
const port = (appServer.address() as AddressInfo).port;
console.log(`serving on http://127.0.0.1:${port} store=${flatFile ? 'flatfile' : 'sqlite-via-storageapi'}`);
