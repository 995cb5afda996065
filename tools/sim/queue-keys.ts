import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
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

export interface RulesKey {
  /** 16 hex digits of the SHA-256 of the three below. */
  key: string;
  rulesVersion: string;
  /** SHA-256 of rules/ (server/rules-version/bundle-hash.ts). */
  rulesBundleHash: string;
  /** The same hash of server/games/, which plays a game and makes its row. */
  gamesCodeHash: string;
  /**
   * The JavaScript engine: the rules' arithmetic (Math.exp, Math.pow, ...) is V8's, so another V8 may
   * round a game differently.
   */
  v8: string;
}

let running: RulesKey | undefined;

/** The key of the code this process plays games with (files hashed once per process). */
export function runningRulesKey(): RulesKey {
  if (running) return running;
  const { rulesVersion, rulesBundleHash: rulesHash } = runningRules();
  const gamesCodeHash = rulesBundleHash(gamesCodeDir);
  const v8 = process.versions.v8;
  const key = createHash('sha256').update(`${rulesHash}\0${gamesCodeHash}\0${v8}`).digest('hex').slice(0, 16);
  running = { key, rulesVersion, rulesBundleHash: rulesHash, gamesCodeHash, v8 };
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
