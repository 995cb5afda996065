import type { ServerProcess } from './server-process.ts';
import { spawnServer } from './server-process.ts';
import { tempDataDir } from './test-server.ts';

/** `server/main.ts` in its own process with extra environment (DATABASE_URL, REDIS_URL, …). */
export async function spawnServerWithEnv(env: Record<string, string>): Promise<ServerProcess> {
  return spawnServer(tempDataDir(), 0, env);
}

/** SIGTERM and wait for the exit code. */
export async function stopServer(server: ServerProcess): Promise<number | null> {
  if (server.child.exitCode === null) server.child.kill('SIGTERM');
  return server.exited;
}

/** The promise, or a rejection naming `what` after `ms`. */
export const withTimeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([
    promise,
    new Promise<T>((_, reject) =>
      setTimeout(() => {
        reject(new Error(`${what} did not finish within ${ms} ms`));
      }, ms),
    ),
  ]);
