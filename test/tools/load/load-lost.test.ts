import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Game } from 'boardgame.io';
import { FlatFile } from 'boardgame.io/server';
import { afterEach, describe, expect, it } from 'vitest';
import { SiliconCurtain } from '../../../rules/index.ts';
import { newMatch } from '../../../server/authority/match-factory.ts';
import { countLost } from '../../../tools/load/lost.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('countLost (load test)', () => {
  it('counts a FlatFile torn by the kill as unreadable, with every acknowledged move of its match lost', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-lost-'));
    dirs.push(dataDir);
    const flatDir = path.join(dataDir, 'flatfile');
    const db = new FlatFile({ dir: flatDir });
    await db.connect();
    for (const matchID of ['kept', 'torn']) {
      const matchMade = newMatch(SiliconCurtain as Game, {});
      if (!matchMade.ok) throw new Error(matchMade.rejection.message);
      const match = matchMade.value;
      await db.createMatch(matchID, match);
      const entry = {
        action: { type: 'MAKE_MOVE', payload: { type: 'chooseHeadline', args: [], playerID: '0' } },
        _stateID: 0,
        turn: 1,
        phase: 'headline',
      };
      await db.setState(matchID, { ...match.initialState, _stateID: 1 }, [entry] as never);
    }
    const acks = [
      { matchID: 'kept', seat: '0' as const, stateID: 0 },
      { matchID: 'torn', seat: '0' as const, stateID: 0 },
      { matchID: 'torn', seat: '1' as const, stateID: 1 },
    ];
    // node-persist names files by a hash of the key: tear the one holding the torn match's log.
    const before = await countLost('stock', 'flatfile', dataDir, acks);
    // The stored logs hold seat "0"'s move at state 0 of both matches: only seat "1"'s move is missing.
    expect(before).toEqual({ lostMoves: 1, unreadableMatches: 0 });
    const files = fs.readdirSync(flatDir).map((name) => path.join(flatDir, name));
    const torn = files.filter((file) => fs.readFileSync(file, 'utf8').includes('"torn:log"'));
    expect(torn.length).toBeGreaterThan(0);
    for (const file of torn) fs.writeFileSync(file, '{"key":"torn","val');
    expect(await countLost('stock', 'flatfile', dataDir, acks)).toEqual({
      lostMoves: 2,
      unreadableMatches: 1,
    });
  });
});
