import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GameRow } from '../../server/games/game-row.ts';
import type { LabRun } from './lab.ts';
import type { Manifest } from './manifest.ts';
import { buildManifest } from './manifest.ts';
import { runningRules } from '../../server/rules-version/bundle-hash.ts';
import { reportHtml } from './report/html.ts';

/** `--out DIR`: manifest.json, games.csv, games.jsonl and report.html. */

export const outputFiles = ['manifest.json', 'games.csv', 'games.jsonl', 'report.html'] as const;

const shellWord = (word: string): string =>
  /^[\w.:=,/-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;

/**
 * The command that replays a row to its final fingerprint, under the rules it was played with: a
 * checkout running other rules refuses it (`--rules-version`).
 */
export function replayCommand(row: GameRow, scenarioId: string): string {
  const sets = Object.entries(row.overrides).flatMap(([path, value]) => ['--set', `${path}=${value}`]);
  const args = [
    '--replay',
    row.seed,
    '--scenario',
    scenarioId,
    '--us',
    row.us,
    '--china',
    row.china,
    ...sets,
    '--rules-version',
    runningRules().rulesVersion,
  ];
  return `npm run -s sim -- ${args.map(shellWord).join(' ')}`;
}

const counterColumns = [
  'effectiveComputeEflops',
  'developersM',
  'maturity',
  'researchPoints',
  'researchDone',
  'toolGroups',
  'budgetBn',
] as const;

export const csvColumns: readonly string[] = [
  'index',
  'seed',
  'us',
  'china',
  'overrides',
  'winner',
  'margin',
  'rounds',
  'reason',
  'moves',
  'escalation',
  ...counterColumns.map((c) => `us_${c}`),
  ...counterColumns.map((c) => `china_${c}`),
  'fingerprint',
  'replay',
];

const csvField = (value: string | number): string => {
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

function csvRow(row: GameRow, scenarioId: string): string {
  const overrides = Object.entries(row.overrides)
    .map(([path, value]) => `${path}=${value}`)
    .join(';');
  const values: (string | number)[] = [
    row.index,
    row.seed,
    row.us,
    row.china,
    overrides,
    row.winner,
    row.margin,
    row.rounds,
    row.reason,
    row.moves,
    row.escalation,
    ...counterColumns.map((c) => row.sides.us[c]),
    ...counterColumns.map((c) => row.sides.china[c]),
    row.fingerprint,
    replayCommand(row, scenarioId),
  ];
  return values.map(csvField).join(',');
}

export function gamesCsv(rows: readonly GameRow[], scenarioId: string): string {
  return [csvColumns.join(','), ...rows.map((row) => csvRow(row, scenarioId))].join('\n') + '\n';
}

export function gamesJsonl(rows: readonly GameRow[], scenarioId: string): string {
  return rows
    .map(
      (row) => JSON.stringify({ ...row, ...runningRules(), replay: replayCommand(row, scenarioId) }) + '\n',
    )
    .join('');
}

/** Writes the four files; returns their paths. */
/** `git` is the checkout as it was when the run started: a long run may outlive a commit. */
export function writeOutputs(
  dir: string,
  run: LabRun,
  workers: number,
  argv: readonly string[],
  git?: Manifest['git'],
): string[] {
  mkdirSync(dir, { recursive: true });
  const scenarioId = run.plan.options.scenarioId;
  const manifest = buildManifest(run, workers, argv, [...outputFiles], git);
  const contents: Record<(typeof outputFiles)[number], string> = {
    'manifest.json': JSON.stringify(manifest, null, 2) + '\n',
    'games.csv': gamesCsv(run.rows, scenarioId),
    'games.jsonl': gamesJsonl(run.rows, scenarioId),
    'report.html': reportHtml(run, manifest),
  };
  return outputFiles.map((name) => {
    const path = join(dir, name);
    writeFileSync(path, contents[name]);
    return path;
  });
}
