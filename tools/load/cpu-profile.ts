import fs from 'node:fs';
import { Session } from 'node:inspector/promises';

/**
 * `LOAD_CPU_PROFILE=<file> LOAD_CPU_PROFILE_MS=<ms> [LOAD_CPU_PROFILE_DELAY_MS=<ms>]`: the load run's
 * server child records a V8 CPU profile for that long (from start-up plus the delay: skip the set-up)
 * and writes it to <file> (open it in Chrome DevTools). The run
 * ends the server with SIGKILL, so `--cpu-prof` (written at exit) would never be written.
 * `LOAD_CLIENT_CPU_PROFILE=<prefix>` (same _MS and _DELAY_MS variables) does the same in each client
 * child process, into `<prefix>-<pid>.cpuprofile`.
 */
export async function profileIfAsked(
  env: NodeJS.ProcessEnv,
  role: 'server' | 'client' = 'server',
): Promise<void> {
  const asked = role === 'server' ? env.LOAD_CPU_PROFILE : env.LOAD_CLIENT_CPU_PROFILE;
  if (asked === undefined || asked === '') return;
  const file = role === 'server' ? asked : `${asked}-${process.pid}.cpuprofile`;
  const durationMs = Number(env.LOAD_CPU_PROFILE_MS ?? '10000');
  const delayMs = Number(env.LOAD_CPU_PROFILE_DELAY_MS ?? '0');
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  setTimeout(() => {
    void session.post('Profiler.start');
  }, delayMs);
  setTimeout(() => {
    void session.post('Profiler.stop').then(({ profile }) => {
      fs.writeFileSync(file, JSON.stringify(profile));
      console.log(`cpu profile written to ${file}`);
    });
  }, delayMs + durationMs);
}
