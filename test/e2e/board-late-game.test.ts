import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { boardIndicatorIds } from '../../src/charts/board-indicators.ts';
import { playServerBots } from '../server/helpers/server-moves.ts';
import { seatedMatch } from '../server/helpers/test-server.ts';
import {
  expectPhoneChainWordsLarge,
  lateGameMatch,
  lateRound,
  openSeat,
  shootIndicators,
  switchProjectorModeOn,
} from './board-pages.ts';
import { expectWordsInsideStations, stationTextPx } from './board-words.ts';
import { screenshotDir, shootEveryViewport, viewports } from './browser-harness.ts';
import { describeInBrowser, expectOneProjectorScreen } from './browser-suite.ts';

/**
 * The board late in a game and on a projector (issue 12): both seats' boards in round 5 with the
 * indicators panel, and projector mode at 1920×1080 in play and finished, seated and watching; one screen
 * on a projector and a phone's chain words 13 CSS pixels and more, checked in the browser.
 */

const shoot = shootEveryViewport;

describeInBrowser('the board late in a game and on a projector', {}, (harness) => {
  it(`shows both seats' boards late in a game (round ${lateRound}) and the indicators panel, loaded when opened`, async () => {
    const { match, state } = await lateGameMatch(harness);
    expect(state.round).toBeGreaterThanOrEqual(lateRound);
    for (const [seat, side] of [
      ['0', 'us'],
      ['1', 'china'],
    ] as const) {
      const requests: string[] = [];
      const page = await openSeat(harness, match, seat, requests);
      await page.getByText(`Round ${state.round}, ${state.year}`).first().waitFor();
      await shoot(page, `board-${side}-late`);
      await expectWordsInsideStations(page);
      // China's compute station: this year's frontier-class bar, and China's side of it in words.
      const chinaCompute = await page.locator('.chain-china .station-compute text').allTextContents();
      expect(chinaCompute.join(' ').replaceAll('\u00a0', ' ')).toMatch(
        new RegExp(`Frontier class ${state.year} bar [\\d,.]+ EFLOPS (above|below)`),
      );
      // The whole page on a laptop: the hand and both supply chains below it.
      await page.setViewportSize(viewports.desktop);
      await page.screenshot({
        path: path.join(screenshotDir, `board-${side}-late-full-desktop.png`),
        fullPage: true,
      });
      // A phone's other screen of the board itself (the hand is its first tab).
      await page.setViewportSize(viewports.phone);
      await page
        .getByRole('navigation', { name: 'Board sections' })
        .getByRole('button', { name: 'Board' })
        .click();
      await page.screenshot({ path: path.join(screenshotDir, `board-${side}-late-board-phone.png`) });
      await expectPhoneChainWordsLarge(page);
      // The charts are not part of the board's first load: their module comes when the panel opens.
      const chartModule = (): string[] => requests.filter((url) => /\/indicator-charts-[^/]*\.js$/.test(url));
      expect(chartModule()).toEqual([]);
      expect(await page.locator('svg[data-indicator]').count()).toBe(0);
      await shootIndicators(page, `board-${side}-late-indicators`);
      expect(chartModule()).toHaveLength(1);
      const charts = page.locator('.area-charts svg[data-indicator]');
      expect(await charts.count()).toBe(boardIndicatorIds.length);
      for (const chart of await charts.all())
        expect((await chart.getAttribute('aria-label'))?.length).toBeGreaterThan(20);
      // Every ended round is a row of each chart's figures.
      const figures = page.locator('.area-charts details.chart-data').first();
      expect(await figures.locator('tbody tr').count()).toBe(state.history.length);
    }
    // A spectator's projector whose system asks for more contrast: the high-contrast look without the
    // switch, the whole late board on one screen.
    const projector = await harness.openPage(`${harness.server.url}/?match=${match.matchID}&watch=1`, {
      viewport: viewports.projector,
      contrast: 'more',
    });
    await projector.locator('svg.supply-chain').first().waitFor();
    expect(await projector.getByRole('button', { name: 'Projector mode' }).getAttribute('aria-pressed')).toBe(
      'false',
    );
    expect(
      await projector.locator('.side-china').evaluate((element) => getComputedStyle(element).borderTopStyle),
    ).toBe('dashed');
    expect(await projector.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
      viewports.projector.height,
    );
    await shoot(projector, 'board-spectator-late-high-contrast');
    await expectWordsInsideStations(projector);
    // Projector type: the chain's words drawn at 16 CSS pixels and more on a 1920×1080 screen.
    await projector.setViewportSize(viewports.projector);
    await projector.waitForTimeout(150);
    expect(await stationTextPx(projector, '.chain-china .station-line')).toBeGreaterThanOrEqual(16);
    await shootIndicators(projector, 'board-spectator-late-high-contrast-indicators');
    expect(harness.pageErrors).toEqual([]);
  }, 240_000);

  it('fits a 1920×1080 projector in projector mode, in play and finished, seated and watching', async () => {
    const { server } = harness;
    const shootProjector = (page: Page, name: string): Promise<Buffer> =>
      page.screenshot({ path: path.join(screenshotDir, `${name}-projector.png`) });
    // In play: a seat's hand and actions beside the board, which keeps the screen's height.
    const { match } = await lateGameMatch(harness);
    const seat = await openSeat(harness, match, '0', []);
    await seat.setViewportSize(viewports.projector);
    await switchProjectorModeOn(seat);
    await seat.locator('.hand .card').first().waitFor();
    await expectOneProjectorScreen(seat);
    await shootProjector(seat, 'board-us-late-projector-mode');
    const watching = await harness.openPage(`${server.url}/?match=${match.matchID}&watch=1`, {
      viewport: viewports.projector,
    });
    await watching.locator('svg.supply-chain').first().waitFor();
    await switchProjectorModeOn(watching);
    await expectOneProjectorScreen(watching);
    // Finished, the whole game played by the rules' bots: the summary at the top of the side column.
    const finished = await seatedMatch(server);
    await playServerBots(server, finished, { us: 'greedy', china: 'greedy' }, 'finished');
    expect((await server.store.loadState(finished.matchID))?.ctx.gameover).toBeDefined();
    const loser = await openSeat(harness, finished, '1', []);
    await loser.setViewportSize(viewports.projector);
    await switchProjectorModeOn(loser);
    const summary = loser.locator('.summary');
    await summary.waitFor();
    await expectOneProjectorScreen(loser);
    await shootProjector(loser, 'board-china-finished-projector-mode');
    // The indicators, opened, one under another in the column: still one screen.
    await summary.locator('.summary-indicators > details > summary').click();
    await summary.locator('svg[data-indicator]').first().waitFor();
    await expectOneProjectorScreen(loser);
    await shootProjector(loser, 'board-china-finished-projector-mode-indicators');
    const audience = await harness.openPage(`${server.url}/?match=${finished.matchID}&watch=1`, {
      viewport: viewports.projector,
    });
    await audience.locator('.summary').waitFor();
    await switchProjectorModeOn(audience);
    await expectOneProjectorScreen(audience);
    await shootProjector(audience, 'board-spectator-finished-projector-mode');
    // The same finished board on a phone in projector mode: its chains a column, the words large.
    await audience.setViewportSize(viewports.phone);
    await audience.waitForTimeout(150);
    await expectPhoneChainWordsLarge(audience);
    await audience.screenshot({
      path: path.join(screenshotDir, 'board-spectator-finished-projector-mode-phone.png'),
    });
    expect(harness.pageErrors).toEqual([]);
  }, 240_000);
});
