import type { RefObject } from 'react';
import { useEffect } from 'react';

export type Shortcut = { kind: 'card'; index: number } | { kind: 'endTurn' };

export interface KeyPress {
  key: string;
  /** Ctrl, Cmd or Alt held: the browser's or the system's shortcut, not ours. */
  modified: boolean;
  /** Typed into a field. */
  inField: boolean;
}

/**
 * What a key does on the board: 1–9 go to that card's first available button, T ends the turn. Nothing
 * while the board holds its moves (a paused table), so a key cannot do what a disabled button may not.
 */
export function shortcutFor(press: KeyPress, held: boolean): Shortcut | undefined {
  if (held || press.modified || press.inField) return undefined;
  if (/^[1-9]$/.test(press.key)) return { kind: 'card', index: Number(press.key) - 1 };
  if (press.key === 't' || press.key === 'T') return { kind: 'endTurn' };
  return undefined;
}

/** The board's keyboard shortcuts (shortcutFor), on the board under `root`. */
export function useShortcuts(root: RefObject<HTMLElement | null>, held: boolean): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const target = event.target;
      const shortcut = shortcutFor(
        {
          key: event.key,
          modified: event.ctrlKey || event.metaKey || event.altKey,
          inField:
            target instanceof HTMLInputElement ||
            target instanceof HTMLTextAreaElement ||
            target instanceof HTMLSelectElement,
        },
        held,
      );
      const board = root.current;
      if (!shortcut || !board) return;
      if (shortcut.kind === 'card') {
        const card = board.querySelectorAll<HTMLElement>('.hand .cards .card')[shortcut.index];
        const button = card?.querySelector<HTMLButtonElement>('button:not(:disabled)');
        if (button) {
          button.focus();
          event.preventDefault();
        }
      } else {
        const endTurn = board.querySelector<HTMLButtonElement>('.ops-head button:not(:disabled)');
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
  }, [root, held]);
}
