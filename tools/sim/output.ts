import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { GameRow } from '../../server/games/game-row.ts';
import type { LabRun } from './lab.ts';
import type { Manifest } from './manifest.ts';
import { buildManifest } from './manifest.ts';
import type { RowSink } from './pool.ts';
import type { QueueRunStats } from './queue-coordinator.ts';
import { runningRules } from '../../server/rules-version/bundle-hash.ts';
import { reportHtml } from './report/html.ts';

/**
 * `--out DIR`: manifest.json, games.csv, games.jsonl and report.html. The two row files are written as
 * the rows come, in order, so a run of a million games never holds them; the manifest and the report,
 * which need the whole run's summary, are written at its end.
 */

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

/** One game's line of games.csv, its newline included. */
export function csvLine(row: GameRow, scenarioId: string): string {
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
  return values.map(csvField).join(',') + '\n';
}

/** One game's line of games.jsonl: the row, the rules it was played under and its replay command. */
export function jsonlLine(row: GameRow, scenarioId: string): string {
  return JSON.stringify({ ...row, ...runningRules(), replay: replayCommand(row, scenarioId) }) + '\n';
}

const csvHeader = csvColumns.join(',') + '\n';

/** games.csv of rows already in memory: what the streamed file holds, byte for byte. */
export function gamesCsv(rows: readonly GameRow[], scenarioId: string): string {
  return csvHeader + rows.map((row) => csvLine(row, scenarioId)).join('');
}

/** games.jsonl of rows already in memory: what the streamed file holds, byte for byte. */
export function gamesJsonl(rows: readonly GameRow[], scenarioId: string): string {
  return rows.map((row) => jsonlLine(row, scenarioId)).join('');
}

/** `writeSync` may write less than it was given: it is called until every byte is down. */
function writeAll(fd: number, text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  for (let written = 0; written < bytes.length;)
    written += writeSync(fd, bytes, written, bytes.length - written);
}

export interface OutputWriter {
  /** Appends rows, which come in order, to games.csv and games.jsonl. */
  write: RowSink;
  /**
   * Writes manifest.json and report.html, closes the row files and returns the four paths. `git` is the
   * checkout as it was when the run started: a long run may outlive a commit.
   */
  finish: (
    run: LabRun,
    workers: number,
    argv: readonly string[],
    git?: Manifest['git'],
    queue?: QueueRunStats,
  ) => string[];
  /** Closes the row files of a run that failed; they keep the rows written so far. */
  abort: () => void;
}

/**
 * Opens DIR's row files for a run in `scenarioId`. Writes are synchronous: a disk slower than the games
 * holds the pool back instead of piling rows up in memory.
 */
export function openOutputs(dir: string, scenarioId: string): OutputWriter {
  mkdirSync(dir, { recursive: true });
  const csv = openSync(join(dir, 'games.csv'), 'w');
  const jsonl = openSync(join(dir, 'games.jsonl'), 'w');
  let open = true;
  const close = (): void => {
    if (!open) return;
    open = false;
    closeSync(csv);
    closeSync(jsonl);
  };
  writeAll(csv, csvHeader);
  return {
    write(rows) {
      writeAll(csv, rows.map((row) => csvLine(row, scenarioId)).join(''));
      writeAll(jsonl, rows.map((row) => jsonlLine(row, scenarioId)).join(''));
    },
    finish(run, workers, argv, git, queue) {
      close();
      const manifest = buildManifest(run, workers, argv, [...outputFiles], git, queue);
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
      writeFileSync(join(dir, 'report.html'), reportHtml(run, manifest));
      return outputFiles.map((name) => join(dir, name));
    },
    abort: close,
  };
}
