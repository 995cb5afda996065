import type { Move, PlayerView } from '../../rules/index.ts';
import { actionDefinitions, cards } from '../../rules/index.ts';
import { sideShort } from '../board/format.ts';
import { researchTrackTitle } from '../board/hints.ts';
import type { LogLine } from '../board/log-lines.ts';
import { logLines } from '../board/log-lines.ts';
import type { ReplayStep } from './timeline.ts';

/**
 * A replay's step in words: the move itself (the game is over, so a headline chosen face down is named)
 * and the log lines it wrote, with a round's report when it ended one. Pure; tested in
 * test/src/replay/step-words.test.ts.
 */

const titles = new Map(cards.map((card) => [card.id, card.title]));
const cardTitle = (cardId: string): string => titles.get(cardId) ?? cardId;

const useWords = { event: 'for its event', ops: 'for operations', shelve: 'and shelves it' } as const;

function moveWords(move: Move): string {
  const who = sideShort(move.side);
  switch (move.type) {
    case 'chooseHeadline':
      return `${who} chooses its headline, face down: ${cardTitle(move.cardId)}`;
    case 'playCard':
      return move.use === 'shelve'
        ? `${who} shelves ${cardTitle(move.cardId)}`
        : `${who} plays ${cardTitle(move.cardId)} ${useWords[move.use]}`;
    case 'takeAction': {
      const detail = move.node
        ? ` (${move.node.toUpperCase()})`
        : move.track
          ? ` (${researchTrackTitle(move.track)})`
          : '';
      return `${who}: ${actionDefinitions[move.action].title}${detail}`;
    }
    case 'endTurn':
      return `${who} ends its turn`;
  }
}

export function stepWords(step: ReplayStep): string {
  if (step.by !== 'facilitator') return moveWords(step.move);
  const when = step.request.atRound === undefined ? 'now' : `for round ${step.request.atRound}`;
  return `The facilitator brings in ${cardTitle(step.request.cardId)} (${when})`;
}

/** The log lines (and round reports) `after` has that `before` had not: what the step wrote. */
export function newLogLines(before: PlayerView, after: PlayerView): LogLine[] {
  // The log only grows, and a round's report appears once its record is kept: no need to word `before`.
  const reported = new Set(before.history.map((record) => record.round));
  return logLines(after).filter((line) =>
    line.report ? !reported.has(line.round) : (line.entry ?? 0) >= before.log.length,
  );
}
