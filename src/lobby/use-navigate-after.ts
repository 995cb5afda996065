import { useState } from 'react';
import { lobbyErrorMessage } from './errors.ts';

/**
 * A Lobby call that ends by opening a page (create and join, a rematch): busy while it runs, its error
 * in words if it fails, the page it answers with opened if it succeeds.
 */
export function useNavigateAfter(): {
  busy: boolean;
  error: string;
  run: (call: () => Promise<string>) => void;
} {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const run = (call: () => Promise<string>): void => {
    setBusy(true);
    setError('');
    call()
      .then((search) => {
        window.location.assign(search);
      })
      .catch((caught: unknown) => {
        setError(lobbyErrorMessage(caught));
        setBusy(false);
      });
  };
  return { busy, error, run };
}
