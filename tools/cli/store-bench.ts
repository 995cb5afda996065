/**
 * `npx tsx tools/cli/store-bench.ts [--moves K] [--matches M] [--concurrency C] [--window-ms W]
 * [--max-batch B] [--json]`: commits K moves across M matches into a fresh SQLite file (temp dir), C
 * commits in flight at once (one per match at a time, like the authority's per-match queue), and prints
 * commits/s and commit latency for the first and the last 1,000 moves (does commit time grow with the
 * log?). `--max-batch 1` is one transaction (one fsync) per commit: the store without group commit.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Game, State } from 'boardgame.io';
import { SiliconCurtain } from '../../rules/index.ts';
import { newMatch } from '../../server/authority/match-factory.ts';
import { summarize } from '../load/stats.ts';
import { defaultGroupCommit } from '../../server/storage/sqlite-group-commit.ts';
import { SqliteStore } from '../../server/storage/sqlite-store.ts';

interface Options {
  moves: number;
  matches: number;
  concurrency: number;
  windowMs: number;
  maxBatch: number;
  json: boolean;
}

function parse(argv: readonly string[]): Options {
  const options: Options = {
    moves: 10_000,
    matches: 200,
    concurrency: 200,
    windowMs: defaultGroupCommit.windowMs,
    maxBatch: defaultGroupCommit.maxBatch,
    json: false,
  };
  const numeric = { '--moves': 'moves', '--matches': 'matches', '--concurrency': 'concurrency' } as const;
  const rest = { '--window-ms': 'windowMs', '--max-batch': 'maxBatch' } as const;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] ?? '';
    if (flag === '--json') {
      options.json = true;
      continue;
    }
    const key = flag in numeric ? numeric[flag as keyof typeof numeric] : rest[flag as keyof typeof rest];
    const value = Number(argv[++i]);
    if (key === undefined || !Number.isFinite(value) || value < 0) throw new Error(`bad argument ${flag}`);
    options[key] = value;
  }
  options.concurrency = Math.max(1, Math.min(options.concurrency, options.matches));
  return options;
}

async function main(options: Options): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-store-bench-'));
  const { windowMs, maxBatch } = options;
  const store = new SqliteStore(path.join(dir, 'matches.sqlite'), { windowMs, maxBatch });
  const createdMade = newMatch(SiliconCurtain as Game, {});
  if (!createdMade.ok) throw new Error(createdMade.rejection.message);
  const created = createdMade.value;
  const ids = Array.from({ length: options.matches }, (_, i) => `bench-${i}`);
  for (const id of ids) await store.createMatch(id, created);
  const stateOf = new Map<string, State>(ids.map((id) => [id, created.initialState]));
  const latency: number[] = [];
  let issued = 0;
  let refused = 0;
  const worker = async (w: number): Promise<void> => {
    const mine = ids.filter((_, i) => i % options.concurrency === w);
    for (let turn = 0; issued < options.moves; turn++) {
      const id = mine[turn % mine.length] ?? '';
      const index = issued++;
      const previous = stateOf.get(id) ?? created.initialState;
      const state: State = { ...previous, _stateID: previous._stateID + 1 };
      const entry = {
        action: { type: 'MAKE_MOVE' as const, payload: { type: 'x', args: [], playerID: '0' } },
      };
      const started = performance.now();
      const ok = await store.commitState(id, {
        state,
        deltalog: [{ ...entry, _stateID: previous._stateID, turn: 1, phase: 'action' }],
        patch: { updatedAt: Date.now() },
        move: { seat: '0', moveType: 'x', fields: { index }, at: Date.now() },
      });
      latency[index] = performance.now() - started;
      if (ok) stateOf.set(id, state);
      else refused++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, (_, w) => worker(w)));
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  const window = (from: number) => summarize(latency.slice(from, from + 1_000));
  const report = {
    ...options,
    seconds: Math.round(seconds * 100) / 100,
    commitsPerSecond: Math.round(options.moves / seconds),
    refused,
    latencyMsFirst1000: window(0),
    latencyMsLast1000: window(Math.max(0, options.moves - 1_000)),
  };
  process.stdout.write(`${JSON.stringify(report, null, options.json ? undefined : 2)}\n`);
}

await main(parse(process.argv.slice(2)));
