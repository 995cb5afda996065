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

/**
 * The smallest words the supply chains draw, in CSS pixels (each shown text's font size in its drawing's
 * units times the drawing's scale on screen), and how many texts were shown.
 */
export function smallestChainTextPx(page: Page): Promise<{ smallestPx: number; texts: number }> {
  return page.evaluate(() => {
    let smallestPx = Number.POSITIVE_INFINITY;
    let texts = 0;
    for (const text of document.querySelectorAll<SVGTextElement>('svg.supply-chain text')) {
      const svg = text.ownerSVGElement;
      if (!svg || text.getBoundingClientRect().width === 0) continue;
      const unitPx = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      smallestPx = Math.min(smallestPx, Number.parseFloat(getComputedStyle(text).fontSize) * unitPx);
      texts++;
    }
    return { smallestPx, texts };
  });
}
