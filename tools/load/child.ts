import type { ChildProcessByStdio } from 'node:child_process';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { serverNodeFlags } from '../../server/node-flags.ts';
import type { ServerStats } from './server-stats.ts';
import { parseServerStats } from './server-stats.ts';

export interface ServerChild {
  url: string;
  pid: number;
  /** What the server said about its storage (`store=` on its first line). */
  store: string;
  output(): string;
  /**
   * The server's figures since the previous call (SIGUSR2, answered on its stdout); undefined when it
   * does not answer within a second.
   */
  stats(): Promise<ServerStats | undefined>;
  /** SIGKILL: nothing gets a chance to flush (what a crash or OOM kill does). */
  kill(): Promise<void>;
}

/** Node or V8 flags from an environment variable (space-separated). */
export const nodeFlags = (variable: string | undefined): string[] =>
  (variable ?? '').split(' ').filter(Boolean);

const here = path.dirname(fileURLToPath(import.meta.url));

/** Starts `ours-entry.ts` or `stock-entry.ts` under tsx, in production mode, on a free loopback port. */
export async function spawnServer(kind: 'ours' | 'stock', dataDir: string): Promise<ServerChild> {
  const entry = path.join(here, kind === 'ours' ? 'ours-entry.ts' : 'stock-entry.ts');
  const child: ChildProcessByStdio<null, Readable, Readable> = spawn(
    process.execPath,
    // The server's own flags, as `npm start` runs it; then LOAD_SERVER_NODE_FLAGS: V8 or Node flags for
    // the server alone (GC experiments; a later flag overrides an earlier one), not the clients.
    [...serverNodeFlags, ...nodeFlags(process.env.LOAD_SERVER_NODE_FLAGS), '--import', 'tsx', entry],
    {
      env: { ...process.env, NODE_ENV: 'production', DATA_DIR: dataDir },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  // LOAD_SERVER_LOG=<file>: the server's output (with --trace-gc in LOAD_SERVER_NODE_FLAGS: its GC log) kept.
  const logFile = process.env.LOAD_SERVER_LOG;
  if (logFile) {
    fs.writeFileSync(logFile, `spawned at ${new Date().toISOString()}\n`);
    const keep = (chunk: Buffer): void => {
      fs.appendFileSync(logFile, chunk);
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
  }
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => {
      resolve();
    });
  });
  const started = await new Promise<{ url: string; store: string }>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`server did not start: ${output}`));
    }, 30_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /serving on (http:\/\/\S+) store=(\S+)/.exec(output);
      if (found?.[1] && found[2]) {
        clearTimeout(timer);
        resolve({ url: found[1], store: found[2] });
      }
    });
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${String(code)}): ${output}`));
    });
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('no pid');
  return {
    ...started,
    pid,
    output: () => output,
    stats: async () => {
      const from = output.length;
      child.kill('SIGUSR2');
      for (let waitedMs = 0; waitedMs < 1000; waitedMs += 20) {
        const found = parseServerStats(output, from);
        if (found) return found;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return undefined;
    },
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}
