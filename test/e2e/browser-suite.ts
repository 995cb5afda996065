import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { ServerOptions } from '../../server/server.ts';
import type { BrowserHarness } from './browser-harness.ts';
import {
  browserRequired,
  chromiumAvailable,
  chromiumPath,
  screenshotDir,
  startBrowserHarness,
  viewports,
} from './browser-harness.ts';

/**
 * The preamble of a browser suite, written once: skipped (saying why) without Chromium, the screenshot
 * folder made, a harness (built client, server, browser) started before the suite's tests and closed
 * after them, and the page sizes and waits the classroom's suites share.
 */

/** New pages as a phone (touch, a dense screen), a laptop and a classroom projector show them. */
export const screens = {
  phone: { viewport: viewports.phone, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  desktop: { viewport: viewports.desktop },
  projector: { viewport: viewports.projector },
} as const satisfies Record<string, BrowserContextOptions>;

/** Waits on a loaded 2-core machine: generous, and only ever for something to appear. */
export const slow = { timeout: 30_000 };

/** Screenshots named `<prefix>-<name>.png` in screenshotDir: the whole page, or only what the screen shows. */
export function screenshotsNamed(prefix: string) {
  return (page: Page, name: string, screenOnly = false): Promise<Buffer> =>
    page.screenshot({ path: path.join(screenshotDir, `${prefix}-${name}.png`), fullPage: !screenOnly });
}

/** A student joins a class on the join page its code opens, as `name`; resolves once told to wait for a seat. */
export async function joinClassPage(
  harness: BrowserHarness,
  code: string,
  name: string,
  screen: BrowserContextOptions = screens.phone,
): Promise<Page> {
  const page = await harness.openPage(`${harness.server.url}/?join=${code}`, screen);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Join' }).click();
  await page.getByText('Your teacher will seat you').waitFor();
  return page;
}

/** The page at 1920×1080 is one screen: nothing to scroll to (the side column scrolls on its own). */
export async function expectOneProjectorScreen(page: Page): Promise<void> {
  await page.setViewportSize(viewports.projector);
  await page.waitForTimeout(150);
  const { scrollHeight, innerHeight } = await page.evaluate(() => ({
    scrollHeight: document.scrollingElement?.scrollHeight ?? Number.POSITIVE_INFINITY,
    innerHeight: window.innerHeight,
  }));
  expect(scrollHeight).toBeLessThanOrEqual(innerHeight);
}

/**
 * `describe(title, body)` with a browser harness on a server started with `serverOptions`. The harness
 * handed to `body` may be used in its tests and hooks (it is started before them), not while `body` runs.
 */
export function describeInBrowser(
  title: string,
  serverOptions: Partial<ServerOptions>,
  body: (harness: BrowserHarness) => void,
): void {
  describe.skipIf(!chromiumAvailable && !browserRequired)(
    `${title}${chromiumAvailable ? '' : ` (skipped: ${chromiumPath} missing)`}`,
    () => {
      let running: BrowserHarness | undefined;
      const started = (): BrowserHarness => {
        if (!running) throw new Error(`the browser harness of "${title}" is used before it started`);
        return running;
      };
      beforeAll(async () => {
        mkdirSync(screenshotDir, { recursive: true });
        running = await startBrowserHarness(serverOptions);
      }, 180_000);
      afterAll(async () => {
        await running?.close();
      });
      body({
        get server() {
          return started().server;
        },
        get browser() {
          return started().browser;
        },
        get pageErrors() {
          return started().pageErrors;
        },
        openPage: (url, options) => started().openPage(url, options),
        close: () => started().close(),
      });
    },
  );
}
