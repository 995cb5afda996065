import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { OverviewEvent, TableOverview } from '../../../src/classroom/api.ts';
import { carriedNote, eventFate, TableCard } from '../../../src/classroom/table-card.tsx';

/** The dashboard's table card: the events brought into the table's game, and what became of each. */

const table = (changes: Partial<TableOverview>): TableOverview => ({
  table: 3,
  game: 1,
  matchID: 'm3',
  round: 2,
  year: 2026,
  phase: 'action',
  toMove: ['us'],
  computeLead: 0,
  escalation: 1,
  sides: {
    us: { students: [], connected: false, bot: null },
    china: { students: [], connected: false, bot: null },
  },
  paused: false,
  result: null,
  injects: 0,
  events: [],
  ...changes,
});

const text = (html: string): string =>
  html
    .replaceAll('<!-- -->', '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ');

const card = (changes: Partial<TableOverview>): string =>
  text(
    renderToString(
      <TableCard
        table={table(changes)}
        busy={false}
        onPause={() => undefined}
        onDownload={() => undefined}
      />,
    ),
  );

describe("the table card's events", () => {
  it.each<[OverviewEvent, string]>([
    [{ cardId: 'busan-truce', atRound: null, status: 'played' }, 'played'],
    [{ cardId: 'transformer-shortage', atRound: 4, status: 'waiting' }, 'waiting for round 4'],
    [{ cardId: 'transformer-shortage', atRound: 4, status: 'played' }, 'played in round 4'],
    [{ cardId: 'transformer-shortage', atRound: 4, status: 'notPlayed' }, 'round 4 never came'],
    [
      { cardId: 'transformer-shortage', atRound: 4, status: 'carried' },
      'round 4 never came: carried to the next game',
    ],
  ])('says what became of %j', (event, words) => {
    expect(eventFate(event)).toBe(words);
  });

  it('says where a carried event came from', () => {
    const event: OverviewEvent = { cardId: 'x', atRound: 4, status: 'waiting' };
    expect(carriedNote({ ...event, carriedFromGame: 1 })).toBe('carried from game 1');
    expect(carriedNote(event)).toBe('');
  });

  it('lists each event with its card’s title, the carried one saying so, and counts them', () => {
    const events: OverviewEvent[] = [
      { cardId: 'transformer-shortage', atRound: 2, status: 'waiting', carriedFromGame: 1 },
      { cardId: 'busan-truce', atRound: null, status: 'played' },
    ];
    const words = card({ game: 2, injects: 2, events });
    expect(words).toContain('Table 3 · game 2');
    expect(words).toContain('Events brought in 2');
    expect(words).toContain('Transformer Shortage waiting for round 2 · carried from game 1');
    expect(words).toContain('The Busan Truce played');
  });

  it('shows no list for a table nobody brought an event into', () => {
    expect(
      renderToString(
        <TableCard table={table({})} busy={false} onPause={() => undefined} onDownload={() => undefined} />,
      ),
    ).not.toContain('table-events');
  });
});
