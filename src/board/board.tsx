import { useCallback, useEffect, useRef, useState } from 'react';
import type { BoardProps } from 'boardgame.io/react';
import type { CardUse, PlayerView } from '../../rules/index.ts';
import { sideOfPlayerId } from '../../rules/index.ts';
import { describeResult } from './format.ts';
import { GameLog } from './game-log.tsx';
import { Hand } from './hand.tsx';
import { MatchClock } from './match-clock.tsx';
import type { ActionRequest } from './ops-menu.tsx';
import { OpsMenu } from './ops-menu.tsx';
import { onRefusal } from './refusals.ts';
import { SidePanel } from './side-panel.tsx';
import { isViewerToMove, turnStatus } from './status.ts';
import { Tracks } from './tracks.tsx';

/** How long a sent move may go unanswered before the board says it was not accepted. */
const unansweredMs = 5000;

function gameoverText(gameover: unknown): string | undefined {
  if (typeof gameover !== 'object' || gameover === null) return undefined;
  const { winner, draw, reason } = gameover as Record<string, unknown>;
  const why = typeof reason === 'string' ? reason : 'finalScore';
  if (draw === true) return describeResult('draw', why);
  const side = sideOfPlayerId(typeof winner === 'string' ? winner : undefined);
  return side ? describeResult(side, why) : undefined;
}

export function Board({ G, ctx, moves, matchID, matchData, isConnected, _stateID }: BoardProps<PlayerView>) {
  const view = G;
  const [notice, setNotice] = useState<string>('');
  const pending = useRef<{ stateID: number; timer: number } | undefined>(undefined);

  useEffect(
    () =>
      onRefusal((refusal) => {
        if (refusal.matchID !== undefined && refusal.matchID !== matchID) return;
        if (pending.current) window.clearTimeout(pending.current.timer);
        pending.current = undefined;
        setNotice(`Move refused: ${refusal.message}`);
      }),
    [matchID],
  );

  useEffect(() => {
    if (pending.current && pending.current.stateID !== _stateID) {
      window.clearTimeout(pending.current.timer);
      pending.current = undefined;
      setNotice('');
    }
  }, [_stateID]);

  useEffect(
    () => () => {
      if (pending.current) window.clearTimeout(pending.current.timer);
    },
    [],
  );

  const send = useCallback(
    (name: string, payload: object) => {
      const move = moves[name];
      if (!move) {
        setNotice('Move refused: this client does not know that move.');
        return;
      }
      if (pending.current) window.clearTimeout(pending.current.timer);
      const sentAt = _stateID;
      const timer = window.setTimeout(() => {
        if (pending.current?.stateID === sentAt) {
          pending.current = undefined;
          setNotice('Move refused: the server did not accept it.');
        }
      }, unansweredMs);
      pending.current = { stateID: sentAt, timer };
      setNotice('');
      try {
        move(payload);
      } catch {
        setNotice('Move refused: it could not be sent.');
      }
    },
    [moves, _stateID],
  );

  const onHeadline = (cardId: string): void => {
    send('chooseHeadline', { cardId });
  };
  const onPlay = (cardId: string, use: CardUse): void => {
    send('playCard', { cardId, use });
  };
  const onAction = (request: ActionRequest): void => {
    send('takeAction', request);
  };
  const onEndTurn = (): void => {
    send('endTurn', {});
  };

  const player = (seat: '0' | '1') => matchData?.find((entry) => String(entry.id) === seat);
  const me = view.viewer === 'spectator' ? undefined : view.viewer;
  const result = view.result
    ? describeResult(view.result.winner, view.result.reason, view.result.round)
    : gameoverText(ctx.gameover);
  const toMove = isViewerToMove(view);

  return (
    <div className="board">
      {result ? <div className="banner result">{result}</div> : null}
      <div className={`status${toMove ? ' to-move' : ''}`}>
        <span>{turnStatus(view)}</span>
        <span className="quiet">
          {me ? `You play ${me === 'us' ? 'the US' : 'China'}` : 'Watching'}
          {isConnected ? '' : ' · reconnecting…'}
        </span>
      </div>
      <MatchClock matchID={matchID} view={view} stateID={_stateID} />
      {notice ? (
        <div className="banner notice" role="alert">
          {notice}
          <button
            type="button"
            className="link"
            onClick={() => {
              setNotice('');
            }}
          >
            dismiss
          </button>
        </div>
      ) : null}
      <Tracks view={view} />
      <div className="sides">
        {(['us', 'china'] as const).map((side) => {
          const seat = player(side === 'us' ? '0' : '1');
          return (
            <SidePanel
              key={side}
              view={view}
              side={side}
              playerName={seat?.name}
              connected={seat?.name === undefined ? undefined : seat.isConnected}
            />
          );
        })}
      </div>
      {me && view.ops && view.activeSide === me && !view.result ? (
        <OpsMenu view={view} onAction={onAction} onEndTurn={onEndTurn} />
      ) : null}
      {me ? <Hand view={view} onHeadline={onHeadline} onPlay={onPlay} /> : null}
      <GameLog view={view} />
    </div>
  );
}
