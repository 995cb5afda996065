import { describe, expect, it } from 'vitest';
import type { Box } from '../../../src/tutorial/coach-placement.ts';
import { coachPlacement, cornerBox } from '../../../src/tutorial/coach-placement.ts';

const projector = { width: 1920, height: 1080 };
const panel = { width: 440, height: 220 };

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.left + b.width &&
  b.left < a.left + a.width &&
  a.top < b.top + b.height &&
  b.top < a.top + a.height;

describe('where the coach sits', () => {
  it('is a bottom sheet on a phone, wherever the target is', () => {
    expect(
      coachPlacement({ left: 0, top: 700, width: 390, height: 100 }, panel, { width: 390, height: 844 }),
    ).toBe('sheet');
  });

  it.each<[string, Box]>([
    ['the compute-lead track across the top', { left: 35, top: 150, width: 1418, height: 83 }],
    ['a card button at the bottom left', { left: 40, top: 860, width: 100, height: 38 }],
    ['the column beside the board', { left: 1480, top: 136, width: 420, height: 900 }],
    ['the bottom half of the board', { left: 0, top: 600, width: 1900, height: 400 }],
  ])('keeps clear of %s', (_name, target) => {
    const placement = coachPlacement(target, panel, projector);
    expect(placement).not.toBe('sheet');
    if (placement !== 'sheet') expect(overlaps(cornerBox(placement, panel, projector), target)).toBe(false);
  });

  it('covers as little as it can of a target that fills the window', () => {
    const target = { left: 0, top: 0, width: 1700, height: 1080 };
    expect(coachPlacement(target, panel, projector)).toMatch(/right$/);
  });
});
