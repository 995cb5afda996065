import { describe, expect, it } from 'vitest';
import type { Effect, EffectKind } from '../../rules/content/effects.ts';
import { eventHandlerNames } from '../../rules/content/effects.ts';
import type { EffectTopic } from '../../rules/content/objective-effects.ts';
import {
  cardTopics,
  effectTopics,
  handlerTopics,
  objectiveTopics,
  unbackedObjectives,
} from '../../rules/content/objective-effects.ts';
import type { GameState, Side } from '../../rules/index.ts';
import { cards } from '../../rules/index.ts';
import { applyEffect } from '../../rules/mechanics/events.ts';
import { learningObjectives, researchTracks } from '../../rules/vocabulary.ts';
import { newGame } from './helpers.ts';

/** The state paths that differ between two states, array indices written `*` (fabs.*.yieldFraction). */
function changedPaths(before: unknown, after: unknown, path = ''): Set<string> {
  const changed = new Set<string>();
  if (typeof before === 'object' && before !== null && typeof after === 'object' && after !== null) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of keys) {
      const child = `${path}${path === '' ? '' : '.'}${Array.isArray(before) ? '*' : key}`;
      const nested = changedPaths(
        (before as Record<string, unknown>)[key],
        (after as Record<string, unknown>)[key],
        child,
      );
      for (const entry of nested) changed.add(entry);
    }
  } else if (before !== after) {
    changed.add(path);
  }
  return changed;
}

/** What applying `effect` for `beneficiary` (the rival acting) changes in a fresh game. */
function pathsChangedBy(effect: Effect, beneficiary: Side): Set<string> {
  const before: GameState = newGame('card-sources');
  const after = structuredClone(before);
  applyEffect(after, effect, { beneficiary, actor: beneficiary === 'us' ? 'china' : 'us' });
  return changedPaths(before, after);
}

/** A sample of each plain effect kind, aimed at the side the event works for. */
const samples: Record<Exclude<EffectKind, 'handler' | 'researchProgress'>, Effect> = {
  budget: { kind: 'budget', target: 'player', amountBn: -1 },
  influence: { kind: 'influence', target: 'player', amount: -1 },
  developers: { kind: 'developers', target: 'player', amountM: 0.2 },
  maturity: { kind: 'maturity', target: 'player', amount: 1 },
  efficiencyProgress: { kind: 'efficiencyProgress', target: 'player', points: 1 },
  yield: { kind: 'yield', target: 'player', deltaFraction: -0.05 },
  capacity: { kind: 'capacity', target: 'player', share: -0.3 },
  toolWear: { kind: 'toolWear', target: 'player', delta: 0.1 },
  toolGroups: { kind: 'toolGroups', target: 'player', count: -1 },
  chips: { kind: 'chips', target: 'player', amountK: 200, performancePflops: 0.5 },
  power: { kind: 'power', target: 'player', amountGw: 1 },
  hbm: { kind: 'hbm', target: 'player', amountKChips: 500 },
  interconnect: { kind: 'interconnect', target: 'player', levels: 1 },
  dependency: { kind: 'dependency', target: 'player', amount: 1 },
  exportControls: { kind: 'exportControls', levels: 1 },
  retaliation: { kind: 'retaliation', levels: 1 },
  escalation: { kind: 'escalation', delta: 1 },
  computeLead: { kind: 'computeLead', delta: 1 },
};

/** Everything a topic's sample changes, for either side. */
function pathsOfTopic(topic: EffectTopic): Set<string> {
  const track = researchTracks.find((candidate) => topic === `researchProgress.${candidate}`);
  const effect: Effect = track
    ? { kind: 'researchProgress', target: 'player', track, points: 1 }
    : samples[topic as keyof typeof samples];
  return new Set([...pathsChangedBy(effect, 'us'), ...pathsChangedBy(effect, 'china')]);
}

