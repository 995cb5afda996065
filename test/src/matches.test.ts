import { describe, expect, it } from 'vitest';
import { recentMatches, summarise } from '../../src/lobby/matches.ts';

describe('lobby listings', () => {
  it('summarises seats, scenario and open seats', () => {
    const summary = summarise({
      matchID: 'm1',
      players: [{ id: 0, name: 'Ada' }, { id: 1 }],
      setupData: { scenarioId: 'taiwan-crisis' },
    });
    expect(summary).toEqual({
      matchID: 'm1',
      scenarioId: 'taiwan-crisis',
      seats: { '0': 'Ada', '1': undefined },
      openSeats: ['1'],
      over: false,
    });
    expect(summarise({ matchID: 'm2', players: [], gameover: { winner: '0' } }).scenarioId).toBe(
      'baseline-2025',
    );
  });

  it('lists the newest first', () => {
    const listed = [
      { matchID: 'old', players: [], createdAt: 1 },
      { matchID: 'new', players: [], createdAt: 3 },
      { matchID: 'mid', players: [], createdAt: 2 },
    ];
    expect(recentMatches(listed, 2).map((match) => match.matchID)).toEqual(['new', 'mid']);
  });
});
