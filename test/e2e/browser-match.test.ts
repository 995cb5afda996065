import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BrowserHarness } from './browser-harness.ts';
import { browserRequired, chromiumAvailable, chromiumPath, startBrowserHarness } from './browser-harness.ts';

/**
 * Two people in two browsers: one creates a match and sends the invite link, the other takes the seat,
 * both choose their headlines, and the board moves on to the action rounds.
 */

describe.skipIf(!chromiumAvailable && !browserRequired)(
  `a match in two browsers${chromiumAvailable ? '' : ` (skipped: ${chromiumPath} missing)`}`,
  () => {
    let harness: BrowserHarness;

    beforeAll(async () => {
      harness = await startBrowserHarness();
    }, 120_000);

    afterAll(async () => {
      await harness.close();
    });

    const openPage = (url: string): Promise<Page> => harness.openPage(url);

    it('creates a match, joins by invite link, and plays both headlines', async () => {
      const us = await openPage(harness.server.url);
      await us.getByRole('button', { name: 'Create match' }).click();
      await us.getByText('headlines: choose your headline card').waitFor();
      const invite = await us.getByLabel('Link for China').inputValue();
      expect(invite).toContain('seat=1');

      const china = await openPage(invite);
      await china.getByRole('button', { name: /Take the .* seat/ }).click();
      await china.getByText('headlines: choose your headline card').waitFor();

      await us.getByRole('button', { name: 'Headline' }).first().click();
      await us.getByText('waiting for China').waitFor();
      await china.getByRole('button', { name: 'Headline' }).first().click();

      // Both headlines revealed: China opens the action rounds (RULEBOOK §2).
      await china.getByText(/action rounds? left/).waitFor();
      expect(
        await china
          .getByRole('button', { name: /^Ops \d$/ })
          .first()
          .isEnabled(),
      ).toBe(true);
      const log = await us.locator('body').innerText();
      expect(log).toContain('Headlines: US');
      expect(harness.pageErrors).toEqual([]);
    });

    it('plays against a bot chosen in the lobby', async () => {
      const us = await openPage(harness.server.url);
      await us.getByLabel('Opponent').selectOption('greedy');
      await us.getByLabel('Clock').selectOption('30+10');
      await us.getByRole('button', { name: 'Create match' }).click();
      await us.getByText('headlines: choose your headline card').waitFor();
      // The clock chosen in the lobby shows on the board, both banks full before anyone moves.
      await us
        .getByLabel('Clock')
        .getByText(/^US (30:00|29:\d\d)$/)
        .waitFor();
      await us.getByRole('button', { name: 'Headline' }).first().click();
      // The bot chose China's headline on the server; China's bot then opens the action rounds and
      // hands the turn back, when the US's own card buttons come alive.
      await us.getByText(/action rounds? left/).waitFor();
      await expect
        .poll(
          () =>
            us
              .getByRole('button', { name: /^Ops \d$/ })
              .first()
              .isEnabled(),
          { timeout: 30_000 },
        )
        .toBe(true);
      expect(harness.pageErrors).toEqual([]);
    });

    it('puts a reloaded page back in its seat', async () => {
      const us = await openPage(harness.server.url);
      await us.getByRole('button', { name: 'Create match' }).click();
      await us.getByText('playing as US').waitFor();
      await us.reload();
      await us.getByText('playing as US').waitFor();
      await us.getByText('headlines: choose your headline card').waitFor();
      expect(harness.pageErrors).toEqual([]);
    });
  },
);
