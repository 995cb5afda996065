import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { viewports } from './browser-harness.ts';

/** The supply chains' words as the browser draws them: inside their stations, and how large. */

/** Words of the supply chains drawn past their station's box (SVG text never wraps by itself). */
function wordsOutsideStations(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('svg.supply-chain .station')].flatMap((station) => {
      const box = station.querySelector('.station-box')?.getBoundingClientRect();
      if (!box) return ['(a station without its box)'];
      return [...station.querySelectorAll('text')]
        .filter((text) => {
          const words = text.getBoundingClientRect();
          return (
            words.left < box.left - 0.5 || words.right > box.right + 0.5 || words.bottom > box.bottom + 0.5
          );
        })
        .map((text) => text.textContent ?? '');
    }),
  );
}

/** The board at every viewport keeps its words inside its stations. */
export async function expectWordsInsideStations(page: Page): Promise<void> {
  for (const size of Object.values(viewports)) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    expect(await wordsOutsideStations(page)).toEqual([]);
  }
}

/** The first `selector` text of a drawing in CSS pixels: its font size in the drawing's units, scaled. */
export function stationTextPx(page: Page, selector: string): Promise<number> {
  return page
    .locator(selector)
    .first()
    .evaluate((text) => {
      const svg = text.closest('svg');
      if (!svg) return 0;
      const unitPx = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return Number.parseFloat(getComputedStyle(text).fontSize) * unitPx;
    });
}
