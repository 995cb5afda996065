import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GameState } from '../../rules/index.ts';
import { boardIndicatorIds } from '../../src/charts/board-indicators.ts';
import { credentialsKey } from '../../src/lobby/credentials.ts';
import type { Seat } from '../../src/lobby/route.ts';
import { playServerBots } from '../server/helpers/server-moves.ts';
import type { Seated } from '../server/helpers/test-server.ts';
import { seatedMatch } from '../server/helpers/test-server.ts';
import type { BrowserHarness } from './browser-harness.ts';
import { expectWordsInsideStations, smallestChainTextPx, stationTextPx } from './board-words.ts';
import {
  browserRequired,
  chromiumAvailable,
  chromiumPath,
  screenshotDir,
  shootEveryViewport,
  startBrowserHarness,
  viewports,
} from './browser-harness.ts';

/**
 * The board on a phone, a desktop and a projector (issue 12): screenshots of the lobby and of both
 * seats' boards, in round 1, late in a game and finished, with the indicators panel, into
 * out/screenshots/ (to look at), and the layout's promises checked in the browser: a projector's page
 * one screen, a phone's chain words 13 CSS pixels and more.
 */

const shoot = shootEveryViewport;

/** The late game's round: bots play a match on the server into this round's action phase. */
const lateRound = 5;

/** True from the `actions`-th time a state in `round`'s action phase, between cards, is looked at. */
function afterActions(round: number, actions: number): (state: GameState) => boolean {
  let seen = 0;
  return (state) =>
    state.round >= round && state.phase === 'action' && state.ops === null && ++seen > actions;
}

/** The indicators panel at every viewport: a phone's Charts tab, else the side column scrolled to it. */
async function shootIndicators(page: Page, name: string): Promise<void> {
  for (const [viewport, size] of Object.entries(viewports)) {
    await page.setViewportSize(size);
    await page.waitForTimeout(150);
    if (viewport === 'phone') {
      await page
        .getByRole('navigation', { name: 'Board sections' })
        .getByRole('button', { name: 'Charts' })
        .click();
      await page.evaluate(() => {
        window.scrollTo(0, 0);
      });
    } else {
      // The side column scrolls on its own beside the board: to the panel, the page staying put.
      await page.evaluate(() => {
        const panel = document.querySelector<HTMLElement>('.area-charts');
        const column = panel?.closest<HTMLElement>('.side-column');
        if (panel && column) column.scrollTop = panel.offsetTop - column.offsetTop;
      });
    }
    await page.locator('.area-charts svg[data-indicator]').first().waitFor();
    await page.screenshot({ path: path.join(screenshotDir, `${name}-${viewport}.png`) });
  }
}

/** The page at 1920×1080 is one screen: nothing to scroll to (the side column scrolls on its own). */
async function expectOneProjectorScreen(page: Page): Promise<void> {
  await page.setViewportSize(viewports.projector);
  await page.waitForTimeout(150);
  const { scrollHeight, innerHeight } = await page.evaluate(() => ({
    scrollHeight: document.scrollingElement?.scrollHeight ?? Number.POSITIVE_INFINITY,
    innerHeight: window.innerHeight,
  }));
  expect(scrollHeight).toBeLessThanOrEqual(innerHeight);
}

/** Projector mode switched on from the header, as a teacher does. */
async function switchProjectorModeOn(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Projector mode' });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  expect(await toggle.getAttribute('aria-pressed')).toBe('true');
}

/** A phone's chains: every word drawn at 13 CSS pixels and more. */
async function expectPhoneChainWordsLarge(page: Page): Promise<void> {
  const { smallestPx, texts } = await smallestChainTextPx(page);
  expect(texts).toBeGreaterThan(40);
  expect(smallestPx).toBeGreaterThanOrEqual(13);
}

