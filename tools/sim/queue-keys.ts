import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { rulesBundleHash } from '../../server/rules-version/bundle-hash.ts';
import { runningRules } from '../../server/rules-version/bundle-hash.ts';
import type { TaskList } from './pool.ts';

/**
 * The names a queued run lives under in Redis (issue 14): the queue is named by the code that plays the
 * games, a run by its games, a chunk by its place in the run. Two checkouts share a queue only when they
 * would play every game to the same row, and a coordinator restarted with the same command finds the
 * chunks its run already has.
 */

/** BullMQ's key prefix when `--queue-namespace` is not given: every key of the lab's queues starts with it. */
export const defaultQueueNamespace = 'sc-sim';

/** The code behind a row besides the rules: how a game is played and reduced to its row. */
const gamesCodeDir = fileURLToPath(new URL('../../server/games', import.meta.url));

/**
 * The packages the rules call at run time (rules/ imports nothing else outside itself; a test holds this
 * list to rules/'s imports): a move runs through boardgame.io's flow and immer's drafts, and the content
 * is checked by zod schemas, so another version of any could play a game to another row.
 */
export const rulesRuntimePackages = ['boardgame.io', 'immer', 'zod'] as const;

export interface RulesKey {
  /** 16 hex digits of the SHA-256 of the four below. */
  key: string;
  rulesVersion: string;
  /** SHA-256 of rules/ (server/rules-version/bundle-hash.ts). */
  rulesBundleHash: string;
  /** The same hash of server/games/, which plays a game and makes its row. */
  gamesCodeHash: string;
  /**
   * The JavaScript engine: the rules' arithmetic (Math.exp, Math.pow, ...) is V8's, so another V8 may
   * round a game differently. Node's own version is left out: no Node API is on a game's path, and Node
   * releases that share a V8 play the same rows.
   */
  v8: string;
  /** The installed version of each of `rulesRuntimePackages`, as its package.json says. */
  dependencies: Record<string, string>;
}

export type RulesKeyParts = Omit<RulesKey, 'key'>;

/** The key of the given parts: any difference in code, engine or a dependency's version gives another. */
export function rulesKeyOf(parts: RulesKeyParts): RulesKey {
  const hash = createHash('sha256').update(`${parts.rulesBundleHash}\0${parts.gamesCodeHash}\0${parts.v8}`);
  for (const name of Object.keys(parts.dependencies).sort())
    hash.update(`\0${name}@${parts.dependencies[name] ?? ''}`);
  return { key: hash.digest('hex').slice(0, 16), ...parts };
}

const manifestSchema = z.object({ version: z.string().min(1) });

/** The version of an installed package, from the package.json this checkout resolves (not package.json's range). */
export function installedVersion(name: string): string {
  const file = createRequire(import.meta.url).resolve(`${name}/package.json`);
  const manifest = manifestSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!manifest.success) throw new Error(`${file} has no version`);
  return manifest.data.version;
}

/** What a key stands for, in the words a worker prints at start and in a refusal. */
export function describeRulesKey(rules: RulesKey): string {
  const dependencies = Object.entries(rules.dependencies).map(([name, version]) => `${name} ${version}`);
  return [
    `rules ${rules.rulesVersion}`,
    `bundle ${rules.rulesBundleHash.slice(0, 12)}`,
    `V8 ${rules.v8}`,
    ...dependencies,
  ].join(', ');
}

let running: RulesKey | undefined;

/** The key of the code this process plays games with (files hashed once per process). */
export function runningRulesKey(): RulesKey {
  if (running) return running;
  const { rulesVersion, rulesBundleHash: rulesHash } = runningRules();
  running = rulesKeyOf({
    rulesVersion,
    rulesBundleHash: rulesHash,
    gamesCodeHash: rulesBundleHash(gamesCodeDir),
    v8: process.versions.v8,
    dependencies: Object.fromEntries(rulesRuntimePackages.map((name) => [name, installedVersion(name)])),
  });
  return running;
}

/** The queue of one rules key: a worker listens only to its own, so it never sees another code's chunks. */
export const queueNameFor = (rulesKey: string): string => `sim-${rulesKey}`;

/**
 * Games per chunk when the command does not say (`--chunk-games`): the local pool's batch size for 16
 * workers, at most 25 games. Small enough that a cluster's workers finish together, large enough that a
 * chunk's round trips through Redis cost little next to its games.
 */
export function defaultChunkGames(games: number): number {
  return Math.max(1, Math.min(25, Math.ceil(games / 256)));
}

/**
 * A run's key: the hash of every game it plays (options, seed and index, in order), its chunk size and the
 * rules key. The same command gives the same key, so a restarted coordinator collects the chunks already
 * played; any change to the games gives another.
 */
export function runKeyOf(tasks: TaskList, chunkGames: number, rulesKey: string): string {
  const hash = createHash('sha256').update(`${rulesKey}\0${chunkGames}\0${tasks.count}\0`);
  for (let taskId = 0; taskId < tasks.count; taskId++) hash.update(`${JSON.stringify(tasks.at(taskId))}\n`);
  return hash.digest('hex').slice(0, 20);
}

/** A chunk's BullMQ job id (custom ids may not contain ':'). */
export const chunkJobId = (runKey: string, chunk: number): string => `${runKey}-${chunk}`;

/** The URL as it may be printed: without its password. */
export function redactedUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== '') parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(an unreadable URL)';
  }
}
