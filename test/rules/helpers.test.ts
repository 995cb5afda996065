import { describe, expect, it } from 'vitest';
import { checkInvariants, findCard, newGame } from './helpers.ts';

const era2Card = findCard((c) => c.era === 2, 'era 2 card');

/** The invariant checker used by the property tests must itself catch broken states. */
describe('the invariant checker (RULEBOOK §2)', () => {
  it('passes a new game (RULEBOOK §2)', () => {
    expect(checkInvariants(newGame())).toEqual([]);
  });

  it.each([
    ['a negative budget', (s: ReturnType<typeof newGame>) => (s.sides.us.budgetBn = -1)],
    ['negative HBM', (s: ReturnType<typeof newGame>) => (s.sides.china.hbmStockKChips = -5)],
    [
      'a yield over its cap',
      (s: ReturnType<typeof newGame>) => {
        s.sides.china.fabs.forEach((f) => (f.yieldFraction = 0.99));
      },
    ],
    ['a worn-out tool kept', (s: ReturnType<typeof newGame>) => s.sides.china.toolGroupWear.push(1)],
    [
      'escalation past its limit',
      (s: ReturnType<typeof newGame>) => (s.escalation = s.params.escalation.limit + 1),
    ],
    ['interconnect 0', (s: ReturnType<typeof newGame>) => (s.sides.us.interconnectLevel = 0)],
    ['efficiency level 5', (s: ReturnType<typeof newGame>) => (s.sides.us.efficiencyLevel = 5)],
    ['a lost card', (s: ReturnType<typeof newGame>) => s.deck.pop()],
    ['a duplicated card', (s: ReturnType<typeof newGame>) => s.discard.push(s.deck[0] ?? '')],
    ['an era-2 card in round 1', (s: ReturnType<typeof newGame>) => s.deck.push(era2Card.id)],
    [
      'a finished game still running',
      (s: ReturnType<typeof newGame>) => (s.result = { winner: 'us', reason: 'chokehold', round: 1 }),
    ],
  ])('catches %s (RULEBOOK §2)', (_what, breakIt) => {
    const state = newGame();
    breakIt(state);
    expect(checkInvariants(state).length).toBeGreaterThan(0);
  });
});
