import { useState } from 'react';
import { lobbyErrorMessage } from './errors.ts';

/**
 * A Lobby call that ends by opening a page (create and join, a rematch): busy while it runs, its error
 * in words if it fails, the page it answers with opened if it succeeds. A call that answers no page
 * leaves the page where it is (a class's rematch: the class page shows the next game itself).
 */
export function useNavigateAfter(): {
  busy: boolean;
  error: string;
  run: (call: () => Promise<string | undefined>) => void;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const run = (call: () => Promise<string | undefined>): void => {
    setBusy(true);
    setError('');
    call()
      .then((search) => {
        if (search === undefined) setBusy(false);
        else window.location.assign(search);
      })
      .catch((caught: unknown) => {
        setError(lobbyErrorMessage(caught));
        setBusy(false);
      });
  };
  return { busy, error, run };
}
