import { expect, it } from 'vitest';
import { createMatch, joinSeat } from '../server/helpers/test-server.ts';
import { describeInBrowser } from './browser-suite.ts';

/** The lobby page lists matches in the server's order: joinable first, then the freshest (issue 15). */

describeInBrowser(`the lobby's list of matches`, {}, (harness) => {
  it('shows a joinable match above a fresher match in play', async () => {
    const open = await createMatch(harness.server);
    await joinSeat(harness.server, open, '0');
    await new Promise((resolve) => setTimeout(resolve, 5));
    const playing = await createMatch(harness.server);
    await joinSeat(harness.server, playing, '0');
    await joinSeat(harness.server, playing, '1');
    const page = await harness.openPage(harness.server.url);
    const rows = page.locator('table.matches tr');
    await expect.poll(() => rows.count(), { timeout: 30_000 }).toBe(2);
    expect(await rows.nth(0).getByRole('link', { name: 'Join as China' }).getAttribute('href')).toBe(
      `?match=${open}&seat=1`,
    );
    expect(await rows.nth(1).getByRole('link', { name: 'Watch' }).getAttribute('href')).toBe(
      `?match=${playing}&watch=1`,
    );
    expect(await rows.nth(1).getByRole('link', { name: /^Join/ }).count()).toBe(0);
    expect(harness.pageErrors).toEqual([]);
  });
});
