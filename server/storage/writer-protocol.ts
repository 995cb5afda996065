import type { GroupCommitOptions } from './sqlite-group-commit.ts';
import type { SqliteWrite, WriteResult } from './sqlite-writes.ts';

/** What the writer thread is started with. */
export interface WriterData {
  file: string;
  groupCommit: GroupCommitOptions;
}

export type WriterRequest = { kind: 'write'; id: number; write: SqliteWrite } | { kind: 'close'; id: number };

/** id -1: the thread has opened its connection and takes writes. */
export type WriterReply =
  { id: number; ok: true; value: WriteResult } | { id: number; ok: false; message: string };
