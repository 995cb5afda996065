import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { tutorialSteps } from '../../src/tutorial/tutorial-steps.ts';
import { auditPage, describeViolation, isBlocking } from './axe-audit.ts';
import type { ViewportName } from './browser-harness.ts';
import { describeInBrowser } from './browser-suite.ts';
import { shootEveryViewport, viewports } from './browser-harness.ts';

/**
 * The guided first round (issue 12): "Learn to play" from the lobby opens a match against a bot with the
 * coach; a player who clicks what the coach points at gets through round 1 to the round-end report. At
 * every step the outlined target is on screen, inside the window and not under the coach (phone and
 * projector). Screenshots of the tutorial go to out/screenshots/tutorial-*.
 */

const stepById = new Map(tutorialSteps.map((step) => [step.id, step]));

/** Where the outlined target is, and whether its top is in the window and not under anything. */
async function targetOnScreen(page: Page): Promise<string> {
  return page.evaluate(() => {
    const target = document.querySelector('[data-coach-target]');
    if (!target) return 'no target outlined';
    const box = target.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return 'target not shown';
    if (box.left < 0 || box.right > window.innerWidth + 1)
      return `target sticks out sideways (${box.left}–${box.right})`;
    // The coach and the phone's tab bar cover the window's bottom: what is left is the room to show it.
    const covers = [...document.querySelectorAll('.coach, .phone-tabs')]
      .map((element) => element.getBoundingClientRect())
      .filter((cover) => cover.height > 0 && cover.left <= box.left + 1 && cover.right >= box.right - 1);
    const roomBottom = Math.min(window.innerHeight, ...covers.map((cover) => cover.top));
    const fits = box.height <= roomBottom;
    if (box.top < -1 || (fits && box.bottom > roomBottom + 1) || (!fits && box.top > roomBottom - 40))
      return `target at ${Math.round(box.top)}–${Math.round(box.bottom)}, window's room 0–${Math.round(roomBottom)}`;
    // The target's own pixels at the top of its visible part: nothing (coach, sticky header) lies over it.
    const x = box.left + Math.min(box.width / 2, 40);
    const y = Math.max(box.top, 0) + Math.min(box.height / 2, 16);
    const hit = document.elementFromPoint(x, y);
    if (!hit || !target.contains(hit))
      return `covered at (${Math.round(x)}, ${Math.round(y)}) by ${hit?.className ?? 'nothing'}`;
    return 'on screen';
  });
}

