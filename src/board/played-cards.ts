import type { LogEntry, Side } from '../../rules/index.ts';
import { cards } from '../../rules/index.ts';

/**
 * The cards each side played most recently, read back from the public log (rules/moves.ts and
 * rules/round.ts write "US plays X for 2 operations.", "Headlines: US X, China Y."): so a player sees
 * the rival's card and its text, not only a title in the log. Pure; tested in test/src/board-model.test.ts.
 */

export interface PlayedCard {
  side: Side;
  cardId: string;
  /** "headline", "its event", "2 operations", "shelved". */
  how: string;
  round: number;
}

const idByTitle = new Map(cards.map((card) => [card.title, card.id]));

function playsIn(entry: LogEntry): PlayedCard[] {
  const headlines = /^Headlines: US (.+), China (.+)\.$/.exec(entry.text);
  if (headlines) {
    const us = idByTitle.get(headlines[1] ?? '');
    const china = idByTitle.get(headlines[2] ?? '');
    return [
      ...(us ? [{ side: 'us' as const, cardId: us, how: 'headline', round: entry.round }] : []),
      ...(china ? [{ side: 'china' as const, cardId: china, how: 'headline', round: entry.round }] : []),
    ];
  }
  if (!entry.side) return [];
  const play = /^(?:US|China) plays (.+) for (its event|\d+ operations?)\.$/.exec(entry.text);
  const shelve = /^(?:US|China) shelves (.+)\.$/.exec(entry.text);
  const title = play?.[1] ?? shelve?.[1];
  const cardId = title === undefined ? undefined : idByTitle.get(title);
  if (!cardId) return [];
  return [{ side: entry.side, cardId, how: play?.[2] ?? 'shelved', round: entry.round }];
}

/** Each side's latest played card (its headline, event, operations or shelving), if any. */
export function latestPlays(log: readonly LogEntry[]): Partial<Record<Side, PlayedCard>> {
  const latest: Partial<Record<Side, PlayedCard>> = {};
  for (const entry of log) for (const played of playsIn(entry)) latest[played.side] = played;
  return latest;
}
