import { describe, expect, it } from 'vitest';
import { JoinGuard } from '../../../server/classroom/join-guard.ts';
import { joinCodeAlphabet, newJoinCode, normaliseJoinCode } from '../../../server/classroom/join-code.ts';

describe('join codes', () => {
  it('are six characters without 0, O, 1 or I', () => {
    for (let index = 0; index < 200; index++) {
      const code = newJoinCode();
      expect(code).toMatch(/^[A-Z2-9]{6}$/);
      expect(code).not.toMatch(/[0O1I]/);
    }
    expect(joinCodeAlphabet).toHaveLength(32);
  });

  it.each([
    ['abc def', 'ABCDEF'],
    ['ABC-DEF', 'ABCDEF'],
    ['ABCDE', undefined],
    ['ABCDE0', undefined],
    ['ABCDEI', undefined],
    [42, undefined],
  ])('reads %j as %j', (typed, code) => {
    expect(normaliseJoinCode(typed)).toBe(code);
  });
});

describe('JoinGuard', () => {
  it('spends a budget of misses per address and refills it over time', () => {
    let now = 0;
    const guard = new JoinGuard({ perSecond: 1, burst: 3 }, () => now);
    for (let index = 0; index < 3; index++) {
      expect(guard.mayTry('school', 'WRONG1')).toBe(true);
      guard.missed('school');
    }
    expect(guard.mayTry('school', 'WRONG1')).toBe(false);
    // Another address has its own budget.
    expect(guard.mayTry('home', 'WRONG1')).toBe(true);
    now += 1000;
    expect(guard.mayTry('school', 'WRONG1')).toBe(true);
  });

  it('lets a code that let someone in through a spent budget, and no other', () => {
    const guard = new JoinGuard({ perSecond: 0, burst: 1 }, () => 0);
    guard.joined('school', 'CLASS1');
    guard.missed('school');
    expect(guard.mayTry('school', 'CLASS1')).toBe(true);
    expect(guard.mayTry('school', 'CLASS2')).toBe(false);
    expect(guard.mayTry('elsewhere', 'CLASS2')).toBe(true);
  });
});
