import { useId } from 'react';
import type { Node, PlayerView, ResearchTrack } from '../../rules/index.ts';
import { cardById } from '../../rules/index.ts';
import { formatBn } from './format.ts';
import { actionMenu } from './hints.ts';
import { OptionButton } from './option-button.tsx';

export interface ActionRequest {
  action: string;
  node?: Node;
  track?: ResearchTrack;
}

interface Props {
  view: PlayerView;
  onAction: (request: ActionRequest) => void;
  onEndTurn: () => void;
  /** Why no move may be made now, whatever the rules allow (a paused table); '' when moves are open. */
  heldReason: string;
}

/** The ops menu while the viewer spends a card's operations points. */
export function OpsMenu({ view, onAction, onEndTurn, heldReason }: Props) {
  const endTurnReasonId = useId();
  const ops = view.ops;
  if (!ops) return null;
  return (
    <section className="ops" aria-labelledby="ops-heading">
      <header className="ops-head">
        <h2 id="ops-heading">
          Operations: {ops.opsRemaining} left <span className="quiet">from {cardById(ops.cardId).title}</span>
        </h2>
        <span className={`end-turn${heldReason ? ' unavailable' : ''}`}>
          <button
            type="button"
            className="primary"
            onClick={onEndTurn}
            aria-keyshortcuts="T"
            disabled={heldReason !== ''}
            {...(heldReason ? { 'aria-describedby': endTurnReasonId } : {})}
          >
            End turn
          </button>
          {heldReason ? (
            <small id={endTurnReasonId} className="reason">
              {heldReason}
            </small>
          ) : null}
        </span>
      </header>
      <ul className="actions">
        {actionMenu(view).map((entry) => (
          <li key={entry.action}>
            <span className="action-title">
              {entry.title} <span className="quiet">({entry.opsCost} ops)</span>
            </span>
            <span className="action-options">
              {entry.options.map((option) => (
                <OptionButton
                  key={option.label}
                  label={`${option.label}${option.costBn > 0 ? ` · ${formatBn(option.costBn)}` : ''}`}
                  reason={heldReason || option.reason}
                  {...(heldReason ? { reasonShownAt: endTurnReasonId } : {})}
                  onChoose={() => {
                    const request: ActionRequest = { action: entry.action };
                    if (option.node) request.node = option.node;
                    if (option.track) request.track = option.track;
                    onAction(request);
                  }}
                />
              ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
