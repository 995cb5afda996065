import type { Card } from './card-types.ts';
import type { Scenario } from './scenario-types.ts';
import { cardData } from './cards.ts';
import { defaultParameters } from './parameters.ts';
import { scenarioData } from './scenarios.ts';
import { checkCards, scenarioSchema } from './schema.ts';
import { withOverrides } from '../parameter-paths.ts';
import type { Era } from '../vocabulary.ts';

/** The content, checked against its schema when the engine loads: bad data fails loudly, at once. */

export const cards: readonly Card[] = checkCards(cardData);

export const cardsById: ReadonlyMap<string, Card> = new Map(cards.map((card) => [card.id, card]));

export function cardById(id: string): Card {
  const card = cardsById.get(id);
  if (!card) throw new Error(`unknown card: ${id}`);
  return card;
}

export function cardsOfEra(era: Era): Card[] {
  return cards.filter((card) => card.era === era);
}

function checkScenarios(raw: readonly unknown[]): Scenario[] {
  const seen = new Set<string>();
  return raw.map((entry) => {
    const scenario = scenarioSchema.parse(entry);
    if (seen.has(scenario.id)) throw new Error(`duplicate scenario id: ${scenario.id}`);
    seen.add(scenario.id);
    withOverrides(defaultParameters, scenario.overrides); // throws on an unknown parameter path
    return scenario;
  });
}

export const scenarios: readonly Scenario[] = checkScenarios(scenarioData);

export const baselineScenarioId = 'baseline-2025';

export function scenarioById(id: string): Scenario | undefined {
  return scenarios.find((scenario) => scenario.id === id);
}