describe('learning tags match the effects of their card (RULEBOOK §4, §17)', () => {
  it.each(cards.map((card) => [card.id, card] as const))(
    '%s carries only tags that one of its effects touches (RULEBOOK §17: "the topics the card teaches")',
    (_id, card) => {
      expect(unbackedObjectives(card), `${card.id} touches ${[...cardTopics(card)].join(', ')}`).toEqual([]);
    },
  );

  it('every learning objective is taught by at least one card of the deck (RULEBOOK §1, §17)', () => {
    for (const objective of learningObjectives) {
      expect(
        cards.some((card) => card.objectives.includes(objective)),
        objective,
      ).toBe(true);
    }
  });

  it('a tag whose effect the card lacks is caught: interconnect alone does not teach power (RULEBOOK §9)', () => {
    const interconnect: Effect = { kind: 'interconnect', target: 'player', levels: 1 };
    expect(unbackedObjectives({ effects: [interconnect], objectives: ['interconnect', 'power'] })).toEqual([
      'power',
    ]);
  });

  it('research progress teaches by its track: spares teach tool wear, EUV teaches lithography (RULEBOOK §13)', () => {
    const spares: Effect = { kind: 'researchProgress', target: 'player', track: 'domesticSpares', points: 1 };
    const euv: Effect = { kind: 'researchProgress', target: 'player', track: 'domesticEuv', points: 1 };
    expect(unbackedObjectives({ effects: [spares], objectives: ['toolWear', 'lithography'] })).toEqual([
      'lithography',
    ]);
    expect(unbackedObjectives({ effects: [euv], objectives: ['lithography', 'memory'] })).toEqual(['memory']);
  });

  it('every objective names at least one topic, and every topic is a real effect (RULEBOOK §4)', () => {
    for (const objective of learningObjectives) {
      expect(objectiveTopics[objective].length, objective).toBeGreaterThan(0);
      for (const topic of objectiveTopics[objective])
        expect(pathsOfTopic(topic).size, topic).toBeGreaterThan(0);
    }
  });

  it.each(eventHandlerNames)(
    'the %s handler touches exactly the topics it is mapped to (RULEBOOK §4)',
    (name) => {
      const handler: Effect = { kind: 'handler', name };
      const changed = new Set([...pathsChangedBy(handler, 'us'), ...pathsChangedBy(handler, 'china')]);
      const topics = handlerTopics[name];
      expect(effectTopics(handler)).toEqual(topics);
      const covered = new Set(topics.flatMap((topic) => [...pathsOfTopic(topic)]));
      // Everything the handler changes is something one of its topics changes...
      for (const path of changed) expect(covered.has(path), `${name} changes ${path}`).toBe(true);
      // ...and every topic it is mapped to shows in what it changes.
      for (const topic of topics) {
        expect(
          [...pathsOfTopic(topic)].some((path) => changed.has(path)),
          `${name} is mapped to ${topic}`,
        ).toBe(true);
      }
    },
  );
});

/** Dates a source cites: YYYY-MM or YYYY-MM-DD. */
const citedDate = /\b(?:19|20)\d{2}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?\b/g;

/** Words that say what a source is, not who published it. */
const notAPublisher = new Set(['design', 'number', 'projection', 'precedent', 'trend']);

/** A source with any design-number note taken out: the note may stand beside a source, never alone. */
const withoutDesignNote = (source: string): string => source.replace(/[^;()]*design number[^;()]*/gi, '');

/** Names a publisher or publication: a capitalised word (Reuters, BIS, arXiv) that is not a label. */
function namesPublication(source: string): boolean {
  const words = source.replace(citedDate, ' ').match(/[A-Za-z][A-Za-z.'’–-]*/g) ?? [];
  return words.some((word) => /[A-Z]/.test(word) && !notAPublisher.has(word.toLowerCase()));
}

function namesPublicationAndDate(source: string): boolean {
  const rest = withoutDesignNote(source);
  return namesPublication(rest) && (rest.match(citedDate) ?? []).length > 0;
}

describe('every card cites a real, dated public source (RULEBOOK §4, §17, §18)', () => {
  it.each(cards.map((card) => [card.id, card.source] as const))(
    '%s names a publication and a date, even without any design-number note (RULEBOOK §18)',
    (_id, source) => {
      expect(namesPublicationAndDate(source), source).toBe(true);
    },
  );

  it.each(cards.filter((card) => card.era !== 1).map((card) => [card.id, card] as const))(
    '%s, a projection, says so and rests on reports dated before it (RULEBOOK §17)',
    (_id, card) => {
      expect(card.source, card.id).toMatch(/projection/i);
      for (const date of card.source.match(citedDate) ?? []) {
        expect(date.slice(0, 7) < card.date, `${card.id} cites ${date}`).toBe(true);
      }
    },
  );

  it.each([
    ['(design number)', false],
    ['Projection from the servicing lapse (design number)', false],
    ['projection, 2024-12 (design number)', false],
    ['Reuters, 2025 (prototype; projection)', false],
    ['Reuters, 2025-12', true],
    ['BIS rule, 2024-12-02', true],
    ['DeepSeek-AI, arXiv 2412.19437, 2024-12', true],
    ['Reuters, 2025-12-17 (parts); projection, magnitude a design number', true],
  ])(
    'the source check reads %j as %s (RULEBOOK §18: a design number beside a source, never for one)',
    (source, ok) => {
      expect(namesPublicationAndDate(source)).toBe(ok);
    },
  );
});
