import type { RefObject } from 'react';
import { useEffect } from 'react';

/**
 * Keyboard shortcuts on the board: 1–9 go to the first available button of that card in the hand,
 * T ends the turn. Keys typed into a field, or with a modifier, are left alone.
 */
export function useShortcuts(root: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      const target = event.target;
      if (
        target instanceof HTMLInputElement ||
        target instanceof HTMLTextAreaElement ||
        target instanceof HTMLSelectElement
      )
        return;
      const board = root.current;
      if (!board) return;
      if (/^[1-9]$/.test(event.key)) {
        const card = board.querySelectorAll<HTMLElement>('.hand .cards .card')[Number(event.key) - 1];
        const button = card?.querySelector<HTMLButtonElement>('button:not(:disabled)');
        if (button) {
          button.focus();
          event.preventDefault();
        }
      } else if (event.key === 't' || event.key === 'T') {
        const endTurn = board.querySelector<HTMLButtonElement>('.ops-head button');
        if (endTurn) {
          endTurn.click();
          event.preventDefault();
        }
      }
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
    };
  }, [root]);
}