describeInBrowser(`the tutorial`, { botThinkMs: 0 }, (harness) => {
  async function learnToPlay(viewport: ViewportName, side: 'US' | 'China'): Promise<Page> {
    const page = await harness.openPage(harness.server.url, { viewport: viewports[viewport] });
    await page
      .getByRole('region', { name: /Learn to play/ })
      .getByRole('button', { name: `Learn to play as ${side === 'US' ? 'the US' : 'China'}` })
      .click();
    await page.locator('.coach').waitFor();
    return page;
  }

  const coachStep = (page: Page): Promise<string | null> =>
    page.locator('.coach').getAttribute('data-step', { timeout: 1000 });

  /** One move of the player's own when the coach's step waits on play it does not point at. */
  async function playOn(page: Page): Promise<void> {
    const quick = { timeout: 1000 };
    const endTurn = page.locator('.ops-head .end-turn button');
    const ops = page.locator('.hand .option[data-option="ops"]:not(.unavailable) button').first();
    if (await endTurn.isVisible()) await endTurn.click(quick);
    else if (await ops.isVisible()) await ops.click(quick);
    else await page.waitForTimeout(100);
  }

  /**
   * Follows the coach from its first step to the round-end report, as a newcomer would: Next on a step
   * that explains, a click on what it outlines when that is a button, else the player's own turns.
   * Each step's target is checked on screen when the step opens. Answers the steps seen.
   */
  async function followRoundOne(page: Page, shots: Partial<Record<string, string>>): Promise<string[]> {
    const seen: string[] = [];
    const deadline = Date.now() + 180_000;
    while (Date.now() < deadline) {
      const stepId = await coachStep(page).catch(() => null);
      const step = stepId === null ? undefined : stepById.get(stepId);
      if (!step) {
        await page.waitForTimeout(100);
        continue;
      }
      if (seen.at(-1) !== step.id) {
        seen.push(step.id);
        await expect.poll(() => targetOnScreen(page), { timeout: 5000, message: step.id }).toBe('on screen');
        const shot = shots[step.id];
        if (shot !== undefined) {
          const size = page.viewportSize();
          await shootEveryViewport(page, shot);
          if (size) await page.setViewportSize(size);
        }
      }
      if (step.id === 'round-report') return seen;
      const coach = page.locator('.coach');
      const target = page.locator('[data-coach-target]');
      try {
        if (step.advanceWhen === 'next')
          await coach.getByRole('button', { name: 'Next' }).click({ timeout: 1000 });
        else if (
          (await target.evaluate((element) => element.tagName)) === 'BUTTON' &&
          (await target.isEnabled())
        ) {
          await target.click({ timeout: 1000 });
          // Until the server answers, the coach still shows this step and outlines the next step's
          // button once it does: a second click in that moment would take the next step unseen.
          await expect
            .poll(() => coachStep(page).catch(() => null), { timeout: 3000 })
            .not.toBe(step.id)
            .catch(() => undefined);
        }
        // Only "play on" leaves the player's turns to the player; any other step waits for its target.
        else if (step.id === 'finish-round') await playOn(page);
        else await page.waitForTimeout(100);
      } catch {
        // The bot moved and the board redrew under the click: look again.
      }
    }
    throw new Error(`round 1 not finished; steps seen: ${seen.join(', ')}`);
  }

  it.each<[ViewportName, 'US' | 'China']>([
    ['phone', 'China'],
    ['projector', 'US'],
  ])(
    'on a %s, takes %s from "Learn to play" through round 1 with every target in view',
    async (viewport, side) => {
      const page = await learnToPlay(viewport, side);
      const shots =
        viewport === 'phone'
          ? { lead: 'tutorial-lead', unavailable: 'tutorial-ops', 'round-report': 'tutorial-report' }
          : {};
      const seen = await followRoundOne(page, shots);
      // Every explaining step and every action asked for up to the report (End turn only when points
      // were left after the action).
      const expected = tutorialSteps
        .slice(0, tutorialSteps.findIndex((step) => step.id === 'round-report') + 1)
        .map((step) => step.id);
      expect(seen).toEqual(seen.includes('end-turn') ? expected : expected.filter((id) => id !== 'end-turn'));
      expect(await page.locator('[data-coach-target]').innerText()).toMatch(/^R1 Round 1 \(\d+\) scored:/);
      const audit = await auditPage(page, `tutorial, ${viewport}`);
      expect(audit.violations.filter(isBlocking).map(describeViolation)).toEqual([]);
      // The last step: what next, with the rulebook's quick start; Done puts the coach away.
      const coach = page.locator('.coach');
      await coach.getByRole('button', { name: 'Next' }).click();
      await coach.getByRole('link', { name: 'Quick start' }).waitFor();
      expect(await coach.getByText(/rounds, unless a side wins sooner/).count()).toBe(1);
      await coach.getByRole('button', { name: 'Done' }).click();
      expect(await page.locator('.coach').count()).toBe(0);
      expect(harness.pageErrors).toEqual([]);
    },
    240_000,
  );

  it('resumes at its step after a reload, is reachable by keyboard, stays still for reduced motion, and skips', async () => {
    const page = await learnToPlay('desktop', 'China');
    const coach = page.locator('.coach');
    await coach.getByRole('button', { name: 'Next' }).click();
    expect(await coachStep(page)).toBe('lead');
    await page.reload();
    await coach.waitFor();
    expect(await coachStep(page)).toBe('lead');
    expect(await coach.locator('[aria-live="polite"]').innerText()).toMatch(/compute lead/i);
    // From the top of the page, Tab reaches the coach's buttons before the board's.
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    let focusedInCoach = false;
    for (let press = 0; press < 8 && !focusedInCoach; press++) {
      await page.keyboard.press('Tab');
      focusedInCoach = await page.evaluate(() => document.activeElement?.closest('.coach') !== null);
    }
    expect(focusedInCoach).toBe(true);
    // With reduced motion asked for, the outline stands still.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(
      await page
        .locator('[data-coach-target]')
        .evaluate((element) => getComputedStyle(element).animationName),
    ).toBe('none');
    await coach.getByRole('button', { name: 'Skip tutorial' }).click();
    expect(await page.locator('.coach').count()).toBe(0);
    expect(await page.locator('[data-coach-target]').count()).toBe(0);
    await page.reload();
    await page.locator('svg.supply-chain').first().waitFor();
    expect(await page.locator('.coach').count()).toBe(0);
    expect(harness.pageErrors).toEqual([]);
  });
});
