import type { Game } from 'boardgame.io';
import { afterEach, describe, expect, it } from 'vitest';
import { RULES_VERSION, SiliconCurtain } from '../../rules/index.ts';
import { buildMatch } from '../../server/lobby/create-match.ts';
import type { Candidate } from '../../server/lobby/list-page.ts';
import { fairOrder, maxListedPerCreator } from '../../server/lobby/list-page.ts';
import type { ClientMatchData } from '../../server/lobby/match-data.ts';
import type { TestServer } from './helpers/test-server.ts';
import { createMatch, joinSeat, postJson, startTestServer } from './helpers/test-server.ts';

/**
 * The lobby's order (issue 15, "lobby hygiene"): joinable and fresh matches first, no creator crowding the
 * others out, and never more than a page's worth of one creator's matches.
 */

function listedMatch(
  matchID: string,
  updatedAt: number,
  lifecycle: ClientMatchData['lifecycle'],
): ClientMatchData {
  return {
    matchID,
    gameName: 'silicon-curtain',
    players: [],
    unlisted: false,
    createdAt: updatedAt,
    updatedAt,
    rulesVersion: RULES_VERSION,
    rulesStatus: 'current',
    lifecycle,
  };
}

const candidate = (
  matchID: string,
  updatedAt: number,
  creator: string | undefined,
  lifecycle: ClientMatchData['lifecycle'] = 'open',
): Candidate => ({ data: listedMatch(matchID, updatedAt, lifecycle), creator });

const ids = (ordered: readonly Candidate[]): string[] => ordered.map((each) => each.data.matchID);

describe('the lobby’s order', () => {
  it('puts joinable matches first, the freshest first, when every creator has one', () => {
    const ordered = fairOrder(
      [
        candidate('playing-new', 50, 'c1', 'inPlay'),
        candidate('open-old', 10, 'c2'),
        candidate('open-new', 40, 'c3'),
        candidate('playing-old', 5, 'c4', 'inPlay'),
        candidate('finished', 60, 'c5', 'finished'),
      ],
      20,
    );
    expect(ids(ordered)).toEqual(['open-new', 'open-old', 'finished', 'playing-new', 'playing-old']);
  });

  it('gives every creator’s freshest match a place before anyone’s second', () => {
    const flood = Array.from({ length: 5 }, (_, i) => candidate(`flood-${i}`, 100 + i, 'flooder'));
    const ordered = fairOrder(
      [candidate('quiet', 1, 'teacher'), candidate('legacy', 2, undefined), ...flood],
      20,
    );
    expect(ids(ordered)).toEqual(['flood-4', 'legacy', 'quiet', 'flood-3', 'flood-2', 'flood-1', 'flood-0']);
  });

  it('lists at most a page’s worth of one creator’s matches, its joinable and freshest', () => {
    const flood = Array.from({ length: 30 }, (_, i) => candidate(`flood-${i}`, 100 + i, 'flooder'));
    const playing = candidate('flood-playing', 500, 'flooder', 'inPlay');
    const ordered = fairOrder([playing, ...flood], maxListedPerCreator);
    expect(ordered).toHaveLength(maxListedPerCreator);
    expect(ids(ordered)).toEqual(Array.from({ length: 20 }, (_, i) => `flood-${29 - i}`));
  });
});

const game = SiliconCurtain as Game & { name: string };
let server: TestServer | undefined;
afterEach(async () => {
  await server?.drain();
  server = undefined;
});

interface Listed {
  matchID: string;
  creator?: unknown;
}

describe('the lobby’s listing on a server', () => {
  it('records who created each match, never shows it, and caps and interleaves one creator’s matches', async () => {
    server = await startTestServer();
    const url = server.url;
    const start = Date.now();
    // Another school's open match, older than the flood, and its match in play, fresher than all.
    const otherOpen = buildMatch(
      game,
      { unlisted: false, creator: 'other school' },
      RULES_VERSION,
      start - 60_000,
    );
    const otherPlaying = buildMatch(
      game,
      { unlisted: false, creator: 'other school' },
      RULES_VERSION,
      start + 60_000,
    );
    if (!otherOpen.ok || !otherPlaying.ok) throw new Error('no match');
    expect(await server.store.createMatch('other-open', otherOpen.value)).toBe(true);
    expect(await server.store.createMatch('other-playing', otherPlaying.value)).toBe(true);
    await joinSeat(server, 'other-playing', '0');
    await joinSeat(server, 'other-playing', '1');
    // One address creates 25 open matches, one after another.
    const flood: string[] = [];
    for (let i = 0; i < 25; i++) {
      flood.push(await createMatch(server));
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const stored = await server.store.loadMetadata(flood[0] ?? '');
    const creator = stored?.metadata.creator;
    expect(creator).toMatch(/^[\w-]{16}$/);
    expect((await server.store.loadMetadata(flood[24] ?? ''))?.metadata.creator).toBe(creator);

    const page = async (query: string): Promise<Listed[]> =>
      ((await (await fetch(`${url}/games/silicon-curtain?${query}`)).json()) as { matches: Listed[] })
        .matches;
    const newestFlood = [...flood].reverse();
    expect((await page('page=1&limit=4')).map((match) => match.matchID)).toEqual([
      newestFlood[0],
      'other-open',
      newestFlood[1],
      newestFlood[2],
    ]);
    const all = await page('page=1&limit=100');
    expect(all.map((match) => match.matchID)).toEqual([
      newestFlood[0],
      'other-open',
      ...newestFlood.slice(1, 20),
      'other-playing',
    ]);
    // boardgame.io's own list: oldest first, the same matches.
    const plain = await page('');
    expect(plain.map((match) => match.matchID).sort()).toEqual(all.map((match) => match.matchID).sort());
    expect(plain.map((match) => match.matchID).slice(-2)).toEqual([newestFlood[0], 'other-playing']);
    for (const match of [...all, ...plain]) expect(match.creator).toBeUndefined();
    const one = (await (await fetch(`${url}/games/silicon-curtain/${flood[0] ?? ''}`)).json()) as Listed;
    expect(one.matchID).toBe(flood[0]);
    expect(one.creator).toBeUndefined();
  });

  it('lists a rematch as its first match’s creator’s', async () => {
    server = await startTestServer();
    const matchID = await createMatch(server);
    const credentials = await joinSeat(server, matchID, '0');
    await joinSeat(server, matchID, '1');
    const rematch = await postJson(`${server.url}/games/silicon-curtain/${matchID}/playAgain`, {
      playerID: '0',
      credentials,
    });
    const nextMatchID = String(rematch.body.nextMatchID);
    const first = await server.store.loadMetadata(matchID);
    const next = await server.store.loadMetadata(nextMatchID);
    expect(next?.metadata.creator).toBeDefined();
    expect(next?.metadata.creator).toBe(first?.metadata.creator);
  });
});
