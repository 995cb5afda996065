import { describe, expect, it } from 'vitest';
import { otherSeat, parseRoute, routeLink, routeSearch } from '../../src/lobby/route.ts';

describe('routes and invite links', () => {
  it('reads the lobby, a seat and a spectator link', () => {
    expect(parseRoute('')).toEqual({ kind: 'lobby' });
    expect(parseRoute('?match=abc_D-1&seat=1')).toEqual({ kind: 'seat', matchID: 'abc_D-1', seat: '1' });
    expect(parseRoute('?match=abc&watch=1')).toEqual({ kind: 'watch', matchID: 'abc' });
    expect(parseRoute('?match=abc')).toEqual({ kind: 'watch', matchID: 'abc' });
    expect(parseRoute('?whatif')).toEqual({ kind: 'whatif' });
    expect(parseRoute('?match=abc&seat=1&tutorial')).toEqual({
      kind: 'seat',
      matchID: 'abc',
      seat: '1',
      tutorial: true,
    });
  });

  it("reads a finished match's replay and the balance lab's, and a malformed replay id as the lobby", () => {
    expect(parseRoute('?replay=abc_D-1')).toEqual({ kind: 'replay', matchID: 'abc_D-1' });
    expect(parseRoute('?replay')).toEqual({ kind: 'replay' });
    expect(parseRoute('?replay=')).toEqual({ kind: 'replay' });
    expect(parseRoute('?replay=a%2Fb')).toEqual({ kind: 'lobby' });
  });

  it('treats malformed links as the lobby or a spectator, never as a seat', () => {
    expect(parseRoute('?match=')).toEqual({ kind: 'lobby' });
    expect(parseRoute('?match=a%2Fb&seat=0')).toEqual({ kind: 'lobby' });
    expect(parseRoute(`?match=${'x'.repeat(65)}`)).toEqual({ kind: 'lobby' });
    expect(parseRoute('?match=abc&seat=2')).toEqual({ kind: 'watch', matchID: 'abc' });
    expect(parseRoute('?match=abc&seat=__proto__')).toEqual({ kind: 'watch', matchID: 'abc' });
  });

  it('builds links that parse back to the same route', () => {
    const invite = routeLink('http://localhost:8000/', { kind: 'seat', matchID: 'm1', seat: otherSeat('0') });
    expect(invite).toBe('http://localhost:8000/?match=m1&seat=1');
    for (const route of [
      { kind: 'lobby' },
      { kind: 'seat', matchID: 'm1', seat: '0' },
      { kind: 'seat', matchID: 'm1', seat: '1', tutorial: true },
      { kind: 'watch', matchID: 'm1' },
      { kind: 'whatif' },
      { kind: 'replay', matchID: 'm1' },
      { kind: 'replay' },
    ] as const) {
      expect(parseRoute(routeSearch(route))).toEqual(route);
    }
  });
});
