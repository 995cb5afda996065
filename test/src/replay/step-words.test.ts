import { describe, expect, it } from 'vitest';
import type { Move } from '../../../rules/index.ts';
import { cards, observe } from '../../../rules/index.ts';
import { playLabGame } from '../../../src/replay/lab-game.ts';
import { labInitialState } from '../../../src/replay/lab-setup.ts';
import { buildTimeline } from '../../../src/replay/timeline.ts';
import { newLogLines, stepWords } from '../../../src/replay/step-words.ts';

const card = cards[0];
const title = card?.title ?? '';
const cardId = card?.id ?? '';

describe("a replay's move in words", () => {
  it.each<[Move, string]>([
    [{ type: 'chooseHeadline', side: 'us', cardId }, `US chooses its headline, face down: ${title}`],
    [{ type: 'playCard', side: 'china', cardId, use: 'event' }, `China plays ${title} for its event`],
    [{ type: 'playCard', side: 'us', cardId, use: 'ops' }, `US plays ${title} for operations`],
    [{ type: 'playCard', side: 'us', cardId, use: 'shelve' }, `US shelves ${title}`],
    [{ type: 'takeAction', side: 'china', action: 'buildFab', node: 'n5' }, 'China: Build a fab (N5)'],
    [
      { type: 'takeAction', side: 'china', action: 'researchDomestic', track: 'domesticEuv' },
      'China: Domestic research (Domestic EUV)',
    ],
    [{ type: 'endTurn', side: 'us' }, 'US ends its turn'],
  ])('%j reads "%s"', (move, words) => {
    expect(stepWords({ by: move.side, move })).toBe(words);
  });

  it("names the facilitator's event and when it lands", () => {
    expect(stepWords({ by: 'facilitator', request: { cardId } })).toBe(
      `The facilitator brings in ${title} (now)`,
    );
    expect(stepWords({ by: 'facilitator', request: { cardId, atRound: 3 } })).toBe(
      `The facilitator brings in ${title} (for round 3)`,
    );
  });

  it("gives a move's own log lines, and the round's report with the move that ended the round", () => {
    const game = {
      scenarioId: 'compressed-2027',
      seed: 'words',
      us: 'greedy',
      china: 'greedy',
      overrides: {},
    };
    const moves = playLabGame(game);
    const { states } = buildTimeline(
      labInitialState(game),
      moves.map((move) => ({ by: move.side, move })),
    );
    let reports = 0;
    for (let index = 1; index < states.length; index++) {
      const [before, after] = [states[index - 1], states[index]].map((state) =>
        state ? observe(state, 'spectator') : undefined,
      );
      if (!before || !after) throw new Error('no state');
      const lines = newLogLines(before, after);
      // Exactly the entries the move appended, in order (a round's report stands at its round-end entry).
      expect(lines.map((line) => line.entry)).toEqual(
        after.log.map((_entry, entry) => entry).slice(before.log.length),
      );
      const reported = lines.filter((line) => line.report).map((line) => line.round);
      expect(reported).toEqual(after.history.slice(before.history.length).map((record) => record.round));
      reports += reported.length;
    }
    expect(reports).toBeGreaterThan(1);
  });
});
