/**
 * The SQLite writer thread's body (started by thread-writes.ts: as dist/server/sqlite-writer.js in the
 * production build, through sqlite-writer-bootstrap.js from source): its own connection to the match
 * file, the same group commit and statements as the in-thread store. A
 * COMMIT with synchronous=FULL waits for fsync (3 ms typical, 20 ms at p99 on the load machine); here
 * that wait no longer stalls the main thread's sockets and reducer, and writes arriving meanwhile form
 * the next group.
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { GroupCommit } from './sqlite-group-commit.ts';
import { SqliteWriter } from './sqlite-writes.ts';
import type { WriterData, WriterReply, WriterRequest } from './writer-protocol.ts';

const port = parentPort;
if (!port) throw new Error('sqlite-writer-thread runs as a worker thread');
const { file, groupCommit } = workerData as WriterData;
const db = new Database(file);
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.pragma('busy_timeout = 5000');
// Each write runs in a savepoint of the group's transaction: its statement journal stays in memory
// (a temp file cost a pwrite per journaled page, a fifth of this thread's CPU at saturation).
db.pragma('temp_store = MEMORY');
const writer = new SqliteWriter(db);
const group = new GroupCommit(db, groupCommit);

const reply = (message: WriterReply): void => {
  port.postMessage(message);
};

port.on('message', (request: WriterRequest) => {
  if (request.kind === 'close') {
    group.flushAll();
    // After the flushed writes' replies (posted from their promise callbacks), in order.
    setImmediate(() => {
      db.close();
      reply({ id: request.id, ok: true, value: undefined });
    });
    return;
  }
  group
    .submit(() => writer.apply(request.write))
    .then(
      (value) => {
        reply({ id: request.id, ok: true, value });
      },
      (error: unknown) => {
        reply({ id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) });
      },
    );
});
reply({ id: -1, ok: true, value: undefined });
