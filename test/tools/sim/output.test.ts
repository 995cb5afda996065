import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_VERSION } from '../../../rules/index.ts';
import { rulesBundleHash } from '../../../server/rules-version/bundle-hash.ts';
import type { LabPlan } from '../../../tools/sim/lab.ts';
import { runLab } from '../../../tools/sim/lab.ts';
import { csvColumns, gamesCsv, gamesJsonl, openOutputs, outputFiles } from '../../../tools/sim/output.ts';
import { runSimulation } from '../../../tools/sim/run.ts';
import { sweepArms } from '../../../tools/sim/sweep.ts';

const sweep = { param: 'calendar.roundCount', from: 3, to: 5, steps: 2, values: [3, 5] };
const plan: LabPlan = {
  options: { games: 6, seed: 'out', scenarioId: 'baseline-2025', us: 'greedy', china: 'random' },
  sweep,
  matrix: null,
};

describe('--out', () => {
  it('writes the manifest, one row per game as CSV and JSONL, and a self-contained report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sim-out-'));
    try {
      const output = openOutputs(dir, plan.options.scenarioId);
      const run = await runLab(plan, { workers: 2 }, output.write);
      output.finish(run, 2, ['--games', '6']);
      const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
      for (const name of outputFiles) expect(read(name).length).toBeGreaterThan(0);

      const manifest = JSON.parse(read('manifest.json')) as Record<string, unknown>;
      expect(manifest).toMatchObject({
        scenario: 'baseline-2025',
        bots: { us: ['greedy'], china: ['random'] },
        gamesPerBatch: 6,
        gamesTotal: 12,
        workers: 2,
        fingerprint: run.summary.fingerprint,
      });
      expect(manifest.rulesHash).toMatch(/^[0-9a-f]{16}$/);
      expect(manifest).toMatchObject({ rulesVersion: RULES_VERSION, rulesBundleHash: rulesBundleHash() });
      expect(manifest.parametersHash).toMatch(/^[0-9a-f]{16}$/);
      expect(manifest).toHaveProperty('git.commit');

      // A long run records the checkout it started from, not the one it ends on.
      const startedFrom = { commit: '0123456789abcdef0123456789abcdef01234567', rulesDirty: false };
      const again = openOutputs(dir, plan.options.scenarioId);
      again.finish(await runLab(plan, { workers: 1 }, again.write), 2, ['--games', '6'], startedFrom);
      expect(JSON.parse(read('manifest.json'))).toMatchObject({ git: startedFrom });

      const csv = read('games.csv').trim().split('\n');
      const header = csv[0]?.split(',') ?? [];
      expect(header).toEqual(csvColumns);
      for (const column of ['seed', 'us', 'china', 'winner', 'margin', 'rounds', 'reason', 'escalation'])
        expect(header).toContain(column);
      for (const counter of [
        'effectiveComputeEflops',
        'developersM',
        'maturity',
        'researchPoints',
        'toolGroups',
        'budgetBn',
      ])
        for (const side of ['us', 'china']) expect(header).toContain(`${side}_${counter}`);
      expect(csv).toHaveLength(13);

      const jsonl = read('games.jsonl')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as Record<string, unknown>);
      expect(jsonl).toHaveLength(12);
      expect(jsonl[7]).toMatchObject({ seed: 'out:1', overrides: { 'calendar.roundCount': 5 } });
      expect(jsonl[7]?.replay).toContain('--set calendar.roundCount=5');
      for (const row of jsonl) {
        expect(row).toMatchObject({ rulesVersion: RULES_VERSION, rulesBundleHash: rulesBundleHash() });
        expect(row.replay).toContain(`--rules-version ${RULES_VERSION}`);
      }

      const html = read('report.html');
      expect(html).toMatch(/^<!doctype html>/);
      expect(html).toContain('<svg');
      expect(html).not.toMatch(/https?:\/\//);
      expect(html).not.toMatch(/<script|<link|<img|src=/i);
      expect(html).toContain('Sweep of calendar.roundCount');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('streams the same bytes as the rows written whole after an in-process run, whatever the workers', async () => {
    // Many small batches and a short leash on the workers: rows come back out of order and wait in line.
    const many: LabPlan = { ...plan, options: { ...plan.options, games: 150, us: 'random' } };
    const inProcess = sweepArms(many.options, sweep).flatMap((options) => runSimulation(options).rows);
    for (const workers of [1, 2]) {
      const dir = mkdtempSync(join(tmpdir(), 'sim-stream-'));
      try {
        const output = openOutputs(dir, many.options.scenarioId);
        const run = await runLab(many, { workers, batchesAhead: 2 }, output.write);
        const paths = output.finish(run, workers, []);
        expect(paths).toEqual(outputFiles.map((name) => join(dir, name)));
        const read = (name: string): string => readFileSync(join(dir, name), 'utf8');
        expect(read('games.csv')).toBe(gamesCsv(inProcess, many.options.scenarioId));
        expect(read('games.jsonl')).toBe(gamesJsonl(inProcess, many.options.scenarioId));
        expect(run.summary.games).toBe(300);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }
  });
});
