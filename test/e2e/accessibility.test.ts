import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, expect, it } from 'vitest';
import { credentialsKey } from '../../src/lobby/credentials.ts';
import { standardClass } from '../src/classroom/class-export-fixture.ts';
import { playServerBots } from '../server/helpers/server-moves.ts';
import { seatedMatch } from '../server/helpers/test-server.ts';
import type { PageAudit } from './axe-audit.ts';
import { auditPage, describeAudits, describeViolation, isBlocking } from './axe-audit.ts';
import type { ViewportName } from './browser-harness.ts';
import { describeInBrowser } from './browser-suite.ts';
import { viewports } from './browser-harness.ts';

/**
 * Issue 12's accessibility target: axe-core (WCAG 2.1 A and AA) finds no serious or critical violation
 * on the lobby, a board in play (both seats, headline and action phases, every phone tab), the rulebook,
 * a spectator's view, the after-game summary, the replay viewer and the classroom's pages. The moderate
 * and minor counts of every page are printed at the end, not asserted.
 */

describeInBrowser(`accessibility`, { botThinkMs: 0 }, (harness) => {
  const audits: PageAudit[] = [];

  afterAll(() => {
    console.log(`axe-core, WCAG 2.1 A and AA, violations by page (elements):\n${describeAudits(audits)}`);
  });

  /** Audits the page as shown; a serious or critical violation fails the test, after the others ran. */
  async function check(page: Page, name: string): Promise<void> {
    const audit = await auditPage(page, name);
    audits.push(audit);
    expect.soft(audit.violations.filter(isBlocking).map(describeViolation), name).toEqual([]);
  }

  async function checkAt(page: Page, name: string, sizes: ViewportName[]): Promise<void> {
    for (const size of sizes) {
      await page.setViewportSize(viewports[size]);
      // Layouts switch on media queries; give React a frame to re-render.
      await page.waitForTimeout(150);
      await check(page, `${name}, ${size}`);
    }
  }

  /**
   * A board on a phone shows one section at a time: each tab is a screen of its own (a spectator's or
   * a finished game's board has no hand). Ends on the first tab, the hand where there is one.
   */
  async function checkPhoneTabs(page: Page, name: string): Promise<void> {
    await page.setViewportSize(viewports.phone);
    const tabs = page.getByRole('navigation', { name: 'Board sections' }).getByRole('button');
    await tabs.first().waitFor();
    const labels = await tabs.allInnerTexts();
    expect(labels.length).toBeGreaterThanOrEqual(3);
    for (const [index, label] of labels.entries()) {
      await tabs.nth(index).click();
      await check(page, `${name}, phone ${label.replace(' •', '')}`);
    }
    await tabs.first().click();
  }

  /** A match against the greedy bot, made in the lobby, as `side`. */
  async function matchAgainstBot(side: 'US' | 'China'): Promise<Page> {
    const page = await harness.openPage(harness.server.url, { viewport: viewports.desktop });
    await page.getByRole('radio', { name: side }).check();
    await page.getByLabel('Opponent').selectOption('greedy');
    await page.getByRole('button', { name: 'Create match' }).click();
    await page.locator('svg.supply-chain').first().waitFor();
    return page;
  }

  it('finds no serious or critical violation in the lobby', async () => {
    const page = await harness.openPage(harness.server.url);
    await page.getByRole('button', { name: 'Create match' }).waitFor();
    await checkAt(page, 'lobby', ['phone', 'desktop']);
    expect(harness.pageErrors).toEqual([]);
  });

  it.each(['US', 'China'] as const)(
    'finds none on the %s board in the headline and action phases, on a phone and a desktop',
    async (side) => {
      const page = await matchAgainstBot(side);
      await page.getByText('headlines: choose your headline card').waitFor();
      await checkAt(page, `board ${side} headline`, ['desktop']);
      await checkPhoneTabs(page, `board ${side} headline`);
      await page.getByRole('button', { name: 'Headline' }).first().click();
      const ops = page.getByRole('button', { name: /^Ops \d$/ }).first();
      await ops.waitFor({ timeout: 30_000 });
      await expect.poll(() => ops.isEnabled(), { timeout: 30_000 }).toBe(true);
      await checkAt(page, `board ${side} action`, ['desktop']);
      await checkPhoneTabs(page, `board ${side} action`);
      // After an operation the menu of options is open, some with reasons they are unavailable.
      await ops.click();
      await page.getByRole('button', { name: 'End turn' }).waitFor();
      await checkAt(page, `board ${side} ops menu`, ['phone', 'desktop']);
      // The rulebook over the board, opened from a glossary word.
      await page.getByText('What the words mean').click();
      await page.getByRole('link', { name: 'rulebook §4' }).first().click();
      await page.getByRole('dialog', { name: 'Rulebook' }).waitFor();
      await checkAt(page, `rulebook over the ${side} board`, ['phone', 'desktop']);
      expect(harness.pageErrors).toEqual([]);
    },
    120_000,
  );

  it('finds none in a spectator view of a match in play', async () => {
    const page = await matchAgainstBot('China');
    const matchID = new URL(page.url()).searchParams.get('match');
    const spectator = await harness.openPage(`${harness.server.url}/?match=${String(matchID)}&watch=1`);
    await spectator.locator('svg.supply-chain').first().waitFor();
    await checkAt(spectator, 'spectator', ['projector', 'desktop']);
    await checkPhoneTabs(spectator, 'spectator');
    // Projector mode's high contrast, and its phone tabs (the Charts tab opens the indicators).
    await spectator.getByRole('button', { name: 'Projector mode' }).click();
    await checkAt(spectator, 'spectator in projector mode', ['projector', 'desktop']);
    await checkPhoneTabs(spectator, 'spectator in projector mode');
    expect(harness.pageErrors).toEqual([]);
  });

  it("finds none on a board waiting for a person to join, nor on that person's join page", async () => {
    const page = await harness.openPage(harness.server.url, { viewport: viewports.desktop });
    await page.getByRole('button', { name: 'Create match' }).click();
    const invite = page.getByLabel('Link for China');
    await invite.waitFor();
    await checkAt(page, 'board with the invite', ['phone', 'desktop']);
    const joinPage = await harness.openPage(await invite.inputValue());
    await joinPage.getByRole('button', { name: 'Take the China seat' }).waitFor();
    await checkAt(joinPage, 'seat join page', ['phone', 'desktop']);
    expect(harness.pageErrors).toEqual([]);
  });

  it('finds none after the game, in the replay viewer and in the lobby listing the finished match', async () => {
    const { server } = harness;
    const match = await seatedMatch(server);
    await playServerBots(server, match, { us: 'greedy', china: 'greedy' }, 'axe');
    // The US seat's page, as the browser that played it would open it: its credentials stored.
    const page = await harness.openPage(server.url, { viewport: viewports.desktop });
    await page.evaluate(
      ([key, value]) => {
        localStorage.setItem(key, value);
      },
      [
        credentialsKey(match.matchID, '0'),
        JSON.stringify({ seat: '0', credentials: match.credentials['0'], playerName: 'Washington' }),
      ] as const,
    );
    await page.goto(`${server.url}/?match=${match.matchID}&seat=0`);
    await page.locator('.summary').waitFor({ timeout: 30_000 });
    await checkAt(page, 'after-game summary', ['phone', 'desktop']);
    await checkPhoneTabs(page, 'after-game summary');
    // The summary's indicators, opened: charts, legend and figures.
    await page.setViewportSize(viewports.desktop);
    await page.locator('.summary-indicators > details > summary').click();
    await page.locator('.summary-indicators svg[data-indicator]').first().waitFor();
    await checkAt(page, 'after-game summary with its indicators', ['phone', 'desktop']);

    await page.goto(`${server.url}/?replay=${match.matchID}`);
    await page.locator('.replay[data-last]').waitFor({ timeout: 30_000 });
    await checkAt(page, 'replay at the start', ['phone', 'desktop']);
    await page.keyboard.press('End');
    await page.locator('.replay-ending').waitFor();
    await checkAt(page, 'replay at the end', ['phone', 'desktop']);
    await checkPhoneTabs(page, 'replay at the end');

    await page.goto(`${server.url}/?replay`);
    await page.getByLabel('Game (JSON)').waitFor();
    await checkAt(page, 'replay lab form', ['phone', 'desktop']);

    await page.goto(server.url);
    await page.locator('.my-matches').getByText('finished').waitFor();
    await checkAt(page, 'lobby with my matches', ['phone', 'desktop']);
    expect(harness.pageErrors).toEqual([]);
  }, 180_000);

  it("finds none on the classroom's pages: the new class, joining, the dashboard and a student's board", async () => {
    const teacher = await harness.openPage(`${harness.server.url}/?class`);
    await teacher.getByLabel('Title').waitFor();
    await checkAt(teacher, 'new class form', ['phone', 'desktop']);
    await teacher.getByLabel('Title').fill('Period 3');
    await teacher.getByLabel('Tables (1–20)').fill('1');
    await teacher.getByRole('button', { name: 'Create class' }).click();
    const code = (await teacher.locator('.join-code').innerText()).replace(/\s/g, '');
    await checkAt(teacher, 'new class created', ['phone', 'desktop']);
    const link = await teacher.locator('.copy-field').inputValue();

    const joinForm = await harness.openPage(`${harness.server.url}/?join`);
    await joinForm.getByLabel('Your name').waitFor();
    await checkAt(joinForm, 'join form', ['phone', 'desktop']);
    const students: Page[] = [];
    for (const name of ['Ada', 'Ben']) {
      const student = await harness.openPage(`${harness.server.url}/?join=${code}`, {
        viewport: viewports.phone,
      });
      await student.getByLabel('Your name').fill(name);
      await student.getByRole('button', { name: 'Join' }).click();
      await student.getByText('Your teacher will seat you').waitFor();
      students.push(student);
    }
    const [ada] = students;
    if (!ada) throw new Error('no student');
    await checkAt(ada, 'student waiting', ['phone', 'desktop']);

    const dashboard = await harness.openPage(link);
    await dashboard.getByText('2 joined, 2 not seated').waitFor();
    await checkAt(dashboard, 'dashboard before seating', ['phone', 'projector']);
    await dashboard.getByRole('button', { name: 'Draw seats for the 2 not seated' }).click();
    await dashboard.getByText('2 joined, 0 not seated').waitFor();
    await dashboard.getByRole('button', { name: 'Start play' }).click();
    await dashboard.getByText('Play has started.').waitFor();
    await checkAt(dashboard, 'dashboard in play', ['phone', 'projector']);

    await ada.getByText('headlines: choose your headline card').waitFor({ timeout: 15_000 });
    await checkPhoneTabs(ada, "student's board");
    await checkAt(ada, "student's board", ['desktop']);
    expect(harness.pageErrors).toEqual([]);
  }, 120_000);

  it('finds none on the debrief (its form and an opened export) and the guide', async () => {
    const exportDir = mkdtempSync(path.join(tmpdir(), 'sc-e2e-axe-'));
    const exportFile = path.join(exportDir, 'export.json');
    const classExport = standardClass().export;
    writeFileSync(exportFile, JSON.stringify(classExport));
    try {
      const page = await harness.openPage(`${harness.server.url}/?debrief`);
      const picker = page.getByLabel(/Open a saved class export/);
      await picker.waitFor();
      await checkAt(page, 'debrief form', ['phone', 'desktop']);
      await picker.setInputFiles(exportFile);
      await page.getByRole('heading', { name: `Debrief: ${classExport.session.title}` }).waitFor();
      await checkAt(page, 'debrief comparison', ['phone', 'projector']);
      await page.getByRole('button', { name: 'Table 1', exact: true }).click();
      await page.locator('section.debrief-table[data-table="1"]').waitFor();
      await checkAt(page, 'debrief table', ['phone', 'projector']);

      await page.goto(`${harness.server.url}/?guide`);
      await page.getByRole('heading', { name: 'A 90-minute lesson' }).waitFor();
      await checkAt(page, 'guide', ['phone', 'desktop']);
    } finally {
      rmSync(exportDir, { recursive: true, force: true });
    }
    expect(harness.pageErrors).toEqual([]);
  }, 120_000);
});
