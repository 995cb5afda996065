import { useCallback, useEffect, useRef, useState } from 'react';
import { errorMessage } from './api.ts';

/**
 * Calls `load` now and then every `everyMs`, keeping the last good answer while a new one is on its way
 * and when one fails (the page stays still; the error is shown beside it). `refresh` asks at once.
 */
export function usePoll<T>(
  load: (() => Promise<T>) | undefined,
  everyMs: number,
): { data: T | undefined; error: string; refresh: () => void } {
  const [data, setData] = useState<T | undefined>(undefined);
  const [error, setError] = useState('');
  const [tick, setTick] = useState(0);
  const loadRef = useRef(load);
  loadRef.current = load;
  const refresh = useCallback(() => {
    setTick((value) => value + 1);
  }, []);
  const hasLoader = load !== undefined;

  useEffect(() => {
    if (!hasLoader) return undefined;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = (): void => {
      const current = loadRef.current;
      if (!current) return;
      current()
        .then((answer) => {
          if (!live) return;
          setData(answer);
          setError('');
        })
        .catch((caught: unknown) => {
          if (live) setError(errorMessage(caught));
        })
        .finally(() => {
          if (live) timer = setTimeout(run, everyMs);
        });
    };
    run();
    return () => {
      live = false;
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [hasLoader, everyMs, tick]);

  return { data, error, refresh };
}
