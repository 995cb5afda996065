import type { CardUse, PlayerView } from '../../rules/index.ts';
import { cardById } from '../../rules/index.ts';
import { describeCard } from '../../rules/content/describe.ts';
import { cardUseHints, refusalReason, viewerSide } from './hints.ts';

interface Props {
  view: PlayerView;
  onHeadline: (cardId: string) => void;
  onPlay: (cardId: string, use: CardUse) => void;
}

const ownerLabel = { us: 'US', china: 'China', neutral: 'Neutral' } as const;

function CardFace({ cardId }: { cardId: string }) {
  const card = cardById(cardId);
  return (
    <>
      <header className="card-head">
        <strong>{card.title}</strong>
        <span className={`owner owner-${card.owner}`}>
          {ownerLabel[card.owner]} · {card.ops} ops
        </span>
      </header>
      <p className="card-text">{describeCard(card)}</p>
      <p className="card-source quiet">{card.source}</p>
    </>
  );
}

/** The viewer's hand: headline choice in the headline phase, event / ops / shelve in the action phase. */
export function Hand({ view, onHeadline, onPlay }: Props) {
  const side = viewerSide(view);
  if (!side) return null;
  const headlinePhase = view.phase === 'headline';
  const actionPhase = view.phase === 'action' && view.ops === null && view.activeSide === side;
  return (
    <section className="hand">
      <h2>
        Your hand <span className="quiet">({view.hand.length})</span>
      </h2>
      {view.ownHeadline ? (
        <div className="card chosen">
          <p className="quiet">Your headline (hidden until both have chosen)</p>
          <CardFace cardId={view.ownHeadline} />
        </div>
      ) : null}
      <div className="cards">
        {view.hand.map((cardId) => {
          const headlineReason = refusalReason(view, { type: 'chooseHeadline', side, cardId });
          return (
            <article className="card" key={cardId}>
              <CardFace cardId={cardId} />
              <div className="card-buttons">
                {headlinePhase ? (
                  <button
                    type="button"
                    disabled={headlineReason !== ''}
                    title={headlineReason}
                    onClick={() => {
                      onHeadline(cardId);
                    }}
                  >
                    Headline
                  </button>
                ) : null}
                {actionPhase
                  ? cardUseHints(view, cardId).map((hint) => (
                      <button
                        type="button"
                        key={hint.use}
                        disabled={hint.reason !== ''}
                        title={hint.reason}
                        onClick={() => {
                          onPlay(cardId, hint.use);
                        }}
                      >
                        {hint.label}
                      </button>
                    ))
                  : null}
              </div>
            </article>
          );
        })}
      </div>
    </section>
  );
}
