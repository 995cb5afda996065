import { describe, expect, it } from 'vitest';
import { listedMatches, summarise } from '../../src/lobby/matches.ts';

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

  it('keeps the server’s order (joinable and fresh first) and skips entries of another shape', () => {
    const body = {
      matches: [
        { matchID: 'open', players: [{ id: 0, name: 'Ada' }, { id: 1 }], createdAt: 1 },
        { players: [] },
        'not a match',
        {
          matchID: 'playing',
          players: [{ id: 0, name: 'Bo' }, { id: 'x' }, null],
          gameover: null,
          createdAt: 3,
        },
      ],
    };
    expect(listedMatches(body).map((match) => match.matchID)).toEqual(['open', 'playing']);
    expect(listedMatches(body)[1]?.players).toEqual([{ id: 0, name: 'Bo' }]);
    expect(summarise(listedMatches(body)[0] ?? { matchID: '', players: [] }).openSeats).toEqual(['1']);
    expect(listedMatches({ error: { code: 'x', message: 'y' } })).toEqual([]);
    expect(listedMatches(undefined)).toEqual([]);
  });
});
