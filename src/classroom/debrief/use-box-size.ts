import type { RefObject } from 'react';
import { useEffect, useState } from 'react';

/** An element's content width and font size in CSS pixels. */
export interface BoxSize {
  widthPx: number;
  fontPx: number;
}

/**
 * The size of an element's content box and its font, kept up to date as it resizes (a window turned
 * into a projector's); undefined before the first layout, and where there is no layout (server render).
 */
export function useBoxSize(ref: RefObject<HTMLElement | null>): BoxSize | undefined {
  const [size, setSize] = useState<BoxSize | undefined>(undefined);
  useEffect(() => {
    const element = ref.current;
    if (!element || typeof ResizeObserver === 'undefined') return undefined;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const widthPx = Math.round(entry.contentRect.width);
      const fontPx = Number.parseFloat(getComputedStyle(element).fontSize);
      setSize((known) =>
        known?.widthPx === widthPx && known.fontPx === fontPx ? known : { widthPx, fontPx },
      );
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  }, [ref]);
  return size;
}
