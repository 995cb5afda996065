import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runSimulation } from '../../../server/sim/run.ts';

/** One smoke test of the real command line (the rest is tested in-process). */

const runCli = (args: string[]) =>
  spawnSync('npx', ['tsx', 'server/cli/sim.ts', ...args], { encoding: 'utf8', cwd: process.cwd() });

describe('npm run sim', () => {
  it('prints one JSON summary, and exits 2 on a bad flag', () => {
    const ok = runCli(['--games', '3', '--seed', 'cli', '--json']);
    expect(ok.status).toBe(0);
    const summary: unknown = JSON.parse(ok.stdout);
    const expected = runSimulation({
      games: 3,
      seed: 'cli',
      scenarioId: 'baseline-2025',
      us: 'random',
      china: 'random',
    }).summary;
    expect(summary).toEqual(expected);

    const bad = runCli(['--games', '3', '--turbo']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown argument "--turbo"');
    expect(bad.stdout).toBe('');
  });
});
