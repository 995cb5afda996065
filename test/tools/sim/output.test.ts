import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES_VERSION } from '../../../rules/index.ts';
import { rulesBundleHash } from '../../../server/rules-version/bundle-hash.ts';
import { runLab } from '../../../tools/sim/lab.ts';
import { csvColumns, outputFiles, writeOutputs } from '../../../tools/sim/output.ts';

describe('--out', () => {
  it('writes the manifest, one row per game as CSV and JSONL, and a self-contained report', async () => {
    const run = await runLab(
      {
        options: { games: 6, seed: 'out', scenarioId: 'baseline-2025', us: 'greedy', china: 'random' },
        sweep: { param: 'calendar.roundCount', from: 3, to: 5, steps: 2, values: [3, 5] },
        matrix: null,
      },
      { workers: 2 },
    );
    const dir = mkdtempSync(join(tmpdir(), 'sim-out-'));
    try {
      writeOutputs(dir, run, 2, ['--games', '6']);
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
      writeOutputs(dir, run, 2, ['--games', '6'], startedFrom);
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
});
