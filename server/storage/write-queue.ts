import type Database from 'better-sqlite3';
import type { GroupCommitOptions } from './sqlite-group-commit.ts';
import { GroupCommit } from './sqlite-group-commit.ts';
import type { SqliteWrite, WriteResult } from './sqlite-writes.ts';
import { SqliteWriter } from './sqlite-writes.ts';

/** Where the SQLite store's writes run: group-committed, each promise settled after its COMMIT. */
export interface WriteQueue {
  submit(write: SqliteWrite): Promise<WriteResult>;
  /** Resolves once writes can run at once (a writer thread has started and opened its connection). */
  ready(): Promise<void>;
  /** Commits what is queued, then stops taking writes. */
  close(): Promise<void>;
}

/** On the calling thread, on the store's own connection (`:memory:` databases, which no thread shares). */
export class InlineWrites implements WriteQueue {
  private readonly group: GroupCommit;
  private readonly writer: SqliteWriter;

  constructor(db: Database.Database, options: GroupCommitOptions) {
    this.group = new GroupCommit(db, options);
    this.writer = new SqliteWriter(db);
  }

  submit(write: SqliteWrite): Promise<WriteResult> {
    return this.group.submit(() => this.writer.apply(write));
  }

  ready(): Promise<void> {
    return Promise.resolve();
  }

  close(): Promise<void> {
    this.group.flushAll();
    return Promise.resolve();
  }
}
