import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { GameState } from '../../rules/index.ts';
import { credentialsKey } from '../../src/lobby/credentials.ts';
import type { Seat } from '../../src/lobby/route.ts';
import { playServerBots } from '../server/helpers/server-moves.ts';
import type { Seated } from '../server/helpers/test-server.ts';
import { seatedMatch } from '../server/helpers/test-server.ts';
import type { BrowserHarness } from './browser-harness.ts';
import { smallestChainTextPx } from './board-words.ts';
import { screenshotDir, viewports } from './browser-harness.ts';

/** The board's e2e suites' ways in (board-screens, board-late-game): matches, seats and screen checks. */

/** The late game's round: bots play a match on the server into this round's action phase. */
export const lateRound = 5;

/** True from the `actions`-th time a state in `round`'s action phase, between cards, is looked at. */
function afterActions(round: number, actions: number): (state: GameState) => boolean {
  let seen = 0;
  return (state) =>
    state.round >= round && state.phase === 'action' && state.ops === null && ++seen > actions;
}

/** The indicators panel at every viewport: a phone's Charts tab, else the side column scrolled to it. */
export async function shootIndicators(page: Page, name: string): Promise<void> {
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

/** Projector mode switched on from the header, as a teacher does. */
export async function switchProjectorModeOn(page: Page): Promise<void> {
  const toggle = page.getByRole('button', { name: 'Projector mode' });
  if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
  expect(await toggle.getAttribute('aria-pressed')).toBe('true');
}

/** A phone's chains: every word drawn at 13 CSS pixels and more. */
export async function expectPhoneChainWordsLarge(page: Page): Promise<void> {
  const { smallestPx, texts } = await smallestChainTextPx(page);
  expect(texts).toBeGreaterThan(40);
  expect(smallestPx).toBeGreaterThanOrEqual(13);
}

export async function matchAgainstBot(
  harness: BrowserHarness,
  side: 'US' | 'China',
  scenarioId?: string,
): Promise<Page> {
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
export async function lateGameMatch(harness: BrowserHarness): Promise<{ match: Seated; state: GameState }> {
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
export async function openSeat(
  harness: BrowserHarness,
  match: Seated,
  seat: Seat,
  requests: string[],
): Promise<Page> {
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
