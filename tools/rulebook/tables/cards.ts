import type { Era } from '../../../rules/index.ts';
import type { Card } from '../../../rules/content/card-types.ts';
import { cardOwners, cards, eras } from '../../../rules/index.ts';
import { describeCard } from '../../../rules/content/describe.ts';
import { objectiveLabel, ownerLabel } from '../labels.ts';

/** §17: every card, grouped by era and owner. */

function cardEntry(card: Card): string {
  const star = card.removeAfterEvent ? ' ★' : '';
  const teaches = card.objectives.map((objective) => objectiveLabel[objective]).join(', ');
  return [
    `**${card.title}**${star} (\`${card.id}\`). ${describeCard(card)}`,
    `*${card.flavour}*`,
    `Source: ${card.source}. Date: ${card.date}. Teaches: ${teaches}.`,
  ].join('  \n');
}

export function cardsOfEraSection(era: Era): string {
  const ofEra = cards.filter((card) => card.era === era);
  return cardOwners
    .map((owner) => {
      const owned = ofEra.filter((card) => card.owner === owner);
      if (owned.length === 0) return '';
      return [`#### ${ownerLabel[owner]} cards (era ${era})`, ...owned.map(cardEntry)].join('\n\n');
    })
    .filter((block) => block !== '')
    .join('\n\n');
}

export function parseEra(text: string): Era {
  const era = eras.find((candidate) => `era${candidate}` === text);
  if (era === undefined) throw new Error(`unknown era: ${text} (use era1, era2, era3)`);
  return era;
}
