import { spawnSync } from 'node:child_process';
import type { Game } from 'boardgame.io';
import { describe, expect, it } from 'vitest';
import { SiliconCurtain } from '../../rules/index.ts';
import { newMatch } from '../../server/authority/match-factory.ts';
import { archiveMatches } from '../../server/lobby/archive.ts';
import { defaultLifecycleTimes } from '../../server/lobby/lifecycle.ts';
import type { MatchStore } from '../../server/storage/match-store.ts';
import { SqliteStore } from '../../server/storage/sqlite-store.ts';
import { tempDataDir } from './helpers/test-server.ts';

const dayMs = 86_400_000;
const nowMs = 1_800_000_000_000;
const longAgo = nowMs - 200 * dayMs;

/** A match created at `at`, with the given seats held. */
async function stored(store: MatchStore, matchID: string, at: number, held: ('0' | '1')[]): Promise<void> {
  const matchMade = newMatch(SiliconCurtain as Game, {}, at);
  if (!matchMade.ok) throw new Error(matchMade.rejection.message);
  const match = matchMade.value;
  for (const seat of held) match.metadata.players[Number(seat)] = { id: Number(seat), name: `p${seat}` };
  expect(await store.createMatch(matchID, match)).toBe(true);
}

/** Old finished, abandoned and expired matches, and a fresh one of each kind that stays. */
async function fixture(): Promise<MatchStore> {
  const store = new SqliteStore(':memory:');
  await stored(store, 'finished', longAgo, ['0', '1']);
  const initial = await store.loadState('finished');
  if (!initial) throw new Error('no state');
  const ended = { ...initial, _stateID: 1, ctx: { ...initial.ctx, gameover: { winner: '0' } } };
  await store.commitState('finished', {
    state: ended,
    deltalog: [],
    patch: { updatedAt: longAgo, gameover: { winner: '0' } },
    move: { seat: '0', moveType: 'x', fields: {}, at: longAgo },
  });
  await stored(store, 'abandoned', longAgo, ['0', '1']);
  await stored(store, 'expired', longAgo, ['0']);
  await stored(store, 'in-play', nowMs - dayMs, ['0', '1']);
  await stored(store, 'open', nowMs - 60_000, []);
  return store;
}

const request = { olderThanMs: 90 * dayMs, nowMs, times: defaultLifecycleTimes };

describe('archiving old matches', () => {
  it('only counts them without --archive, and deletes nothing', async () => {
    const store = await fixture();
    const report = await archiveMatches(store, { ...request, remove: false });
    expect(report).toEqual({ chosen: { finished: 1, abandoned: 1, expired: 1 }, archived: 0, deleted: 0 });
    expect(await store.listMatches()).toHaveLength(5);
    await expect(archiveMatches(store, { ...request, remove: true })).rejects.toThrow('only once archived');
    await store.close();
  });

  it('archives each whole match as a line, and deletes only what it archived when asked', async () => {
    const store = await fixture();
    const lines: string[] = [];
    const write = (line: string) => {
      lines.push(line);
    };
    expect(await archiveMatches(store, { ...request, write, remove: false })).toMatchObject({ archived: 3 });
    expect(await store.listMatches()).toHaveLength(5);
    const finishedInitial = await store.loadInitialState('finished');

    lines.length = 0;
    expect(await archiveMatches(store, { ...request, write, remove: true })).toMatchObject({
      archived: 3,
      deleted: 3,
    });
    expect(await store.listMatches()).toEqual(['in-play', 'open']);
    // Oldest first (all three were created at the same time: by id).
    const archived = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(archived.map((match) => [match.matchID, match.lifecycle])).toEqual([
      ['abandoned', 'abandoned'],
      ['expired', 'expired'],
      ['finished', 'finished'],
    ]);
    // Enough to replay it: its rules, initial state, log and journal.
    expect(archived[2]).toMatchObject({
      rulesVersion: expect.any(String) as unknown,
      createdRulesVersion: expect.any(String) as unknown,
      initialState: JSON.parse(JSON.stringify(finishedInitial)) as unknown,
      journal: [{ seat: '0', moveType: 'x', stateID: 1 }],
    });
    await store.close();
  });

  it('is an operator command that refuses to delete what it did not archive', () => {
    const run = (args: string[]) =>
      spawnSync('npx', ['tsx', 'server/cli/archive-matches.ts', ...args], {
        encoding: 'utf8',
        env: { ...process.env, DATA_DIR: tempDataDir(), DATABASE_URL: '' },
      });
    const refused = run(['--older-than-days', '30', '--delete']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('--delete needs --archive');
    const counted = run(['--older-than-days', '30']);
    expect(counted.status).toBe(0);
    expect(JSON.parse(counted.stdout)).toEqual({ chosen: {}, archived: 0, deleted: 0 });
  });
});
