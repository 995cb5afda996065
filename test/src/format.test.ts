import { describe, expect, it } from 'vitest';
import {
  describeLead,
  describeResult,
  formatBn,
  formatEflops,
  formatEflopsCompact,
  formatNumber,
  formatPercent,
  formatThousands,
  trackPercent,
} from '../../src/board/format.ts';
import { lobbyErrorMessage } from '../../src/lobby/errors.ts';
import { parseRefusal } from '../../src/board/refusals.ts';

describe('formatting', () => {
  it('formats money, compute, shares and counts', () => {
    expect(formatNumber(-0.01, 1)).toBe('0');
    expect(formatNumber(Number.NaN)).toBe('–');
    expect(formatBn(12.345)).toBe('$12.3Bn');
    expect(formatBn(40)).toBe('$40Bn');
    expect(formatEflops(0.034)).toBe('0.03 EFLOPS');
    expect(formatEflops(123.45)).toBe('123.5 EFLOPS');
    // Where room is short, whole EFLOPS from 100 up; smaller figures keep their decimals.
    expect(formatEflopsCompact(1212.3)).toBe('1,212 EFLOPS');
    expect(formatEflopsCompact(99.46)).toBe('99.5 EFLOPS');
    expect(formatEflopsCompact(0.034)).toBe('0.03 EFLOPS');
    expect(formatPercent(0.655)).toBe('66%');
    expect(formatThousands(250, 'chips')).toBe('250k chips');
    expect(formatThousands(1250, 'chips')).toBe('1.25M chips');
  });

  it('describes the compute lead and places it on its track', () => {
    expect(describeLead(0)).toBe('Level');
    expect(describeLead(3)).toBe('US leads by 3');
    expect(describeLead(-2)).toBe('China leads by 2');
    expect(trackPercent(0, -12, 12)).toBe(50);
    expect(trackPercent(-12, -12, 12)).toBe(0);
    expect(trackPercent(20, -12, 12)).toBe(100);
    expect(trackPercent(1, 1, 1)).toBe(0);
  });

  it('writes the result banner', () => {
    expect(describeResult('us', 'computeLead', 4)).toBe(
      'United States wins in round 4: the compute lead reached the end of its track.',
    );
    expect(describeResult('draw', 'finalScore')).toBe(
      'Draw: the compute lead was level after the last round.',
    );
    expect(describeResult('china', 'time')).toBe('China wins: time ran out.');
  });
});

describe('server messages', () => {
  it('reads the server rejection and Lobby errors, ignoring junk', () => {
    expect(
      parseRefusal({ matchID: 'm', code: 'notYourTurn', message: "it is China's action round" }),
    ).toEqual({
      matchID: 'm',
      code: 'notYourTurn',
      message: "it is China's action round",
    });
    expect(parseRefusal({ code: 'rateLimited', message: 'slow down' })?.matchID).toBeUndefined();
    expect(parseRefusal(null)).toBeUndefined();
    expect(parseRefusal({ code: 1, message: 'x' })).toBeUndefined();
    expect(
      lobbyErrorMessage({ details: { error: { code: 'seatTaken', message: 'that seat is taken' } } }),
    ).toBe('that seat is taken');
    expect(lobbyErrorMessage(new Error('HTTP status 500'))).toBe('HTTP status 500');
    expect(lobbyErrorMessage('?')).toBe('the server could not be reached');
  });
});
