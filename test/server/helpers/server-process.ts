import type { ChildProcessByStdio } from 'node:child_process';
import { spawn } from 'node:child_process';
import type { Readable } from 'node:stream';
import { serverNodeFlags } from '../../../server/node-flags.ts';

export interface ServerProcess {
  child: ChildProcessByStdio<null, Readable, Readable>;
  url: string;
  port: number;
  output: () => string;
  exited: Promise<number | null>;
}

/** `server/main.ts` in its own process (as `npm start` runs it, minus the build). */
export async function spawnServer(
  dataDir: string,
  port = 0,
  extraEnv: Record<string, string> = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [...serverNodeFlags, '--import', 'tsx', 'server/main.ts'], {
    // Its lines at the usual level (Vitest's LOG_LEVEL=silent would hide "serving on").
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: dataDir,
      CLIENT_DIR: dataDir,
      LOG_LEVEL: 'info',
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return untilServing(child);
}

/** Waits for a server process's "serving on <url>" line (30 s at most) and collects all it prints. */
export async function untilServing(
  child: ChildProcessByStdio<null, Readable, Readable>,
): Promise<ServerProcess> {
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
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /serving on (http:\/\/[^\s"]+)/.exec(output);
      if (found?.[1]) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
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
