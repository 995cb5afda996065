import type { Side } from '../../rules/index.ts';
import { cardById } from '../../rules/index.ts';
import { describeEvent } from '../../rules/content/describe.ts';
import { sideShort } from './format.ts';

const ownerLabel = { us: 'US card', china: 'China card', neutral: 'Neutral card' } as const;

/**
 * A card as a card: its owner's colour, an ops badge, the full event text and its source. Seen by
 * `viewer`, a rival's card also says what playing it for operations sets off (RULEBOOK §4).
 */
export function CardFace({ cardId, viewer }: { cardId: string; viewer: Side | undefined }) {
  const card = cardById(cardId);
  const rival =
    card.owner !== 'neutral' && viewer !== undefined && card.owner !== viewer ? card.owner : undefined;
  return (
    <>
      <header className="card-head">
        <span className="ops-badge" aria-label={`${card.ops} operations points`} title="Operations points">
          {card.ops}
        </span>
        <span className="card-title">
          <strong>{card.title}</strong>
          <span className="card-owner">
            {ownerLabel[card.owner]}
            {card.removeAfterEvent ? ' · removed after its event' : ''}
          </span>
        </span>
      </header>
      <p className="card-text">{describeEvent(card)}</p>
      {rival ? (
        <p className="card-warning">
          Playing it for operations fires this event for {sideShort(rival)} first.
        </p>
      ) : null}
      <p className="card-source">{card.source}</p>
    </>
  );
}
