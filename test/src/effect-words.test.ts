import { describe, expect, it } from 'vitest';
import type { FigureChange, LogEntry } from '../../rules/index.ts';
import { cloneState, createGame, figureIds, observe } from '../../rules/index.ts';
import {
  changedPlaces,
  changeWords,
  describeChanges,
  effectsSentence,
  stepChanges,
} from '../../src/board/effect-words.ts';

/** The kernel's effects in words (issue 12): what an event, an action or a round end changed. */

const decemberPackage: FigureChange[] = [
  { side: 'china', figure: 'toolWear', before: 0.44, after: 0.54 },
  { side: 'china', figure: 'hbmStock', before: 900, after: 700 },
];

describe('effects in words', () => {
  it('reads a step’s changes as one sentence, by side, with the board’s number formats', () => {
    expect(
      effectsSentence([
        { side: 'us', figure: 'budget', before: 30, after: 32 },
        { side: 'us', figure: 'power', before: 11, after: 13 },
      ]),
    ).toBe('US budget $30Bn → $32Bn, power 11 GW → 13 GW.');
    expect(effectsSentence(decemberPackage)).toBe(
      'China DUV tool wear 44% → 54%, HBM stock 900k sets → 700k sets.',
    );
    expect(
      effectsSentence([
        { side: null, figure: 'escalation', before: 1, after: 2 },
        { side: null, figure: 'computeLead', before: 1, after: -1 },
        { side: 'us', figure: 'budget', before: 21, after: 19.5 },
        { side: 'china', figure: 'fabYield', fabId: 4, node: 'n7', before: 0.5, after: 0.55 },
      ]),
    ).toBe(
      'Escalation 1 → 2, compute lead US +1 → China +1; US budget $21Bn → $19.5Bn; China N7 yield 50% → 55%.',
    );
  });

  it('names research knocked back, Entity List listings, a port and a mandate (RULEBOOK §8, §13)', () => {
    expect(
      describeChanges([
        { side: 'china', figure: 'research', track: 'domesticEuv', before: 2, after: 1 },
        { side: 'china', figure: 'entityListings', track: 'domesticHbm', before: 0, after: 1 },
        { side: 'china', figure: 'porting', before: 0, after: 3 },
        { side: 'china', figure: 'mandate', before: 0, after: 1 },
      ]).map((change) => change.text),
    ).toEqual([
      'China domestic EUV research 2 → 1 (knocked back)',
      'China Entity List listings on domestic HBM 0 → 1',
      'China porting none → 3 rounds left',
      'China domestic-chip mandate off → in force',
    ]);
  });

  it('leaves out a change too small to show', () => {
    const tiny: FigureChange = { side: 'us', figure: 'developers', before: 2.341, after: 2.343 };
    expect(changeWords(tiny)).toBeUndefined();
    expect(effectsSentence([tiny])).toBe('');
    expect(describeChanges([tiny])).toEqual([]);
  });

  it('has words for every figure the kernel records', () => {
    for (const figure of figureIds) {
      const words = changeWords({ side: 'us', figure, before: 0, after: 1, track: 'domesticEuv' });
      expect(words, figure).toMatch(/→/);
    }
  });

  it('marks the station, header or track where each change landed', () => {
    const changes = describeChanges([
      { side: null, figure: 'escalation', before: 1, after: 2 },
      { side: 'us', figure: 'budget', before: 30, after: 32 },
      { side: 'us', figure: 'power', before: 13, after: 15 },
      ...decemberPackage,
    ]);
    expect([...changedPlaces(changes, 'us')]).toEqual(['header', 'chips']);
    expect([...changedPlaces(changes, 'china')]).toEqual(['lithography', 'packaging']);
    expect([...changedPlaces(changes, null)]).toEqual(['escalation']);
  });
});

describe('what a step changed', () => {
  it('reads the effects the kernel recorded in the entries the step added', () => {
    const state = createGame({ seed: 'step' });
    const before = observe(cloneState(state), 'us');
    const entry: LogEntry = { round: 1, side: 'us', text: 'Event: Stargate.', effects: decemberPackage };
    // A figure changed outside the entries is not the kernel's record: the entries speak for the step.
    state.sides.us.budgetBn += 5;
    state.log = [...state.log, entry];
    expect(stepChanges(before, observe(state, 'us'))).toEqual(decemberPackage);
  });

  it('compares the views for a log from rules 2.4.0, whose entries carry no effects', () => {
    const state = createGame({ seed: 'old-log' });
    const before = observe(cloneState(state), 'spectator');
    state.sides.us.budgetBn = 32;
    state.escalation = 2;
    state.log = [...state.log, { round: 1, side: 'us', text: 'Event: Stargate.' }];
    expect(stepChanges(before, observe(state, 'spectator'))).toEqual([
      { side: null, figure: 'escalation', before: 1, after: 2 },
      { side: 'us', figure: 'budget', before: 30, after: 32 },
    ]);
  });
});
