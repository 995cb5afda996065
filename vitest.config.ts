import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    testTimeout: 60_000,
    // The server's logger (server/log.ts) stays quiet; a test that reads its lines redirects them.
    env: { LOG_LEVEL: 'silent' },
  },
});
