import { execFileSync } from 'node:child_process';
import { cards, fingerprint, resolveParameters, scenarios } from '../../rules/index.ts';
import { runningRules } from '../../server/rules-version/bundle-hash.ts';
import type { LabRun } from './lab.ts';
import type { QueueRunStats } from './queue-coordinator.ts';

/** manifest.json: everything needed to reproduce a run's output. */

export interface Manifest {
  tool: string;
  createdAt: string;
  argv: string[];
  node: string;
  git: { commit: string | null; rulesDirty: boolean | null };
  /** fingerprint() of every card and scenario definition. */
  rulesHash: string;
  /** The rules' human version (rules/version.ts): a replay under another version is refused. */
  rulesVersion: string;
  /** SHA-256 of the rules' files, code and data (server/rules-version/bundle-hash.ts). */
  rulesBundleHash: string;
  /** fingerprint() of the resolved parameters (scenario plus `--set` overrides). */
  parametersHash: string;
  scenario: string;
  bots: { us: string[]; china: string[] };
  seeds: { runSeed: string; gameSeed: string; first: string; last: string };
  gamesPerBatch: number;
  gamesTotal: number;
  overrides: Record<string, number>;
  sweep: { param: string; arms: { value: number; parametersHash: string }[] } | null;
  matrix: { us: string[]; china: string[] } | null;
  /** Worker threads, or with `queue` the queue workers that played the chunks. */
  workers: number;
  /** A run played on a queue (`--queue`): where, in which chunks, and how many were played again. */
  queue: QueueRunStats | null;
  fingerprint: string;
  files: string[];
}

/** Reads git without changing anything; null when git or the repository is unavailable. */
function git(args: readonly string[]): { ok: boolean; out: string } | null {
  try {
    const out = execFileSync('git', ['--no-optional-locks', ...args], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return { ok: true, out: out.trim() };
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    return status === 1 ? { ok: false, out: '' } : null;
  }
}

/** The checkout's commit and whether rules/ differs from it: read when a run starts (see cli/sim.ts). */
export function gitState(): Manifest['git'] {
  const head = git(['rev-parse', 'HEAD']);
  const diff = git(['diff', '--quiet', 'HEAD', '--', 'rules']);
  return { commit: head?.ok ? head.out : null, rulesDirty: diff === null ? null : !diff.ok };
}

export function buildManifest(
  run: LabRun,
  workers: number,
  argv: readonly string[],
  files: string[],
  git: Manifest['git'] = gitState(),
  queue?: QueueRunStats,
): Manifest {
  const { options, sweep, matrix } = run.plan;
  const overrides = { ...(options.overrides ?? {}) };
  const hashOf = (extra: Record<string, number>): string =>
    fingerprint(resolveParameters(options.scenarioId, { ...overrides, ...extra }));
  return {
    tool: 'silicon-curtain sim',
    createdAt: new Date().toISOString(),
    argv: [...argv],
    node: process.version,
    git,
    rulesHash: fingerprint({ cards, scenarios }),
    ...runningRules(),
    parametersHash: hashOf({}),
    scenario: options.scenarioId,
    bots: matrix ? { us: matrix.us, china: matrix.china } : { us: [options.us], china: [options.china] },
    seeds: {
      runSeed: options.seed,
      gameSeed: `${options.seed}:i for game i = 0..${options.games - 1}`,
      first: `${options.seed}:0`,
      last: `${options.seed}:${options.games - 1}`,
    },
    gamesPerBatch: options.games,
    gamesTotal: run.summary.games,
    overrides,
    sweep: sweep
      ? {
          param: sweep.param,
          arms: sweep.values.map((value) => ({ value, parametersHash: hashOf({ [sweep.param]: value }) })),
        }
      : null,
    matrix: matrix ? { us: matrix.us, china: matrix.china } : null,
    workers,
    queue: queue ?? null,
    fingerprint: run.summary.fingerprint,
    files,
  };
}
