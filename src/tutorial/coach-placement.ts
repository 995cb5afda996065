/**
 * Where the coach panel sits so it never covers what it points at: on a phone a sheet along the bottom
 * (the page scrolls the target above it), elsewhere the first corner of the window clear of the target.
 * Pure; tested in test/src/tutorial/coach-placement.test.ts.
 */

export interface Size {
  width: number;
  height: number;
}

export interface Box extends Size {
  left: number;
  top: number;
}

export const coachCorners = ['bottom-right', 'bottom-left', 'top-right', 'top-left'] as const;
export type CoachCorner = (typeof coachCorners)[number];
export type CoachPlacement = 'sheet' | CoachCorner;

/** Up to this window width the coach is a bottom sheet (the board's phone layout starts here too). */
export const sheetMaxWidthPx = 640;

/** The panel's gap to the window's edges. */
export const cornerGapPx = 16;

export function cornerBox(corner: CoachCorner, panel: Size, viewport: Size): Box {
  const left = corner.endsWith('right') ? viewport.width - panel.width - cornerGapPx : cornerGapPx;
  const top = corner.startsWith('bottom') ? viewport.height - panel.height - cornerGapPx : cornerGapPx;
  return { left, top, width: panel.width, height: panel.height };
}

function overlapArea(a: Box, b: Box): number {
  const width = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const height = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return width > 0 && height > 0 ? width * height : 0;
}

/**
 * `target`: the pointed-at element's box in the viewport (undefined when it is not on the page);
 * `panel`: the coach's size. The bottom corners come first: a player reads the board from the top.
 */
export function coachPlacement(target: Box | undefined, panel: Size, viewport: Size): CoachPlacement {
  if (viewport.width <= sheetMaxWidthPx) return 'sheet';
  if (!target) return 'bottom-right';
  let best: CoachCorner = 'bottom-right';
  let bestOverlap = Number.POSITIVE_INFINITY;
  for (const corner of coachCorners) {
    const overlap = overlapArea(cornerBox(corner, panel, viewport), target);
    if (overlap === 0) return corner;
    if (overlap < bestOverlap) {
      best = corner;
      bestOverlap = overlap;
    }
  }
  return best;
}
