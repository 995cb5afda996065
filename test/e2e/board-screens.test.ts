import path from 'node:path';
import { expect, it } from 'vitest';
import { boardIndicatorIds } from '../../src/charts/board-indicators.ts';
import { matchAgainstBot } from './board-pages.ts';
import { screenshotDir, shootEveryViewport, viewports } from './browser-harness.ts';
import { describeInBrowser, expectOneProjectorScreen } from './browser-suite.ts';

/**
 * The board on a phone, a desktop and a projector (issue 12): screenshots of the lobby and of both
 * seats' boards in round 1 and finished, into out/screenshots/ (to look at), and the layout's promises
 * checked in the browser. Late in a game and projector mode: board-late-game.test.ts.
 */

const shoot = shootEveryViewport;

describeInBrowser("the board's screens", {}, (harness) => {
  it('shows the lobby', async () => {
    const page = await harness.openPage(harness.server.url);
    await page.getByRole('button', { name: 'Create match' }).waitFor();
    await shoot(page, 'lobby');
    expect(harness.pageErrors).toEqual([]);
  });

  it('draws both supply chains and the tracks, labels the bot, and hides the invite in a bot game', async () => {
    const page = await matchAgainstBot(harness, 'US');
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
    const page = await matchAgainstBot(harness, 'US');
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
    const page = await matchAgainstBot(harness, 'China');
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
    await expectOneProjectorScreen(spectator);
    // Projector mode: high contrast and larger type, the whole board still on one screen.
    await spectator.getByRole('button', { name: 'Projector mode' }).click();
    expect(await spectator.getByRole('button', { name: 'Projector mode' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await shoot(spectator, 'board-spectator-projector-mode');
    await expectOneProjectorScreen(spectator);
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
    const page = await matchAgainstBot(harness, 'US', 'compressed-2027');
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
    await expectOneProjectorScreen(spectator);
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
});
