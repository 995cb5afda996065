import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { RULES_VERSION } from '../../../rules/index.ts';
import type { GameRow } from '../../../server/games/game-row.ts';
import { runningRules } from '../../../server/rules-version/bundle-hash.ts';
import { runLab } from '../../../tools/sim/lab.ts';
import { gamesJsonl } from '../../../tools/sim/output.ts';
import { replayRulesRefusal } from '../../../tools/sim/replay-rules.ts';
import { runSimulation } from '../../../tools/sim/run.ts';

/** One smoke test of the real command line (the rest is tested in-process). */

const runCli = (args: string[]) =>
  spawnSync('npx', ['tsx', 'tools/cli/sim.ts', ...args], { encoding: 'utf8', cwd: process.cwd() });

describe('npm run sim', () => {
  it('prints one JSON summary, and exits 2 on a bad flag', () => {
    const ok = runCli(['--games', '3', '--seed', 'cli', '--json']);
    expect(ok.status).toBe(0);
    const { gamesPerSec, rulesVersion, rulesBundleHash, ...summary } = JSON.parse(ok.stdout) as {
      gamesPerSec: number;
      rulesVersion: string;
      rulesBundleHash: string;
    };
    expect(gamesPerSec).toBeGreaterThan(0);
    expect({ rulesVersion, rulesBundleHash }).toEqual(runningRules());
    const { gamesPerSec: _, ...expected } = runSimulation({
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

  it("keeps the progress bar off stdout, and replays a sweep arm's row with --set", async () => {
    const sweep = runCli([
      '--games',
      '3',
      '--seed',
      'arm',
      '--sweep',
      'calendar.roundCount=3:5:2',
      '--workers',
      '2',
      '--progress',
      '--json',
    ]);
    expect(sweep.status).toBe(0);
    expect(sweep.stderr).toContain('6/6 games');
    const json = JSON.parse(sweep.stdout) as { sweep: { arms: { value: number; fingerprint: string }[] } };
    expect(json.sweep.arms.map((arm) => arm.value)).toEqual([3, 5]);

    const rows: GameRow[] = [];
    const run = await runLab(
      {
        options: { games: 3, seed: 'arm', scenarioId: 'baseline-2025', us: 'random', china: 'random' },
        sweep: { param: 'calendar.roundCount', from: 3, to: 5, steps: 2, values: [3, 5] },
        matrix: null,
      },
      { workers: 1 },
      (batch) => rows.push(...batch),
    );
    expect(run.sweep?.arms.map((arm) => arm.fingerprint)).toEqual(
      json.sweep.arms.map((arm) => arm.fingerprint),
    );
    const row = rows[4];
    expect(row?.overrides).toEqual({ 'calendar.roundCount': 5 });
    const replay = runCli(['--replay', row?.seed ?? '', '--set', 'calendar.roundCount=5', '--json']);
    expect(replay.status).toBe(0);
    expect((JSON.parse(replay.stdout) as { fingerprint: string }).fingerprint).toBe(row?.fingerprint);
  });

  it('replays a row under the rules it was played with, and refuses a row of other rules with the reason', () => {
    const run = runSimulation({
      games: 1,
      seed: 'ver',
      scenarioId: 'baseline-2025',
      us: 'random',
      china: 'random',
    });
    const [line] = gamesJsonl(run.rows, 'baseline-2025').trim().split('\n');
    const row = JSON.parse(line ?? '') as { replay: string; fingerprint: string; rulesVersion: string };
    const args = (replay: string) => replay.replace('npm run -s sim -- ', '').split(' ');
    const same = runCli([...args(row.replay), '--json']);
    expect(same.status).toBe(0);
    const replayed = JSON.parse(same.stdout) as { fingerprint: string; rulesVersion: string };
    expect(replayed.fingerprint).toBe(row.fingerprint);
    // Named as a row names them, so a replay viewer can refuse the output of other rules too.
    expect(replayed.rulesVersion).toBe(row.rulesVersion);
    // The same row as a run of the pre-versioning rules wrote it.
    const older = row.replay.replace(`--rules-version ${row.rulesVersion}`, '--rules-version 0.9.0');
    const refused = runCli(args(older));
    expect(refused.status).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(`sim: ${replayRulesRefusal('ver:0', '0.9.0', RULES_VERSION)}\n`);
    expect(refused.stderr).toContain(
      `game ver:0 was played under rules 0.9.0; this checkout runs rules ${RULES_VERSION}`,
    );
  });
});
