import { useCallback, useState } from 'react';
import type { PhoneTab } from './phone-tabs.tsx';

/**
 * The phone's shown tab, and whether the indicators panel is open: the Charts tab is that panel, so
 * choosing it opens it (on a desktop the panel opens on its own). `onTab` is stable: the tutorial's
 * coach runs an effect on it.
 */
export function usePhoneTab(first: PhoneTab): {
  tab: PhoneTab;
  onTab: (next: PhoneTab) => void;
  chartsOpen: boolean;
  setChartsOpen: (open: boolean) => void;
} {
  const [tab, setTab] = useState<PhoneTab>(first);
  const [chartsOpen, setChartsOpen] = useState(false);
  const onTab = useCallback((next: PhoneTab): void => {
    setTab(next);
    if (next === 'charts') setChartsOpen(true);
  }, []);
  return { tab, onTab, chartsOpen, setChartsOpen };
}