describe.skipIf(!chromiumAvailable && !browserRequired)(
  `the board's screens${chromiumAvailable ? '' : ` (skipped: ${chromiumPath} missing)`}`,
  () => {
    let harness: BrowserHarness;

    beforeAll(async () => {
      mkdirSync(screenshotDir, { recursive: true });
      harness = await startBrowserHarness();
    }, 120_000);

    afterAll(async () => {
      await harness.close();
    });

    /** A match against the greedy bot, from the lobby, as `side`. */
    async function matchAgainstBot(side: 'US' | 'China', scenarioId?: string): Promise<Page> {
      const page = await harness.openPage(harness.server.url, { viewport: viewports.desktop });
      if (scenarioId !== undefined) await page.getByLabel('Scenario').selectOption(scenarioId);
      await page.getByRole('radio', { name: side }).check();
      await page.getByLabel('Opponent').selectOption('greedy');
      await page.getByRole('button', { name: 'Create match' }).click();
      await page.locator('svg.supply-chain').first().waitFor();
      return page;
    }

    /**
     * A match the rules' greedy bots played on the server into round 5's actions, both seats joined by
     * people. The server picks each match's seed and a quarter of such games end in round 4: then a new
     * match is played.
     */
    async function lateGameMatch(): Promise<{ match: Seated; state: GameState }> {
      const { server } = harness;
      for (let attempt = 1; attempt <= 6; attempt++) {
        const match = await seatedMatch(server);
        const specs = { us: 'greedy', china: 'greedy' };
        await playServerBots(server, match, specs, `late-${attempt}`, afterActions(lateRound, 3));
        const stored = await server.store.loadState(match.matchID);
        if (stored && stored.ctx.gameover === undefined) return { match, state: stored.G as GameState };
      }
      throw new Error(`six bot matches in a row ended before round ${lateRound}`);
    }

    /** A seat's page as the browser that took the seat opens it: its credentials stored. */
    async function openSeat(match: Seated, seat: Seat, requests: string[]): Promise<Page> {
      const { server } = harness;
      const page = await harness.openPage(server.url, { viewport: viewports.desktop });
      page.on('request', (request) => requests.push(request.url()));
      await page.evaluate(
        ([key, value]) => {
          localStorage.setItem(key, value);
        },
        [
          credentialsKey(match.matchID, seat),
          JSON.stringify({
            seat,
            credentials: match.credentials[seat],
            playerName: seat === '0' ? 'Washington' : 'Beijing',
          }),
        ] as const,
      );
      await page.goto(`${server.url}/?match=${match.matchID}&seat=${seat}`);
      await page.locator('svg.supply-chain').first().waitFor();
      return page;
    }

    it('shows the lobby', async () => {
      const page = await harness.openPage(harness.server.url);
      await page.getByRole('button', { name: 'Create match' }).waitFor();
      await shoot(page, 'lobby');
      expect(harness.pageErrors).toEqual([]);
    });

    it('draws both supply chains and the tracks, labels the bot, and hides the invite in a bot game', async () => {
      const page = await matchAgainstBot('US');
      await page.getByText('headlines: choose your headline card').waitFor();
      expect(await page.locator('svg.supply-chain[data-side="us"]').count()).toBe(1);
      expect(await page.locator('svg.supply-chain[data-side="china"]').count()).toBe(1);
      expect(await page.locator('.station').count()).toBe(14);
      await page.getByRole('img', { name: /^Compute lead/ }).waitFor();
      await page.getByRole('heading', { name: 'How to win' }).waitFor();
      await page.getByText('Bot (greedy)').waitFor();
      expect(await page.getByText('offline').count()).toBe(0);
      expect(await page.getByLabel('Link for China').count()).toBe(0);
      await shoot(page, 'board-us-headline');
      // The words explained, and the rulebook opened at the section a word links to, then searched.
      await page.getByText('What the words mean').click();
      await page.getByRole('link', { name: 'rulebook §4' }).first().click();
      const rulebook = page.getByRole('dialog', { name: 'Rulebook' });
      await rulebook.getByRole('heading', { name: '§4 Cards and events' }).waitFor();
      await shoot(page, 'rulebook');
      await rulebook.getByLabel('Search the rules').fill('chokehold');
      await rulebook.getByText(/sections? mentions? “chokehold”/).waitFor();
      await rulebook.getByRole('button', { name: 'Close' }).click();
      expect(await page.getByRole('dialog', { name: 'Rulebook' }).count()).toBe(0);
      // Keyboard: "2" goes to the second card's button.
      const second = await page.locator('.hand .cards .card').nth(1).getAttribute('data-card');
      await page.keyboard.press('2');
      expect(
        await page.evaluate(() => document.activeElement?.closest('.card')?.getAttribute('data-card')),
      ).toBe(second);
      expect(harness.pageErrors).toEqual([]);
    });

    it('keeps the hand within a phone screen and shows why an action is unavailable', async () => {
      const page = await matchAgainstBot('US');
      await page.setViewportSize(viewports.phone);
      const headline = page.getByRole('button', { name: 'Headline' }).first();
      await headline.waitFor();
      const box = await headline.boundingBox();
      expect(box).not.toBeNull();
      if (box) expect(box.y + box.height).toBeLessThanOrEqual(viewports.phone.height);
      await headline.click();
      // The greedy bot plays China's headline and its first action round, then it is the US's move.
      // The card with the most ops: points are left after one action, so the menu stays open.
      const opsButtons = page.getByRole('button', { name: /^Ops \d$/ });
      await opsButtons.first().waitFor();
      const opsValues = (await opsButtons.allInnerTexts()).map((text) => Number(/\d/.exec(text)?.[0] ?? 0));
      const ops = opsButtons.nth(opsValues.indexOf(Math.max(...opsValues)));
      await expect.poll(() => ops.isEnabled(), { timeout: 30_000 }).toBe(true);
      await shoot(page, 'board-us-action');
      await page.setViewportSize(viewports.phone);
      // The phone's other tabs, each a screen of its own; then back to the hand.
      const tabs = page.getByRole('navigation', { name: 'Board sections' });
      for (const [tab, file] of [
        ['How to win', 'board-us-goals'],
        ['Log', 'board-us-log'],
        ['Board', 'board-us-board'],
      ] as const) {
        await tabs.getByRole('button', { name: tab }).click();
        await page.screenshot({ path: path.join(screenshotDir, `${file}-phone.png`) });
      }
      await tabs.getByRole('button', { name: /^Hand/ }).click();
      await ops.click();
      await page.getByRole('button', { name: 'End turn' }).waitFor();
      // After the move, focus is on the next control a player needs, not the top of the page.
      expect(await page.evaluate(() => document.activeElement?.closest('.ops') !== null)).toBe(true);
      // Whether anything is out of reach at once depends on the card's ops and the budget; open-sourcing is
      // once a round, so after it the menu shows that option's reason (the card chosen has ops to spare).
      const reason = page.locator('.ops .option.unavailable .reason').first();
      if (!(await reason.isVisible())) {
        const openSource = page.locator('.ops li', { hasText: 'Open-source a model' }).getByRole('button');
        await openSource.first().click();
      }
      await reason.waitFor();
      expect((await reason.innerText()).length).toBeGreaterThan(3);
      expect(await reason.isVisible()).toBe(true);
      await shoot(page, 'board-us-ops');
      expect(harness.pageErrors).toEqual([]);
    });

    it('shows China its board, and a spectator no hidden card', async () => {
      const page = await matchAgainstBot('China');
      await page.getByText('headlines: choose your headline card').waitFor();
      await shoot(page, 'board-china-headline');
      const handTitles = await page.locator('.hand .card-title strong').allInnerTexts();
      expect(handTitles.length).toBeGreaterThan(0);
      const matchID = new URL(page.url()).searchParams.get('match');
      const spectator = await harness.openPage(`${harness.server.url}/?match=${String(matchID)}&watch=1`, {
        viewport: viewports.projector,
      });
      await spectator.locator('svg.supply-chain').first().waitFor();
      const seen = await spectator.locator('body').innerText();
      for (const title of handTitles) expect(seen).not.toContain(title);
      expect(await spectator.locator('.hand').count()).toBe(0);
      await shoot(spectator, 'board-spectator');
      // The projector shows the whole board without scrolling.
      await spectator.setViewportSize(viewports.projector);
      const height = await spectator.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThanOrEqual(viewports.projector.height);
      // Projector mode: high contrast and larger type, the whole board still on one screen.
      await spectator.getByRole('button', { name: 'Projector mode' }).click();
      expect(
        await spectator.getByRole('button', { name: 'Projector mode' }).getAttribute('aria-pressed'),
      ).toBe('true');
      await shoot(spectator, 'board-spectator-projector-mode');
      await spectator.setViewportSize(viewports.projector);
      expect(await spectator.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
        viewports.projector.height,
      );
      // China's rules dashed: a cue besides colour. The browser keeps the mode across a reload.
      const chinaRule = (): Promise<string> =>
        spectator.locator('.side-china').evaluate((element) => getComputedStyle(element).borderTopStyle);
      expect(await chinaRule()).toBe('dashed');
      await spectator.reload();
      await spectator.locator('svg.supply-chain').first().waitFor();
      expect(await chinaRule()).toBe('dashed');
      await spectator.getByRole('button', { name: 'Projector mode' }).click();
      expect(await chinaRule()).toBe('solid');
      expect(harness.pageErrors).toEqual([]);
    });

    it('plays a short match to its end through clicks, then offers a rematch', async () => {
      // The four-round classroom scenario: headline the first card, play a card for operations and end
      // the turn, until the game is over.
      const page = await matchAgainstBot('US', 'compressed-2027');
      const summary = page.locator('.summary');
      const quick = { timeout: 1000 };
      // Bounded by time, not clicks: the bot's moves take longer on a busy machine.
      const deadline = Date.now() + 240_000;
      while (Date.now() < deadline && !(await summary.isVisible())) {
        const headline = page.getByRole('button', { name: 'Headline' }).first();
        const endTurn = page.getByRole('button', { name: 'End turn' });
        const ops = page.getByRole('button', { name: /^Ops \d$/ }).first();
        try {
          if ((await headline.isVisible()) && (await headline.isEnabled())) await headline.click(quick);
          else if (await endTurn.isVisible()) await endTurn.click(quick);
          else if ((await ops.isVisible()) && (await ops.isEnabled())) await ops.click(quick);
          else await page.waitForTimeout(100);
        } catch {
          // The button went away as the bot moved: look again.
        }
      }
      await summary.waitFor({ timeout: 5000 });
      expect(await summary.locator('h2').innerText()).toMatch(/(wins|Draw) in round \d: \w/);
      expect(await page.locator('.log-report').count()).toBeGreaterThan(0);
      await shoot(page, 'board-us-game-over');
      // The summary's indicators, opened, then folded again.
      const summaryCharts = summary.locator('.summary-indicators');
      const fold = summaryCharts.locator('> details > summary');
      await fold.click();
      await summaryCharts.locator('svg[data-indicator]').first().waitFor();
      expect(await summaryCharts.locator('svg[data-indicator]').count()).toBe(boardIndicatorIds.length);
      await shoot(page, 'board-us-game-over-indicators');
      await fold.click();
      // A spectator of the finished match: the last played cards face up, the whole board on a projector.
      const spectator = await harness.openPage(page.url().replace(/&seat=\d/, '&watch=1'), {
        viewport: viewports.projector,
      });
      await spectator.locator('.played .card').first().waitFor();
      await shoot(spectator, 'board-spectator-game-over');
      await spectator.setViewportSize(viewports.projector);
      expect(await spectator.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(
        viewports.projector.height,
      );
      const before = page.url();
      await page.setViewportSize(viewports.desktop);
      await page.getByRole('button', { name: 'Rematch' }).click();
      await expect.poll(() => page.url(), { timeout: 10_000 }).not.toBe(before);
      await page.getByText('Round 1, 2025, headlines: choose your headline card').waitFor();
      // The lobby lists this browser's matches: the finished one and its rematch in play.
      await page.goto(harness.server.url);
      const mine = page.locator('.my-matches');
      await mine.getByText('finished').waitFor();
      await mine.getByText('in play').waitFor();
      await shoot(page, 'lobby-my-matches');
      expect(harness.pageErrors).toEqual([]);
    }, 300_000);

    it(`shows both seats' boards late in a game (round ${lateRound}) and the indicators panel, loaded when opened`, async () => {
      const { match, state } = await lateGameMatch();
      expect(state.round).toBeGreaterThanOrEqual(lateRound);
      for (const [seat, side] of [
        ['0', 'us'],
        ['1', 'china'],
      ] as const) {
        const requests: string[] = [];
        const page = await openSeat(match, seat, requests);
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
        const chartModule = (): string[] =>
          requests.filter((url) => /\/indicator-charts-[^/]*\.js$/.test(url));
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
      expect(
        await projector.getByRole('button', { name: 'Projector mode' }).getAttribute('aria-pressed'),
      ).toBe('false');
      expect(
        await projector
          .locator('.side-china')
          .evaluate((element) => getComputedStyle(element).borderTopStyle),
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
      const { match } = await lateGameMatch();
      const seat = await openSeat(match, '0', []);
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
      const loser = await openSeat(finished, '1', []);
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
  },
);
