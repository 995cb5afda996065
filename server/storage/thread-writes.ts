import { Worker } from 'node:worker_threads';
import { compiledEntry } from '../compiled-entry.ts';
import type { GroupCommitOptions } from './sqlite-group-commit.ts';
import type { SqliteWrite, WriteResult } from './sqlite-writes.ts';
import type { WriteQueue } from './write-queue.ts';
import type { WriterData, WriterReply, WriterRequest } from './writer-protocol.ts';

/** The compiled thread (production build), else its TypeScript body through tsx's loader. */
const writerUrl =
  compiledEntry('sqlite-writer.js', import.meta.url) ??
  new URL('./sqlite-writer-bootstrap.js', import.meta.url);

interface Waiting {
  resolve(value: WriteResult): void;
  reject(error: Error): void;
}

/**
 * Writes run on a thread of their own (sqlite-writer-thread.ts) with its own connection, so the fsync of
 * every group commit no longer blocks this thread. A promise settles only when the thread's COMMIT has
 * returned, exactly as in-thread: nothing is reported (and so nothing broadcast) before it is on disk,
 * and kill -9 takes the thread with the process. Each write is posted with its JSON already encoded.
 */
export class ThreadWrites implements WriteQueue {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, Waiting>();
  private nextId = 0;
  private broken: Error | undefined;
  private readonly started: Promise<void>;
  private closing: Promise<void> | undefined;

  constructor(file: string, groupCommit: GroupCommitOptions) {
    const data: WriterData = { file, groupCommit };
    this.worker = new Worker(writerUrl, { workerData: data, execArgv: [] });
    this.started = new Promise<void>((resolve) => {
      this.waiting.set(-1, {
        resolve: () => {
          resolve();
        },
        reject: () => {
          resolve();
        },
      });
    });
    this.worker.on('message', (reply: WriterReply) => {
      const waiting = this.waiting.get(reply.id);
      if (!waiting) return;
      this.waiting.delete(reply.id);
      this.updateRef();
      if (reply.ok) waiting.resolve(reply.value);
      else waiting.reject(new Error(reply.message));
    });
    this.worker.on('error', (error) => {
      this.fail(error);
    });
    this.worker.on('exit', (code) => {
      this.fail(new Error(`the SQLite writer thread exited (${String(code)})`));
    });
  }

  submit(write: SqliteWrite): Promise<WriteResult> {
    if (this.closing) return Promise.reject(new Error('the database connection is not open'));
    if (this.broken) return Promise.reject(this.broken);
    return this.request((id) => ({ kind: 'write', id, write }));
  }

  ready(): Promise<void> {
    return this.started;
  }

  close(): Promise<void> {
    this.closing ??= (async () => {
      await this.started;
      if (!this.broken) await this.request((id) => ({ kind: 'close', id }));
      await this.worker.terminate();
    })();
    return this.closing;
  }

  private request(build: (id: number) => WriterRequest): Promise<WriteResult> {
    const id = this.nextId++;
    return new Promise<WriteResult>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.updateRef();
      this.worker.postMessage(build(id));
    });
  }

  /** The thread keeps the process alive only while it owes an answer (an idle store never does). */
  private updateRef(): void {
    if (this.waiting.size > 0) this.worker.ref();
    else this.worker.unref();
  }

  private fail(error: Error): void {
    this.broken ??= error;
    for (const waiting of this.waiting.values()) waiting.reject(error);
    this.waiting.clear();
  }
}
