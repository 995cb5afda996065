import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

/**
 * `npm run test:fast`, the edit loop's suite: the rules, the client's unit tests and the server's
 * in-process tests, without the browser suites (test/e2e), the tools' (test/tools: the load tester,
 * the lab's command line, bot clients against a server) and the server's long or multi-process suites
 * below. `npm test` (CI) runs everything, these included.
 */
const longOrMultiProcess = [
  // Child processes: the server's entry point, crash and restart, several processes over Redis.
  'test/server/main-process.test.ts',
  'test/server/multiprocess.test.ts',
  'test/server/chaos.test.ts',
  'test/server/archive.test.ts',
  'test/server/backup.test.ts',
  // Whole random games through the server, or every store against files with fsync.
  'test/server/fuzz.test.ts',
  'test/server/fast-move.test.ts',
  'test/server/catchup.test.ts',
  'test/server/sqlite-store.test.ts',
  'test/server/postgres-store.test.ts',
  'test/server/rules-version/upgrade.test.ts',
  // The what-if preview plays hundreds of bot games on worker threads.
  'test/server/classroom/what-if/service.test.ts',
  'test/server/classroom/what-if/route.test.ts',
  'test/server/games/resident-pool.test.ts',
  // Whole classes seated, paused, timed, exported and driven through the API; every socket and lobby
  // attack; matches expired, bots and clocks played out in real time.
  'test/server/classroom/sessions.test.ts',
  'test/server/classroom/seating.test.ts',
  'test/server/classroom/controls.test.ts',
  'test/server/classroom/pause.test.ts',
  'test/server/classroom/joining.test.ts',
  'test/server/classroom/turn-timers.test.ts',
  'test/server/classroom/inject.test.ts',
  'test/server/classroom/reconnect.test.ts',
  'test/server/classroom/exports.test.ts',
  'test/server/socket-security.test.ts',
  'test/server/lobby-security.test.ts',
  'test/server/lobby-lifecycle.test.ts',
  'test/server/bot-seat.test.ts',
  'test/server/clock.test.ts',
];

export default defineConfig({
  test: {
    include: [
      'test/rules/**/*.test.ts',
      'test/src/**/*.test.ts',
      'test/src/**/*.test.tsx',
      'test/server/**/*.test.ts',
      'test/*.test.ts',
    ],
    exclude: longOrMultiProcess,
    testTimeout: 60_000,
    // The server's logger (server/log.ts) stays quiet; a test that reads its lines redirects them.
    env: { LOG_LEVEL: 'silent' },
    // One worker a core (Vitest leaves one core free by default): most server tests wait on sockets.
    maxWorkers: availableParallelism(),
    // Each worker keeps the modules it loaded from one file to the next instead of importing the engine
    // and the server afresh for every file: half this suite's time. No test here mocks a module or
    // leaves a global behind; `npm test` runs every file isolated all the same.
    isolate: false,
  },
});
