import { useCallback, useEffect, useRef, useState } from 'react';
import type { BoardProps } from 'boardgame.io/react';
import type { PlayerView } from '../../rules/index.ts';
import type { BoardMoment, MoveNotice } from './move-notice.ts';
import { boardNotice, noticeStands, refusalNotice } from './move-notice.ts';
import { onRefusal } from './refusals.ts';

/** How long a sent move may go unanswered before the board says it was not accepted. */
const unansweredMs = 5000;

/**
 * Sends moves and watches for their answer: the server's refusal in plain words, or a notice when no
 * new state arrives in time. A notice lasts only while it describes the board (move-notice.ts): a new
 * state, new credentials or the end of a pause clears it. While the table is paused nothing is sent.
 */
export function useMoveSender(
  moves: BoardProps<PlayerView>['moves'],
  matchID: string,
  moment: BoardMoment,
): { notice: string; dismiss: () => void; send: (name: string, payload: object) => void } {
  const { stateID, credentials, paused } = moment;
  const [notice, setNotice] = useState<MoveNotice | undefined>(undefined);
  const pending = useRef<{ stateID: number; timer: number } | undefined>(undefined);
  const stands = notice !== undefined && noticeStands(notice, moment);

  useEffect(
    () =>
      onRefusal((refusal) => {
        if (refusal.matchID !== undefined && refusal.matchID !== matchID) return;
        if (pending.current) window.clearTimeout(pending.current.timer);
        pending.current = undefined;
        // A refusal by the pause holds the board in the same render (use-table-pause.ts), so it stands.
        setNotice(refusalNotice(refusal, { stateID, credentials }));
      }),
    [matchID, stateID, credentials],
  );

  // A stale notice is dropped, not only hidden: a second pause at the same state must not bring it back.
  useEffect(() => {
    if (notice !== undefined && !stands) setNotice(undefined);
  }, [notice, stands]);

  useEffect(() => {
    if (pending.current && pending.current.stateID !== stateID) {
      window.clearTimeout(pending.current.timer);
      pending.current = undefined;
    }
  }, [stateID]);

  useEffect(
    () => () => {
      if (pending.current) window.clearTimeout(pending.current.timer);
    },
    [],
  );

  const send = useCallback(
    (name: string, payload: object) => {
      // The controls are disabled while paused; this also stops a click that raced the pause's arrival.
      if (paused) return;
      const here = { stateID, credentials };
      const move = moves[name];
      if (!move) {
        setNotice(boardNotice('Move refused: this client does not know that move.', here));
        return;
      }
      if (pending.current) window.clearTimeout(pending.current.timer);
      const sentAt = stateID;
      const timer = window.setTimeout(() => {
        if (pending.current?.stateID === sentAt) {
          pending.current = undefined;
          setNotice(
            boardNotice(
              'Move refused: the server did not answer. Check your connection and try again.',
              here,
            ),
          );
        }
      }, unansweredMs);
      pending.current = { stateID: sentAt, timer };
      setNotice(undefined);
      try {
        move(payload);
      } catch {
        setNotice(boardNotice('Move refused: it could not be sent.', here));
      }
    },
    [moves, stateID, credentials, paused],
  );

  const dismiss = useCallback(() => {
    setNotice(undefined);
  }, []);
  return { notice: stands ? notice.text : '', dismiss, send };
}
