import { useId } from 'react';
import type { CardUse, PlayerView } from '../../rules/index.ts';
import { cardById } from '../../rules/index.ts';
import { CardFace } from './card-face.tsx';
import { cardUseHints, refusalReason, viewerSide } from './hints.ts';
import { OptionButton } from './option-button.tsx';
import { handWaitReason } from './status.ts';

interface Props {
  view: PlayerView;
  onHeadline: (cardId: string) => void;
  onPlay: (cardId: string, use: CardUse) => void;
  /** Why no move may be made now, whatever the rules allow (a paused table); '' when moves are open. */
  heldReason: string;
}

/** The viewer's hand: headline choice in the headline phase, event / ops / shelve in the action phase. */
export function Hand({ view, onHeadline, onPlay, heldReason }: Props) {
  const heldReasonId = useId();
  const side = viewerSide(view);
  if (!side) return null;
  const headlinePhase = view.phase === 'headline' && !view.ownHeadline;
  const actionPhase = view.phase === 'action' && view.ops === null && view.activeSide === side;
  return (
    <section className="hand" aria-labelledby="hand-heading">
      <h2 id="hand-heading">
        Your hand <span className="quiet">({view.hand.length} cards)</span>
        {heldReason ? (
          <span className="keys quiet">Keys wait until play resumes</span>
        ) : (
          <span className="keys quiet">
            Keys: <kbd>1</kbd>–<kbd>{Math.max(1, Math.min(9, view.hand.length))}</kbd> pick a card,{' '}
            <kbd>T</kbd> ends the turn
          </span>
        )}
      </h2>
      {heldReason ? (
        <p className="hand-wait reason" id={heldReasonId}>
          {heldReason}
        </p>
      ) : null}
      {handWaitReason(view) ? <p className="hand-wait">{handWaitReason(view)}</p> : null}
      {view.ownHeadline ? (
        <div className={`card chosen owner-${side}`}>
          <p className="quiet">Your headline (hidden from your rival until both have chosen)</p>
          <CardFace cardId={view.ownHeadline} viewer={side} />
        </div>
      ) : null}
      <div className="cards">
        {view.hand.map((cardId) => (
          <article className={`card owner-${cardById(cardId).owner}`} key={cardId} data-card={cardId}>
            <CardFace cardId={cardId} viewer={side} />
            <div className="card-buttons">
              {headlinePhase ? (
                <OptionButton
                  label="Headline"
                  choice="headline"
                  reason={heldReason || refusalReason(view, { type: 'chooseHeadline', side, cardId })}
                  {...(heldReason ? { reasonShownAt: heldReasonId } : {})}
                  onChoose={() => {
                    onHeadline(cardId);
                  }}
                />
              ) : null}
              {actionPhase
                ? cardUseHints(view, cardId).map((hint) => (
                    <OptionButton
                      key={hint.use}
                      label={hint.label}
                      choice={hint.use}
                      reason={heldReason || hint.reason}
                      {...(heldReason ? { reasonShownAt: heldReasonId } : {})}
                      onChoose={() => {
                        onPlay(cardId, hint.use);
                      }}
                    />
                  ))
                : null}
            </div>
          </article>
        ))}
      </div>
    </section>
  );
}
