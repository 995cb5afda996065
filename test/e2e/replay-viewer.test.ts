import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import type { GameState } from '../../rules/index.ts';
import { fingerprint, RULES_VERSION } from '../../rules/index.ts';
import { gamesJsonl } from '../../tools/sim/output.ts';
import { runSimulation } from '../../tools/sim/run.ts';
import { describeLead, formatBn } from '../../src/board/format.ts';
import { logLines } from '../../src/board/log-lines.ts';
import { playServerBots } from '../server/helpers/server-moves.ts';
import { seatedMatch } from '../server/helpers/test-server.ts';
import { describeInBrowser, expectOneProjectorScreen } from './browser-suite.ts';
import { screenshotDir, shootEveryViewport, viewports } from './browser-harness.ts';

/**
 * The replay viewer (issue 12, "After the game"; issue 15, "the replay viewer shows the version"): a
 * bot-vs-bot match of about 200 moves played to its end on the server, opened from its summary's
 * "Replay" link, stepped through move by move and played through; its final board checked against the
 * stored final state. The longest frame while stepping and playing is read from the browser's own
 * timeline (requestAnimationFrame deltas and long tasks) and printed, not asserted. Screenshots go to
 * out/screenshots/replay-*.png.
 */

async function shoot(page: Page, name: string): Promise<void> {
  await shootEveryViewport(page, `replay-${name}`);
  await page.setViewportSize(viewports.desktop);
}

interface FrameRecord {
  longestFrameMs: number;
  /** The 95th percentile frame. */
  p95FrameMs: number;
  frames: number;
  /** Frames longer than the target (50 ms), and the replay positions they drew. */
  framesOver50Ms: number;
  slowPositions: number[];
  longTasks: number;
  longestTaskMs: number;
}

/** Starts recording frame times (rAF deltas, with the position drawn) and long tasks in the page. */
async function startFrameRecording(page: Page): Promise<void> {
  await page.evaluate(() => {
    const record = { deltas: [] as [number, number][], tasks: [] as number[], stop: false };
    Object.assign(window, { frameRecord: record });
    let last = performance.now();
    const loop = (now: number): void => {
      const at = Number(document.querySelector('.replay')?.getAttribute('data-position'));
      record.deltas.push([now - last, at]);
      last = now;
      if (!record.stop) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.tasks.push(entry.duration);
    }).observe({ type: 'longtask' });
  });
}

async function stopFrameRecording(page: Page): Promise<FrameRecord> {
  return page.evaluate(() => {
    const record = (
      window as unknown as { frameRecord: { deltas: [number, number][]; tasks: number[]; stop: boolean } }
    ).frameRecord;
    record.stop = true;
    // The first delta spans from the recording's start to its first frame.
    const deltas = record.deltas.slice(1);
    const slow = deltas.filter(([ms]) => ms > 50);
    const sorted = deltas.map(([ms]) => ms).sort((a, b) => a - b);
    const tenths = (ms: number | undefined): number => Math.round((ms ?? 0) * 10) / 10;
    return {
      longestFrameMs: tenths(sorted.at(-1)),
      p95FrameMs: tenths(sorted[Math.floor(sorted.length * 0.95)]),
      frames: deltas.length,
      framesOver50Ms: slow.length,
      slowPositions: slow.map(([, at]) => at),
      longTasks: record.tasks.length,
      longestTaskMs: Math.round(Math.max(0, ...record.tasks)),
    };
  });
}

const describeFrames = (record: FrameRecord): string =>
  `longest frame ${record.longestFrameMs} ms (95% within ${record.p95FrameMs} ms), ${record.framesOver50Ms} of ${record.frames} frames over ` +
  `50 ms (at moves ${record.slowPositions.join(', ') || 'none'}), ${record.longTasks} long tasks ` +
  `(longest ${record.longestTaskMs} ms)`;

const position = (page: Page): Promise<number> =>
  page.locator('.replay').getAttribute('data-position').then(Number);

