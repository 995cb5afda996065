import { describe, expect, it } from 'vitest';
import type { GameState, LogEntry } from '../../rules/index.ts';
import {
  applyMoveInPlace,
  cardById,
  createGame,
  legalMoves,
  observe,
  roundEndText,
  sidesToMove,
} from '../../rules/index.ts';
import { createBot } from '../../rules/bots/index.ts';
import { logLines, plainEntryText } from '../../src/board/log-lines.ts';

/** Plays the first legal move of the side to move until `done` holds (a fixed, seeded game). */
function playUntil(state: GameState, done: (state: GameState) => boolean): void {
  for (let step = 0; step < 500 && !done(state) && !state.result; step++) {
    const side = sidesToMove(state)[0];
    const move = side ? legalMoves(state, side)[0] : undefined;
    if (!move) return;
    applyMoveInPlace(state, move);
  }
}

describe('the log in plain sentences', () => {
  it('reports each round end with the kernel’s points and figures, after that round’s entries', () => {
    const state = createGame({ seed: 'log' });
    playUntil(state, (played) => played.history.length >= 1);
    const record = state.history[0];
    expect(record).toBeDefined();
    const lines = logLines(observe(state, 'spectator'));
    const reportAt = lines.findIndex((line) => line.report);
    expect(reportAt).toBeGreaterThan(0);
    expect(lines.slice(0, reportAt).every((line) => line.round === 1)).toBe(true);
    expect(lines.slice(reportAt + 1).every((line) => line.round >= 2)).toBe(true);
    expect(lines[reportAt]?.text).toMatch(/^Round 1 \(2025\) scored: frontier /);
    expect(lines[reportAt]?.text).toContain('Chips made: US');
  });

  it('gives the verdict last, after the report of the round that decided it', () => {
    // The first seeded greedy game that a round end decides, not a mid-round escalation.
    const decidedAtRoundEnd = ['log', 'log-1', 'log-2', 'log-3', 'log-4', 'log-5']
      .map((seed) => {
        const game = createGame({ seed });
        const bots = { us: createBot('greedy', `${seed}:us`), china: createBot('greedy', `${seed}:china`) };
        for (let step = 0; step < 1000 && !game.result; step++) {
          const side = sidesToMove(game)[0];
          if (!side) break;
          applyMoveInPlace(game, bots[side].chooseMove(observe(game, side), legalMoves(game, side)));
        }
        return game;
      })
      .find((game) => game.history.some((record) => record.round === game.result?.round));
    if (!decidedAtRoundEnd?.result) throw new Error('no seeded game ended at a round end');
    const state = decidedAtRoundEnd;
    const result = decidedAtRoundEnd.result;
    const lines = logLines(observe(state, 'spectator'));
    const last = lines[lines.length - 1];
    expect(last?.report).toBe(false);
    expect(last?.text).toMatch(/wins|drawn/);
    expect(lines[lines.length - 2]?.text).toMatch(new RegExp(`^Round ${String(result.round)} \\(`));
  });

  it('puts the kernel’s ids into words and says what an event does', () => {
    expect(
      plainEntryText(
        { round: 1, side: 'china', text: 'China: Entity List additions (domesticEuv).' },
        undefined,
      ),
    ).toBe('China: Entity List additions (Domestic EUV).');
    expect(plainEntryText({ round: 4, side: null, text: 'The US wins (computeLead).' }, undefined)).toBe(
      'The US wins (the compute lead reached the end of its track).',
    );
    expect(
      plainEntryText(
        { round: 1, side: null, text: '2025: the race begins (baseline-2025).' },
        'Baseline 2025',
      ),
    ).toBe('2025: the race begins (Baseline 2025).');
    const event = plainEntryText({ round: 1, side: 'us', text: 'Event: The CUDA Moat.' }, undefined);
    expect(event).toMatch(/^Event: The CUDA Moat\. \S/);
    // A US card played by China for operations: the event works for the US, and the log says so.
    expect(plainEntryText({ round: 1, side: 'china', text: 'Event: Stargate.' }, undefined)).toBe(
      'Event: Stargate. The US gains 2 GW of power. The US gains $2Bn.',
    );
  });

  it('says under an event what it changed, from the kernel’s recorded effects', () => {
    const state = createGame({ seed: 'log-event' });
    const stargate = cardById('stargate');
    // The US holds Stargate and plays it for its event in its action round.
    state.hands.us = [stargate.id];
    state.phase = 'action';
    state.activeSide = 'us';
    state.actionRoundsLeft = { us: 1, china: 1 };
    const { budgetBn, powerGw } = state.sides.us;
    expect(applyMoveInPlace(state, { type: 'playCard', side: 'us', cardId: stargate.id, use: 'event' })).toBe(
      undefined,
    );
    const line = logLines(observe(state, 'china')).find((candidate) => candidate.text.startsWith('Event:'));
    expect(line?.text).toBe('Event: Stargate. The US gains 2 GW of power. The US gains $2Bn.');
    expect(line?.effects).toBe(
      `US budget $${budgetBn}Bn → $${budgetBn + 2}Bn, power ${powerGw} GW → ${powerGw + 2} GW.`,
    );
  });

  it('puts each round’s report at its round-end entry, with what the round end changed', () => {
    const state = createGame({ seed: 'log' });
    playUntil(state, (played) => played.history.length >= 1);
    const lines = logLines(observe(state, 'spectator'));
    const report = lines.find((line) => line.report);
    const entry = report?.entry === undefined ? undefined : state.log[report.entry];
    expect(entry?.text).toBe(roundEndText(1, 2025));
    expect(report?.effects).toMatch(/^Compute lead .*US budget \$.* → \$.*; China budget /);
    expect(lines.filter((line) => line.text === roundEndText(1, 2025))).toEqual([]);
  });

  it('reads a log from rules 2.4.0, without effects or round-end entries, as before', () => {
    const state = createGame({ seed: 'log' });
    playUntil(state, (played) => played.history.length >= 2);
    const roundEnd = /^Round \d+ \(\d+\) ends\.$/;
    const log: LogEntry[] = state.log
      .filter((entry) => !roundEnd.test(entry.text))
      .map(({ round, side, text }) => ({ round, side, text }));
    const lines = logLines({ ...observe(state, 'spectator'), log });
    expect(lines.every((line) => line.effects === '')).toBe(true);
    const reports = lines.flatMap((line, index) => (line.report ? [index] : []));
    expect(reports).toHaveLength(2);
    for (const at of reports) {
      expect(lines[at]?.entry).toBeUndefined();
      expect(lines[at + 1]?.round).toBe((lines[at]?.round ?? 0) + 1);
    }
  });
});
