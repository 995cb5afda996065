import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { pausedReason } from '../../src/board/table-pause.ts';
import { indicatorDefinitions } from '../../src/charts/indicators.ts';
import { describeInBrowser, screens, screenshotsNamed, slow } from './browser-suite.ts';

/**
 * A whole class in real browsers, on the server's own table controls (no double): a facilitator on a
 * projector makes a 2-table class, four students (two on phones) join with the code read off the page,
 * the facilitator seats one US and one China student at each table, every table plays its headlines and
 * an action through the board's buttons, an event is brought into table 1 (its students' log shows it),
 * all tables pause (a student sees the banner and every move button held with its reason) and resume, and
 * the debrief opened
 * from the dashboard charts both tables. Screenshots go to out/screenshots/classroom-*.png.
 */

const injectedCard = 'The December Package';

interface Student {
  name: string;
  table: number;
  side: 'US' | 'China';
  onPhone: boolean;
  page?: Page;
}

describeInBrowser('a class from start to debrief', { botThinkMs: 0 }, (harness) => {
  /** The whole page, or only what the screen shows (a phone's, with its fixed tab bar). */
  const shoot = screenshotsNamed('classroom');

  const pageOf = (student: Student): Page => {
    if (!student.page) throw new Error(`${student.name} has no page`);
    return student.page;
  };

  /** A phone's board shows one section at a time; a larger screen shows them all. */
  async function showSection(student: Student, section: 'Hand' | 'Log'): Promise<void> {
    if (!student.onPhone) return;
    const tabs = pageOf(student).getByRole('navigation', { name: 'Board sections' });
    await tabs.getByRole('button', { name: section === 'Hand' ? /^Hand/ : section }).click();
  }

  /** The first card's button `name` on the student's board, once it can be pressed. */
  async function enabledButton(student: Student, name: RegExp | string): Promise<Locator> {
    await showSection(student, 'Hand');
    const button = pageOf(student).getByRole('button', { name }).first();
    await button.waitFor(slow);
    await expect.poll(() => button.isEnabled(), slow).toBe(true);
    return button;
  }

  /** One action round: a card played for its operations, then the turn ended. */
  async function playOps(student: Student): Promise<void> {
    await (await enabledButton(student, /^Ops \d$/)).click();
    await pageOf(student).getByRole('button', { name: 'End turn' }).click(slow);
  }

  /**
   * Whoever's move it is plays a card for operations and ends the turn, until the dashboard shows the
   * table in round 2. Bounded by time, not clicks: a loaded machine answers slowly.
   */
  async function finishRound(teacher: Page, pair: Student[], table: number): Promise<void> {
    const status = teacher.locator('.table-card', { hasText: `Table ${table}` }).locator('.table-status');
    for (const student of pair) await showSection(student, 'Hand');
    const quick = { timeout: 1000 };
    const deadline = Date.now() + 240_000;
    while (Date.now() < deadline && !/^Round 2 /.test(await status.innerText())) {
      for (const student of pair) {
        const page = pageOf(student);
        const endTurn = page.getByRole('button', { name: 'End turn' });
        const ops = page.getByRole('button', { name: /^Ops \d$/, disabled: false }).first();
        try {
          if (await endTurn.isVisible()) await endTurn.click(quick);
          else if (await ops.isVisible()) await ops.click(quick);
        } catch {
          // The board changed under the click (the rival moved): look again.
        }
      }
      await teacher.waitForTimeout(200);
    }
    await status.getByText(/^Round 2 /).waitFor(quick);
  }

  it('creates a class, seats four students, plays, injects, pauses and debriefs', async () => {
    // The facilitator's form on the projector: the baseline scenario, two tables, no bots.
    const teacher = await harness.openPage(`${harness.server.url}/?class`, screens.projector);
    const title = 'Period 5 — compute race';
    await teacher.getByLabel('Title').fill(title);
    await teacher.getByLabel('Tables (1–20)').fill('2');
    // No bots: every side waits for a student.
    const botChoices = teacher
      .locator('fieldset', { hasText: 'Bots for sides without students' })
      .locator('select');
    expect(
      await botChoices.evaluateAll((selects) => selects.map((select) => (select as HTMLSelectElement).value)),
    ).toEqual(['', '']);
    await shoot(teacher, 'create-projector');
    await teacher.getByRole('button', { name: 'Create class' }).click();
    const code = (await teacher.locator('.join-code').innerText(slow)).replace(/\s/g, '');
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);

    // This browser kept the key: the dashboard opens from the plain link.
    await teacher.getByRole('link', { name: 'Open the dashboard' }).click();
    await teacher.getByText('Nobody has joined yet').waitFor(slow);
    expect(teacher.url()).not.toContain('key=');

    const students: Student[] = [
      { name: 'Ada', table: 1, side: 'US', onPhone: true },
      { name: 'Ben', table: 1, side: 'China', onPhone: false },
      { name: 'Cy', table: 2, side: 'US', onPhone: false },
      { name: 'Di', table: 2, side: 'China', onPhone: true },
    ];
    for (const student of students) {
      const page = await harness.openPage(
        `${harness.server.url}/?join=${code}`,
        student.onPhone ? screens.phone : screens.desktop,
      );
      expect(await page.getByLabel('Code').inputValue()).toBe(code);
      await page.getByLabel('Your name').fill(student.name);
      if (student.name === 'Ada') await shoot(page, 'join-phone', true);
      await page.getByRole('button', { name: 'Join' }).click();
      await page.getByText(`Hello ${student.name}. Your teacher will seat you.`).waitFor(slow);
      student.page = page;
    }
    const [ada, ben, cy, di] = students;
    if (!ada || !ben || !cy || !di) throw new Error('students missing');

    // Seated one by one with the per-student selects: a US and a China student at each table.
    await teacher.getByText('4 joined, 4 not seated').waitFor(slow);
    for (const student of students) {
      const seat = `${student.table}:${student.side === 'US' ? 'us' : 'china'}`;
      const select = teacher
        .locator('.student-seat')
        .filter({ has: teacher.getByText(student.name, { exact: true }) })
        .locator('select');
      await select.selectOption(seat, slow);
      await expect.poll(() => select.inputValue(), slow).toBe(seat);
    }
    await teacher.getByText('4 joined, 0 not seated').waitFor(slow);
    await teacher.getByRole('button', { name: 'Start play' }).click();
    await teacher.getByText('Play has started.').waitFor(slow);

    for (const student of students) {
      const page = pageOf(student);
      await page
        .getByText(`Table ${student.table} · you play ${student.side === 'US' ? 'the US' : 'China'}`)
        .waitFor(slow);
      await page.getByText('headlines: choose your headline card').waitFor(slow);
    }
    await shoot(pageOf(ada), 'student-board-phone', true);

    // Every table: both headlines, then China opens the action rounds (RULEBOOK §2) with one action.
    for (const student of students) await (await enabledButton(student, 'Headline')).click();
    for (const student of [ben, di]) {
      await pageOf(student)
        .getByText(/action rounds? left/)
        .waitFor(slow);
      await playOps(student);
    }
    // Then it is the US's move at both tables, and the dashboard says so.
    await teacher.locator('.table-status', { hasText: 'US to move' }).nth(1).waitFor(slow);

    // An event brought into table 1 only: its students' logs show the line, table 2's does not.
    const injectForm = teacher.locator('section.inject');
    await injectForm.getByRole('combobox', { name: /^Card/ }).selectOption({ label: injectedCard });
    await injectForm.getByRole('combobox', { name: /^Tables/ }).selectOption({ label: 'Table 1' });
    await teacher.getByRole('button', { name: 'Bring in the event' }).click();
    await teacher.getByText('Event brought in.').waitFor(slow);
    const injectedLine = `Brought in by the facilitator: ${injectedCard}.`;
    await pageOf(ben).getByText(injectedLine).waitFor(slow);
    await showSection(ada, 'Log');
    await pageOf(ada).getByText(injectedLine).waitFor(slow);
    expect(await pageOf(cy).getByText(injectedLine).count()).toBe(0);

    // All tables paused: the students see the banner, and their move buttons are held with the reason.
    await teacher.getByRole('button', { name: 'Pause all tables' }).click();
    await teacher.getByText('Paused.').waitFor(slow);
    await teacher.getByRole('button', { name: 'Resume all tables' }).waitFor(slow);
    expect(await teacher.locator('.table-card .tag', { hasText: 'Paused' }).count()).toBe(2);
    await shoot(teacher, 'dashboard-projector');
    for (const student of students) await pageOf(student).getByText('Paused by your teacher.').waitFor(slow);
    await showSection(ada, 'Hand');
    const adaOps = pageOf(ada).getByRole('button', { name: /^Ops \d$/ });
    expect(await adaOps.count()).toBeGreaterThan(0);
    for (const button of await adaOps.all()) expect(await button.isDisabled()).toBe(true);
    expect(await pageOf(ada).getByText(pausedReason).first().isVisible()).toBe(true);
    await shoot(pageOf(ada), 'paused-phone', true);

    // Resumed: the banner goes and the US plays its action at both tables.
    await teacher.getByRole('button', { name: 'Resume all tables' }).click();
    await teacher.getByText('Resumed.').waitFor(slow);
    for (const student of students)
      await pageOf(student)
        .getByText('Paused by your teacher.')
        .waitFor({ ...slow, state: 'hidden' });
    for (const student of [ada, cy]) await playOps(student);
    await teacher.locator('.table-status', { hasText: 'China to move' }).nth(1).waitFor(slow);

    // Both tables play on to the end of round 1, so the debrief has a round to chart at each.
    await finishRound(teacher, [ada, ben], 1);
    await finishRound(teacher, [cy, di], 2);

    // The debrief from the dashboard's link: the class's export fetched with the kept key, both tables charted.
    await teacher.getByRole('link', { name: 'Debrief' }).click();
    await teacher.getByRole('heading', { name: `Debrief: ${title}` }).waitFor(slow);
    const comparison = teacher.locator('.debrief-comparison:visible');
    await comparison.getByRole('heading', { name: 'The class side by side' }).waitFor(slow);
    expect(await comparison.locator('svg[data-indicator]').count()).toBe(indicatorDefinitions.length * 2);
    for (const table of [1, 2])
      await teacher
        .getByRole('img', { name: new RegExp(`^Table ${table}: Compute lead`) })
        .first()
        .waitFor(slow);
    expect(await teacher.getByText(/not ended a round yet/).count()).toBe(0);
    for (const label of await comparison
      .locator('svg[data-indicator]')
      .evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('aria-label') ?? '')))
      expect(label).not.toContain('no rounds yet');
    await shoot(teacher, 'debrief-projector');
    await teacher.getByRole('button', { name: 'Table 1', exact: true }).click();
    const tableOne = teacher.locator('section.debrief-table[data-table="1"]');
    expect(await tableOne.locator('.timeline-inject').innerText()).toContain(injectedCard);
    expect(harness.pageErrors).toEqual([]);
  }, 600_000);
});
