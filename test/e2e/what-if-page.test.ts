import path from 'node:path';
import { expect, it } from 'vitest';
import { screenshotDir, viewports } from './browser-harness.ts';
import { describeInBrowser, screens } from './browser-suite.ts';

/**
 * The what-if preview in a real browser against a real server and its worker threads (issue 13): the
 * try-out page (`?whatif`) measures the scenario as written on load, and a changed parameter after a
 * pause, with the baseline beside it. Screenshots go to out/screenshots/ (to look at).
 */

describeInBrowser(
  'the what-if try-out page',
  // A small batch keeps the suite quick; the figures' shape is the same at 300.
  { whatIf: { games: { defaultGames: 20, minGames: 10 } } },
  (harness) => {
    it('measures the scenario, then a changed parameter beside its baseline', async () => {
      const page = await harness.openPage(`${harness.server.url}/?whatif`, screens.desktop);
      await page.getByLabel('Bot games').selectOption('100');
      const headline = page.locator('.what-if-headline');
      await expect
        .poll(() => headline.textContent(), { timeout: 60_000 })
        .toMatch(/^US wins \S+ \(\S+\) of 100 bot games · the scenario as written$/);
      await page.getByLabel('China’s 7nm-class DUV yield cap').fill('0.8');
      await page.getByText('measuring…').waitFor();
      await expect
        .poll(() => headline.textContent(), { timeout: 60_000 })
        .toMatch(/^US wins \S+ \(\S+\) of 100 bot games · baseline \S+ \(\S+\)$/);
      await expect.poll(() => page.locator('.what-if-figures.stale').count()).toBe(0);
      expect(await page.getByRole('img', { name: /^baseline: games ended by / }).count()).toBe(1);
      expect(await page.getByText('(changed)').count()).toBe(1);
      // The figures fade back in (a 0.2 s transition) once they are the form's again.
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(screenshotDir, 'what-if-desktop.png') });
      await page.setViewportSize(viewports.phone);
      await page.screenshot({ path: path.join(screenshotDir, 'what-if-phone.png'), fullPage: true });
      expect(harness.pageErrors).toEqual([]);
    });

    it('says in words what the server refused', async () => {
      const page = await harness.openPage(`${harness.server.url}/?whatif&games=100`);
      await page.getByLabel('Earliest year of China’s own EUV').fill('1e9');
      await page
        .getByRole('alert')
        .getByText(
          /Could not measure these settings: parameter research\.domesticEuvEarliestYear must lie between/,
        )
        .waitFor({ timeout: 60_000 });
      expect(harness.pageErrors).toEqual([]);
    });
  },
);
