import type { GameState } from '../../rules/index.ts';
import { cardById, sides } from '../../rules/index.ts';
import { sideShort } from '../board/format.ts';

/**
 * What each side held at this point of the game, and the headline it had chosen face down: hidden while
 * the match was played, shown in its replay (served only once the match is over).
 */
export function StepHands({ state }: { state: GameState }) {
  return (
    <section className="panel replay-hands" aria-labelledby="replay-hands-heading">
      <h2 id="replay-hands-heading">
        Hands <span className="quiet">(hidden during play)</span>
      </h2>
      {sides.map((side) => {
        const headline = state.headlines[side];
        return (
          <div key={side} className={`replay-hand replay-hand-${side}`}>
            <h3>
              {sideShort(side)} · {state.hands[side].length} card{state.hands[side].length === 1 ? '' : 's'}
            </h3>
            <ul>
              {state.hands[side].map((cardId) => {
                const card = cardById(cardId);
                return (
                  <li key={cardId} className={`chip owner-${card.owner}`}>
                    <span className="chip-ops" aria-label={`${card.ops} operations points`}>
                      {card.ops}
                    </span>{' '}
                    {card.title}
                  </li>
                );
              })}
              {headline ? (
                <li className={`chip owner-${cardById(headline).owner} chip-headline`}>
                  headline, face down: {cardById(headline).title}
                </li>
              ) : null}
            </ul>
          </div>
        );
      })}
      <p className="quiet">{state.deck.length} cards left in the deck.</p>
    </section>
  );
}