describeInBrowser(`the replay viewer`, {}, (harness) => {
  it('steps through a finished 200-move match to its end, which is the stored final state', async () => {
    const { server } = harness;
    // The server picks each match's seed, and under rules 2.5.0 many greedy games end by round 5: play
    // matches until one runs long (about 200 moves), so the timing is of a whole game's replay.
    let match = await seatedMatch(server);
    let moves = await playServerBots(server, match, { us: 'greedy', china: 'greedy' }, 'e2e-replay');
    for (let attempt = 1; moves < 170 && attempt < 12; attempt++) {
      match = await seatedMatch(server);
      moves = await playServerBots(server, match, { us: 'greedy', china: 'greedy' }, `e2e-replay-${attempt}`);
    }
    const stored = await server.store.loadState(match.matchID);
    if (!stored) throw new Error('no match');
    const final = stored.G as GameState;

    // From the finished match's summary, as a spectator would find it.
    const page = await harness.openPage(`${server.url}/?match=${match.matchID}&watch=1`, {
      viewport: viewports.desktop,
    });
    await page.locator('.summary').getByRole('link', { name: 'Replay' }).click();
    await page.locator('.replay[data-last]').waitFor({ timeout: 30_000 });
    expect(page.url()).toBe(`${server.url}/?replay=${match.matchID}`);
    expect(Number(await page.locator('.replay').getAttribute('data-last'))).toBe(moves);
    await page.getByText(`Rules ${RULES_VERSION}`).waitFor();
    await page.getByText('Before the first move').waitFor();
    await shoot(page, 'match-start');

    // Every move by the keyboard, one at a time, each drawn before the next.
    await startFrameRecording(page);
    for (let move = 1; move <= moves; move++) {
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(
        (expected) => document.querySelector('.replay')?.getAttribute('data-position') === String(expected),
        move,
      );
    }
    const stepping = await stopFrameRecording(page);
    expect(await position(page)).toBe(moves);
    await page.getByRole('button', { name: 'Next move' }).isDisabled();

    // The final board is the match's final state: the replay's fingerprint, and the figures drawn.
    expect(await page.locator('.replay').getAttribute('data-final-fingerprint')).toBe(fingerprint(final));
    await page.locator('.replay-check-ok').waitFor();
    expect(await page.locator('.track-lead .track-value').innerText()).toContain(
      describeLead(final.computeLead),
    );
    expect(await page.locator('.track-escalation .track-value').innerText()).toBe(
      `${final.escalation} of ${final.params.escalation.limit}`,
    );
    for (const side of ['us', 'china'] as const)
      expect(await page.locator(`.side-${side} .side-stats`).innerText()).toContain(
        formatBn(final.sides[side].budgetBn),
      );
    expect(await page.locator('.replay-ending').innerText()).toMatch(/(wins|Draw) in round \d/);
    // The log says under each step what it changed, in the sentences of the kernel's recorded effects.
    const recorded = logLines(final)
      .map((line) => line.effects)
      .filter((effects) => effects !== '')
      .reverse();
    expect(recorded.length).toBeGreaterThan(moves / 4);
    expect(await page.locator('.log .log-changes').allInnerTexts()).toEqual(recorded);
    await shoot(page, 'match-end');
    // On a projector the whole board, controls and all, fits without scrolling, even at the last move.
    await expectOneProjectorScreen(page);
    await page.setViewportSize(viewports.desktop);

    // Played through at the fastest speed, one move a frame.
    await page.keyboard.press('Home');
    expect(await position(page)).toBe(0);
    await page.getByLabel('Speed').selectOption({ label: 'Fastest' });
    await startFrameRecording(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await page.waitForFunction(
      (last) => document.querySelector('.replay')?.getAttribute('data-position') === String(last),
      moves,
      { timeout: 60_000 },
    );
    const playing = await stopFrameRecording(page);
    await page.getByRole('button', { name: 'Play' }).waitFor();

    console.log(
      `replay viewer, ${moves}-move match, load average ${loadavg()[0]?.toFixed(1) ?? '?'} on ` +
        `${availableParallelism()} cores:\n  stepping by keys: ${describeFrames(stepping)}\n  ` +
        `playing at one move a frame: ${describeFrames(playing)}`,
    );

    // Mid-game, by the slider; the phone's tabs.
    await page.getByLabel('Move', { exact: true }).fill(String(Math.round(moves / 2)));
    expect(await position(page)).toBe(Math.round(moves / 2));
    await shoot(page, 'match-middle');
    await page.setViewportSize(viewports.phone);
    const tabs = page.getByRole('navigation', { name: 'Board sections' });
    for (const [tab, file] of [
      ['How to win', 'goals'],
      ['Log', 'log'],
    ] as const) {
      await tabs.getByRole('button', { name: tab }).click();
      await page.screenshot({ path: path.join(screenshotDir, `replay-match-${file}-phone.png`) });
    }
    expect(harness.pageErrors).toEqual([]);
  }, 300_000);

  it('refuses the replay of a match still in play, in words', async () => {
    const match = await seatedMatch(harness.server);
    const page = await harness.openPage(`${harness.server.url}/?replay=${match.matchID}`, {
      viewport: viewports.desktop,
    });
    await page.getByText('No replay: this match is still being played').waitFor();
    expect(await page.locator('.hand, .replay-hands').count()).toBe(0);
    expect(harness.pageErrors).toEqual([]);
  });

  it("replays a balance-lab row to the lab's fingerprint, and refuses one of other rules", async () => {
    const run = runSimulation({
      games: 2,
      seed: 'e2e',
      scenarioId: 'compressed-2027',
      us: 'greedy',
      china: 'greedy',
    });
    const jsonl = gamesJsonl(run.rows, 'compressed-2027');
    const row = run.rows[1];
    if (!row) throw new Error('no row');
    const page = await harness.openPage(`${harness.server.url}/?replay`, { viewport: viewports.desktop });
    await page.getByLabel('Game (JSON)').fill(jsonl);
    await page.getByLabel('2 games: replay').selectOption({ index: 1 });
    await shoot(page, 'lab-form');
    await page.getByRole('button', { name: 'Replay' }).click();
    await page.locator('.replay[data-last]').waitFor({ timeout: 60_000 });
    expect(Number(await page.locator('.replay').getAttribute('data-last'))).toBe(row.moves);
    await page
      .getByText(`The replay ends on the final state the lab recorded: fingerprint ${row.fingerprint}.`)
      .waitFor();
    await page.keyboard.press('End');
    await page.locator('.replay-ending').waitFor();
    await shoot(page, 'lab-end');

    // The same row as a run under other rules wrote it: refused, with the reason.
    await page.getByRole('button', { name: 'Another game' }).click();
    const older = (jsonl.split('\n')[0] ?? '').replace(
      `"rulesVersion":"${RULES_VERSION}"`,
      '"rulesVersion":"1.0.0"',
    );
    await page.getByLabel('Game (JSON)').fill(older);
    await page.getByRole('button', { name: 'Replay' }).click();
    await page.getByText('Game e2e:0 was played under rules 1.0.0').waitFor();
    expect(await page.locator('.replay[data-last]').count()).toBe(0);
    await shoot(page, 'lab-other-rules');
    expect(harness.pageErrors).toEqual([]);
  }, 120_000);
});
