import { useCallback, useEffect, useRef, useState } from 'react';
import type { BoardProps } from 'boardgame.io/react';
import type { PlayerView } from '../../rules/index.ts';
import { refusalWords } from './refusal-words.ts';
import { onRefusal } from './refusals.ts';

/** How long a sent move may go unanswered before the board says it was not accepted. */
const unansweredMs = 5000;

/**
 * Sends moves and watches for their answer: the server's refusal in plain words, or a notice when no
 * new state arrives in time. A new state clears the notice.
 */
export function useMoveSender(
  moves: BoardProps<PlayerView>['moves'],
  matchID: string,
  stateID: number,
): { notice: string; dismiss: () => void; send: (name: string, payload: object) => void } {
  const [notice, setNotice] = useState('');
  const pending = useRef<{ stateID: number; timer: number } | undefined>(undefined);

  useEffect(
    () =>
      onRefusal((refusal) => {
        if (refusal.matchID !== undefined && refusal.matchID !== matchID) return;
        if (pending.current) window.clearTimeout(pending.current.timer);
        pending.current = undefined;
        setNotice(`Move refused: ${refusalWords(refusal)}`);
      }),
    [matchID],
  );

  useEffect(() => {
    if (pending.current && pending.current.stateID !== stateID) {
      window.clearTimeout(pending.current.timer);
      pending.current = undefined;
      setNotice('');
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
      const move = moves[name];
      if (!move) {
        setNotice('Move refused: this client does not know that move.');
        return;
      }
      if (pending.current) window.clearTimeout(pending.current.timer);
      const sentAt = stateID;
      const timer = window.setTimeout(() => {
        if (pending.current?.stateID === sentAt) {
          pending.current = undefined;
          setNotice('Move refused: the server did not answer. Check your connection and try again.');
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
    [moves, stateID],
  );

  const dismiss = useCallback(() => {
    setNotice('');
  }, []);
  return { notice, dismiss, send };
}
