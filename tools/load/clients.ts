import type { ChildProcess } from 'node:child_process';
import { fork } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LoadOptions } from './args.ts';
import type { GroupResult } from './client-group.ts';
import { ClientGroup } from './client-group.ts';
import { serverNodeFlags } from '../../server/node-flags.ts';
import { nodeFlags } from './child.ts';
import type { FromClients, ToClients } from './client-messages.ts';

/** The load clients of a run: in this process, or spread over child processes. */
export interface Clients {
  setup(): Promise<void>;
  start(seconds: number): void;
  /** Stop counting (before the server is killed). */
  close(): Promise<void>;
  finish(): Promise<GroupResult[]>;
}

export class LocalClients implements Clients {
  private readonly group: ClientGroup;

  constructor(url: string, options: LoadOptions) {
    this.group = new ClientGroup(
      url,
      options,
      Array.from({ length: options.matches }, (_, index) => index),
    );
  }

  setup(): Promise<void> {
    return this.group.setup();
  }

  start(seconds: number): void {
    this.group.start(seconds);
  }

  close(): Promise<void> {
    this.group.close();
    return Promise.resolve();
  }

  async finish(): Promise<GroupResult[]> {
    return [await this.group.finish()];
  }
}

const childEntry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'client-child.ts');

/**
 * Node flags of the client processes: the server's (server/node-flags.ts). They stand in for players on
 * other machines, so their full GCs should touch the measurement as little as they can: left to V8, each
 * of the four (2,500 sockets apiece) ran one every ~20 s, and, looking idle, memory-reducing ones too
 * (compacting, 150–235 ms paused, all four within a second), and every answer that arrived meanwhile was
 * timed late. With these, none fell in a 100 s window (docs/PERF.md, "The tail at 5,000 matches").
 */
export const loadClientNodeFlags: readonly string[] = serverNodeFlags;

/** One child process per share of the match slots (slot i goes to process i mod N). */
export class ChildClients implements Clients {
  private readonly children: ChildProcess[];
  private readonly inbox = new Map<ChildProcess, FromClients[]>();
  private readonly waiters = new Map<ChildProcess, (message: FromClients) => void>();

  constructor(
    private readonly url: string,
    private readonly options: LoadOptions,
    count: number,
  ) {
    this.children = Array.from({ length: count }, () =>
      fork(childEntry, [], {
        // LOAD_CLIENT_NODE_FLAGS: more V8 or Node flags for the client processes alone (--trace-gc, heap
        // sizes; a later flag overrides an earlier one).
        execArgv: [
          ...loadClientNodeFlags,
          ...nodeFlags(process.env.LOAD_CLIENT_NODE_FLAGS),
          '--import',
          'tsx',
        ],
        stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      }),
    );
    for (const child of this.children) {
      this.inbox.set(child, []);
      child.on('message', (message: FromClients) => {
        const waiter = this.waiters.get(child);
        if (waiter) {
          this.waiters.delete(child);
          waiter(message);
        } else this.inbox.get(child)?.push(message);
      });
    }
  }

  async setup(): Promise<void> {
    const count = this.children.length;
    this.children.forEach((child, share) => {
      const indexes = Array.from({ length: this.options.matches }, (_, index) => index).filter(
        (index) => index % count === share,
      );
      this.send(child, { kind: 'setup', url: this.url, options: this.options, indexes });
    });
    await this.all('ready');
  }

  start(seconds: number): void {
    for (const child of this.children) this.send(child, { kind: 'start', seconds });
  }

  async close(): Promise<void> {
    for (const child of this.children) this.send(child, { kind: 'close' });
    await this.all('closed');
  }

  async finish(): Promise<GroupResult[]> {
    for (const child of this.children) this.send(child, { kind: 'finish' });
    const replies = await this.all('result');
    return replies.flatMap((reply) => (reply.kind === 'result' ? [reply.result] : []));
  }

  private send(child: ChildProcess, message: ToClients): void {
    child.send(message);
  }

  private all(kind: FromClients['kind']): Promise<FromClients[]> {
    return Promise.all(this.children.map((child) => this.next(child, kind)));
  }

  private next(child: ChildProcess, kind: FromClients['kind']): Promise<FromClients> {
    return new Promise((resolve, reject) => {
      const queued = this.inbox.get(child)?.shift();
      if (queued) {
        if (queued.kind === kind) resolve(queued);
        else reject(new Error(`load client process sent ${queued.kind}, expected ${kind}`));
        return;
      }
      const onExit = (code: number | null): void => {
        reject(new Error(`load client process exited (${String(code)}) before ${kind}`));
      };
      child.once('exit', onExit);
      this.waiters.set(child, (message) => {
        child.off('exit', onExit);
        if (message.kind === kind) resolve(message);
        else reject(new Error(`load client process sent ${message.kind}, expected ${kind}`));
      });
    });
  }
}
