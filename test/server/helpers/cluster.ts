import { spawn } from 'node:child_process';
import type { ServerProcess } from './server-process.ts';
import { tempDataDir } from './test-server.ts';

/** `server/main.ts` in its own process with extra environment (DATABASE_URL, REDIS_URL, …). */
export async function spawnServerWithEnv(env: Record<string, string>): Promise<ServerProcess> {
  const dataDir = tempDataDir();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, CLIENT_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code) => {
      resolve(code);
    });
  });
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(new Error(`server did not start: ${output}`));
    }, 30_000);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const found = /serving on (http:\/\/\S+)/.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${String(code)}) before serving: ${output}`));
    });
  });
  return { child, url, port: Number(new URL(url).port), output: () => output, exited };
}

/** SIGTERM and wait for the exit code. */
export async function stopServer(server: ServerProcess): Promise<number | null> {
  if (server.child.exitCode === null) server.child.kill('SIGTERM');
  return server.exited;
}
