import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { pausedReason } from '../../src/board/table-pause.ts';
import { call, createSession } from '../server/classroom/helpers.ts';
import { finishMatch } from '../server/classroom/table-helpers.ts';
import { screenshotDir } from './browser-harness.ts';
import { describeInBrowser, screens, screenshotsNamed, slow } from './browser-suite.ts';

/**
 * A class table as a student on a phone sees it (the server's real table controls, a bot on China).
 * Paused and resumed through the facilitator API, the news pushed through the board's socket (its setup
 * readings blocked): every move control held with its reason in words and the keys quiet while paused,
 * everything live again after; and a click that raced the pause (its push held back) refused, with the
 * refusal gone once the table runs. Finished: the summary offers
 * the rematch and no way out of the class, and the student's page seats the board in the table's next
 * game, which the facilitator's overview shows as game 2. Screenshots: the paused board on a phone and a
 * projector, out/screenshots/classroom-pause-*.png; the finished game's summary, classroom-rematch-phone.png.
 */

const refusedByPause = 'Move refused: your teacher paused this table.';

/** A page's Socket.IO frames of one event from the server, let through or held back (a late push). */
interface HeldFrames {
  hold: () => void;
  /** Sends the held frames on, in order, and lets the next ones through. */
  release: () => void;
  readonly held: number;
}

async function holdableFrames(page: Page, event: string): Promise<HeldFrames> {
  const held: string[] = [];
  let holding = false;
  let toPage: ((message: string) => void) | undefined;
  await page.routeWebSocket(/\/socket\.io\//, (socket) => {
    const server = socket.connectToServer();
    toPage = (message) => {
      socket.send(message);
    };
    server.onMessage((message) => {
      if (holding && typeof message === 'string' && message.includes(`["${event}"`)) held.push(message);
      else socket.send(message);
    });
  });
  return {
    hold: () => {
      holding = true;
    },
    release: () => {
      holding = false;
      for (const message of held.splice(0)) toPage?.(message);
    },
    get held() {
      return held.length;
    },
  };
}

interface Overview {
  students: { studentId: string }[];
  tables: { matchID: string; game: number }[];
}

