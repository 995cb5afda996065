import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { call, createSession, joinClass, me, RecordingControls } from '../server/classroom/helpers.ts';
import { finishMatch } from '../server/classroom/table-helpers.ts';
import { facilitatorLink } from '../../src/classroom/secrets.ts';
import { screenshotDir } from './browser-harness.ts';
import { describeInBrowser, joinClassPage, screens, screenshotsNamed } from './browser-suite.ts';

/**
 * The classroom in browsers: a facilitator on a projector makes a 2-table class, four students on phones
 * join with the code, the facilitator draws seats and starts, a student proposes to the team, and the
 * dashboard's pause and inject reach a double of the table controls (a student's board reads a pause from
 * the match itself, which the double leaves alone: classroom.test.ts and classroom-table.test.ts see it on
 * the server's real controls). Then, on the real controls, a table card lists the events of its game: one
 * carried into a rematch from the game before, one still waiting. Screenshots of each page on a phone and
 * a projector go to out/screenshots/classroom-pages-*.png (classroom.test.ts shoots the whole flow as
 * classroom-*.png).
 */

/** The table controls of the first suite: a double that records what the dashboard asked of it. */
const controls = new RecordingControls();

describeInBrowser('classroom pages', { tableControls: controls, botThinkMs: 0 }, (harness) => {
  /** The whole page, or only what the screen shows (a phone's, with its fixed tab bar). */
  const shoot = screenshotsNamed('classroom-pages');

  it('runs a class from the form to seated students, a team proposal and a pause', async () => {
    const teacher = await harness.openPage(`${harness.server.url}/?class`, screens.projector);
    await teacher.getByLabel('Title').fill('Period 3 — compute race');
    await teacher.getByLabel('Tables (1–20)').fill('2');
    await teacher.getByText('What-if parameters').click();
    await teacher.getByLabel("Earliest year China's own EUV line can produce").fill('2030');
    await teacher.getByLabel('Turn time').selectOption('120');
    await shoot(teacher, 'create-projector');
    await teacher.getByRole('button', { name: 'Create class' }).click();
    const codeText = await teacher.locator('.join-code').innerText();
    const code = codeText.replace(/\s/g, '');
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{6}$/);
    await shoot(teacher, 'created-projector');
    const link = await teacher.locator('.copy-field').inputValue();
    expect(link).toMatch(/\?class=[\w-]+#key=[\w-]+$/);

    // The dashboard opened from the link keeps the key off the address bar.
    const dashboard = await harness.openPage(link, screens.projector);
    await dashboard.getByText('Nobody has joined yet').waitFor();
    expect(dashboard.url()).not.toContain('key=');

    const names = ['Ada', 'Ben', 'Cy', 'Di'];
    const students: Page[] = [];
    for (const name of names) students.push(await joinClassPage(harness, code, name));
    const [ada] = students;
    if (!ada) throw new Error('students missing');
    await shoot(ada, 'waiting-phone');

    await dashboard.getByText('4 joined, 4 not seated').waitFor();
    await dashboard.getByRole('button', { name: 'Draw seats for the 4 not seated' }).click();
    await dashboard.getByText('4 joined, 0 not seated').waitFor();
    await dashboard.getByRole('button', { name: 'Start play' }).click();
    await dashboard.getByText('Play has started.').waitFor();

    // Every student's board appears on their phone, for their side.
    for (const page of students) await page.getByText(/Table \d · you play/).waitFor({ timeout: 15_000 });
    await ada.getByText('headlines: choose your headline card').waitFor({ timeout: 15_000 });
    await shoot(ada, 'board-phone', true);

    await ada.getByLabel('Suggest to your team').fill('Tighten the controls before they retaliate');
    await ada.getByRole('button', { name: 'Suggest' }).click();
    await ada.getByText('Ada: Tighten the controls').waitFor();

    await dashboard.getByRole('button', { name: 'Pause all tables' }).click();
    await dashboard.getByText('Paused.').waitFor();
    await dashboard.getByLabel('Card').selectOption({ label: 'The December Package' });
    await dashboard.getByRole('button', { name: 'Bring in the event' }).click();
    await dashboard.getByText('Event brought in.').waitFor();
    await shoot(dashboard, 'dashboard-projector');
    expect(controls.calls.map((call) => call.method)).toEqual([
      'setTurnSeconds',
      'setTurnSeconds',
      'setPaused',
      'setPaused',
      'inject',
      'inject',
    ]);

    // The dashboard on a phone, and a reloaded student page back at its table.
    const pocket = await harness.openPage(link, screens.phone);
    await pocket.getByText('Table 1').first().waitFor();
    await shoot(pocket, 'dashboard-phone');
    await ada.reload();
    await ada.getByText(/Table \d · you play/).waitFor();
    expect(harness.pageErrors).toEqual([]);
  });
});

describeInBrowser("a table card's events", { botThinkMs: 0 }, (harness) => {
  it('says which events wait for a round and which were carried from the game before', async () => {
    const { server } = harness;
    const session = await createSession(server, { tables: 2 });
    const facilitator = (path: string, body: unknown) =>
      call(server, 'POST', `/sessions/${session.sessionId}${path}`, {
        token: session.facilitatorKey,
        body,
      });
    const [ada, ben] = await Promise.all(
      ['Ada', 'Ben'].map((name) => joinClass(server, session.joinCode, name)),
    );
    if (!ada || !ben) throw new Error('not joined');
    await facilitator('/seats', {
      assignments: [
        { studentId: ada.studentId, table: 1, side: 'us' },
        { studentId: ben.studentId, table: 1, side: 'china' },
      ],
    });
    expect(
      (await facilitator('/inject', { tables: [1], cardId: 'transformer-shortage', atRound: 2 })).status,
    ).toBe(200);
    // Table 1's game ends in round 1; its rematch takes the event for round 2 along.
    const first = (await me(server, ada)).assignment?.matchID ?? '';
    await finishMatch(server, first);
    const rematch = await call(server, 'POST', '/me/rematch', {
      token: ada.studentToken,
      body: { matchID: first },
    });
    expect(rematch.status).toBe(200);
    expect(
      (await facilitator('/inject', { tables: [1], cardId: 'hualien-earthquake', atRound: 4 })).status,
    ).toBe(200);

    const link = facilitatorLink(server.url, session.sessionId, session.facilitatorKey);
    for (const name of ['desktop', 'phone'] as const) {
      const page = await harness.openPage(link, screens[name]);
      const card = page.locator('.table-card', { hasText: 'Table 1' });
      await card.getByText('game 2').waitFor();
      const events = card.locator('.table-events li');
      expect(await events.allInnerTexts()).toEqual([
        'Transformer Shortage waiting for round 2 · carried from game 1',
        'Hualien Earthquake waiting for round 4',
      ]);
      await card.screenshot({ path: path.join(screenshotDir, `classroom-pages-table-events-${name}.png`) });
      await page.screenshot({
        path: path.join(screenshotDir, `classroom-pages-dashboard-events-${name}.png`),
      });
    }
    expect(harness.pageErrors).toEqual([]);
  });
});
