import type { BoardProps } from 'boardgame.io/react';
import type { PlayerView } from '../../rules/index.ts';
import { RULES_VERSION } from '../../rules/version.ts';
import type { BoardExtras } from './board.tsx';
import { Board } from './board.tsx';
import { BoardErrorBoundary } from './board-error-boundary.tsx';
import { OtherRulesMatch } from './other-rules-match.tsx';
import { useMatchSetup } from './use-match-setup.ts';

/**
 * The board is drawn by this checkout's rules. A match stored under other rules (issue 15) has a state of
 * another shape: it is shown by what every version keeps (its log and result), never by the board.
 */
export function BoardGate(props: BoardProps<PlayerView> & BoardExtras) {
  const setup = useMatchSetup(props.matchID, props._stateID);
  const gameover: unknown = props.ctx.gameover;
  if (!setup.answered) return <p className="quiet">Reading the match…</p>;
  if (setup.rulesVersion !== undefined && setup.rulesVersion !== RULES_VERSION)
    return (
      <OtherRulesMatch
        rulesVersion={setup.rulesVersion}
        closedReason={setup.closedReason}
        log={props.G.log}
        gameover={gameover}
      />
    );
  return (
    <BoardErrorBoundary>
      <Board {...props} matchSetup={setup} />
    </BoardErrorBoundary>
  );
}