describeInBrowser("a class table on a student's board", { botThinkMs: 0 }, (harness) => {
  /** The whole page, or only what the screen shows (a phone's, with its fixed tab bar). */
  const shoot = screenshotsNamed('classroom-pause');

  /**
   * A one-table class with Ada on the US on a phone, China the bot's, play started; `prepare` runs on
   * her page before it opens the class.
   */
  async function seatedOnPhone(title: string, prepare?: (page: Page) => Promise<void>) {
    const { server } = harness;
    const { sessionId, joinCode, facilitatorKey } = await createSession(server, {
      title,
      tables: 1,
      botFill: { china: 'greedy' },
    });
    const overview = async (): Promise<Overview> =>
      (await call<Overview>(server, 'GET', `/sessions/${sessionId}`, { token: facilitatorKey })).body;
    const facilitator = async (action: string, body: unknown): Promise<void> => {
      const answer = await call(server, 'POST', `/sessions/${sessionId}/${action}`, {
        token: facilitatorKey,
        body,
      });
      expect(answer.status, `${action}: ${JSON.stringify(answer.body)}`).toBe(200);
    };
    const page = await harness.openPage('about:blank', screens.phone);
    await prepare?.(page);
    await page.goto(`${server.url}/?join=${joinCode}`);
    await page.getByLabel('Your name').fill('Ada');
    await page.getByRole('button', { name: 'Join' }).click();
    await page.getByText('Your teacher will seat you').waitFor(slow);
    const { students, tables } = await overview();
    const studentId = students[0]?.studentId;
    const matchID = tables[0]?.matchID;
    if (studentId === undefined || matchID === undefined) throw new Error('no student or table');
    await facilitator('seats', { assignments: [{ studentId, table: 1, side: 'us' }] });
    await facilitator('start', {});
    return { page, matchID, facilitator, overview };
  }

  it('holds the controls while paused, frees them on resume, and drops the stale refusal', async () => {
    let setups: HeldFrames | undefined;
    const { page, matchID, facilitator } = await seatedOnPhone('Pause drill', async (opened) => {
      setups = await holdableFrames(opened, 'setup');
    });
    if (!setups) throw new Error('the socket is not routed');
    const pause = (paused: boolean) => facilitator('pause', { tables: 'all', paused });

    const playArea = page.locator('.area-play');
    const moveButtons = playArea.getByRole('button');
    const banner = page.getByText('Paused by your teacher.');
    const firstOps = page.getByRole('button', { name: /^Ops \d$/ }).first();
    const endTurn = page.getByRole('button', { name: 'End turn' });
    const enabledCount = () => playArea.getByRole('button', { disabled: false }).count();
    const yourCard = () =>
      page
        .locator('.status-turn')
        .getByText(/your move, play a card/)
        .waitFor(slow);

    // Headlines, then China (the bot) opens the action rounds: the US plays a card for its operations.
    await page.getByRole('button', { name: 'Headline' }).first().click(slow);
    // From here on no reading of the match's setup answers: a pause reaches the board through its socket.
    await page.route(`**/games/silicon-curtain/${matchID}`, (route) => route.abort());
    await yourCard();
    await firstOps.click(slow);
    await endTurn.waitFor(slow);

    // Paused: the socket says so, and the board holds every control and says why, in words.
    await pause(true);
    await banner.waitFor(slow);
    await expect.poll(enabledCount, slow).toBe(0);
    const held = await moveButtons.count();
    expect(held).toBeGreaterThan(1);
    expect(await endTurn.isDisabled()).toBe(true);
    // Said once per area (hand, operations), and every held button points to it.
    const reasons = await playArea.getByText(pausedReason).count();
    expect(reasons).toBeGreaterThan(0);
    expect(reasons).toBeLessThanOrEqual(2);
    expect(await playArea.getByText(pausedReason).first().isVisible()).toBe(true);
    for (const button of await moveButtons.all()) {
      const describedBy = await button.getAttribute('aria-describedby');
      expect(describedBy).not.toBeNull();
      expect(await page.locator(`[id="${describedBy ?? ''}"]`).textContent()).toBe(pausedReason);
    }
    await shoot(page, 'phone', true);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await shoot(page, 'projector');
    await page.setViewportSize(screens.phone.viewport);

    // The keys do nothing either: T would end the turn, 1 would reach a card.
    await page.keyboard.press('t');
    await page.keyboard.press('1');
    expect(await page.evaluate(() => document.activeElement?.closest('.area-play') ?? null)).toBeNull();

    // Resumed: the same turn (T sent nothing), live again; the banner is gone and T ends the turn.
    await pause(false);
    await banner.waitFor({ ...slow, state: 'hidden' });
    await expect.poll(() => endTurn.isEnabled(), slow).toBe(true);
    expect(await playArea.getByText(pausedReason).count()).toBe(0);
    expect(await page.getByText('Move refused').count()).toBe(0);
    await page.keyboard.press('t');
    await endTurn.waitFor({ ...slow, state: 'hidden' });

    // A click that races the pause: the socket's setup notices are held back, so the board has not heard
    // of the pause when the student plays; the server refuses, and the refusal alone holds the board.
    await yourCard();
    setups.hold();
    await pause(true);
    await expect.poll(() => setups?.held ?? 0, slow).toBeGreaterThan(0);
    await firstOps.click(slow);
    await page.getByText(refusedByPause).waitFor(slow);
    await banner.waitFor(slow);
    await expect.poll(enabledCount, slow).toBe(0);
    await shoot(page, 'refused-phone', true);

    // Resumed, and the notices let through in order (paused, then running): the refusal is stale and
    // goes, the board is live again.
    await pause(false);
    await expect.poll(() => setups?.held ?? 0, slow).toBe(2);
    setups.release();
    await page.getByText(refusedByPause).waitFor({ ...slow, state: 'hidden' });
    await banner.waitFor({ ...slow, state: 'hidden' });
    await expect.poll(() => firstOps.isEnabled(), slow).toBe(true);
    await firstOps.click();
    await endTurn.waitFor(slow);
    expect(harness.pageErrors).toEqual([]);
  }, 300_000);

  it('plays the table’s next game in the class page once a game is over; the dashboard follows it', async () => {
    const { page, matchID: firstGame, overview } = await seatedOnPhone('Rematch drill');
    await page.getByRole('button', { name: 'Headline' }).first().waitFor(slow);

    await finishMatch(harness.server, firstGame);
    const rematch = page.getByRole('button', { name: 'Rematch' });
    await rematch.waitFor(slow);
    // The student's place is the class: no "New game" out of it.
    expect(await page.getByRole('link', { name: 'New game' }).count()).toBe(0);
    await page.screenshot({ path: path.join(screenshotDir, 'classroom-rematch-phone.png') });

    await rematch.click();
    await page.getByRole('button', { name: 'Headline' }).first().waitFor(slow);
    expect(await rematch.count()).toBe(0);
    await page.getByText('Table 1 · you play the US').waitFor(slow);
    const table = (await overview()).tables[0];
    expect(table?.game).toBe(2);
    expect(table?.matchID).not.toBe(firstGame);
    expect(harness.pageErrors).toEqual([]);
  }, 300_000);
});
