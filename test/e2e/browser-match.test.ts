import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser } from './browser-suite.ts';

/**
 * Two people in two browsers: one creates a match and sends the invite link, the other takes the seat,
 * both choose their headlines, and the board moves on to the action rounds; then a whole round played
 * between them to its round-end report.
 */

describeInBrowser(`a match in two browsers`, {}, (harness) => {
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

  it('plays a whole round between two browsers joined by the invite link, both reading its report', async () => {
    const us = await openPage(harness.server.url);
    await us.getByRole('button', { name: 'Create match' }).click();
    const invite = await us.getByLabel('Link for China').inputValue();
    const china = await openPage(invite);
    await china.getByRole('button', { name: /Take the .* seat/ }).click();
    await china.getByText('headlines: choose your headline card').waitFor();
    // Each side in turn: its headline, then a card for operations and the end of its turn, until the
    // round ends and round 2 opens (RULEBOOK §2).
    const quick = { timeout: 1000 };
    const deadline = Date.now() + 120_000;
    const roundTwo = (page: Page): Promise<boolean> => page.getByText(/^Round 2, /).isVisible();
    while (Date.now() < deadline && !((await roundTwo(us)) && (await roundTwo(china)))) {
      for (const page of [us, china]) {
        const headline = page.getByRole('button', { name: 'Headline' }).first();
        const endTurn = page.getByRole('button', { name: 'End turn' });
        const ops = page.getByRole('button', { name: /^Ops \d$/, disabled: false }).first();
        try {
          if (await roundTwo(page)) continue;
          if ((await headline.isVisible()) && (await headline.isEnabled())) await headline.click(quick);
          else if (await endTurn.isVisible()) await endTurn.click(quick);
          else if (await ops.isVisible()) await ops.click(quick);
        } catch {
          // The rival's move redrew the board under the click: look again.
        }
      }
    }
    const reports = await Promise.all(
      [us, china].map((page) => page.locator('.log-report').first().innerText({ timeout: 5000 })),
    );
    expect(reports[0]).toMatch(/^R1 Round 1 \(\d+\) scored:/);
    expect(reports[1]).toBe(reports[0]);
    expect(harness.pageErrors).toEqual([]);
  }, 180_000);

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
});
