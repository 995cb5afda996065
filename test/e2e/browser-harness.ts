import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { chromium } from 'playwright-core';
import type { RunningServer, ServerOptions } from '../../server/server.ts';
import { startServer } from '../../server/server.ts';
import { testLimits } from '../server/helpers/test-server.ts';

/**
 * The browser suites' shared set-up: the client built into a temporary folder, our server on a free
 * port over a temporary data folder, and Debian's Chromium driven by playwright-core (scripts/setup.sh
 * installs it). Without it a suite says why it is skipped, except under CI=true, where it is required.
 */

export const chromiumPath = '/usr/bin/chromium';
export const chromiumAvailable = existsSync(chromiumPath);
export const browserRequired = process.env.CI === 'true';
if (!chromiumAvailable && !browserRequired)
  console.warn(`browser suite: SKIPPED because ${chromiumPath} is not installed`);

export const root = path.resolve(import.meta.dirname, '../..');

/** Where the browser suites write the screenshots a person looks at before calling a screen done. */
export const screenshotDir = path.join(root, 'out', 'screenshots');

/** The sizes every screen is checked at: a phone, a laptop and a classroom projector. */
export const viewports = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1366, height: 800 },
  projector: { width: 1920, height: 1080 },
} as const;
export type ViewportName = keyof typeof viewports;

/** Screenshots of `page` at every viewport, as `<name>-<viewport>.png` in screenshotDir. */
export async function shootEveryViewport(page: Page, name: string): Promise<void> {
  for (const [viewport, size] of Object.entries(viewports)) {
    await page.setViewportSize(size);
    // Layouts switch on media queries; give React a frame to re-render the board's columns.
    await page.waitForTimeout(150);
    await page.screenshot({ path: path.join(screenshotDir, `${name}-${viewport}.png`) });
  }
}

export interface BrowserHarness {
  server: RunningServer;
  browser: Browser;
  /** Uncaught errors of every page opened through `openPage`. */
  pageErrors: string[];
  openPage: (url: string, options?: BrowserContextOptions) => Promise<Page>;
  close: () => Promise<void>;
}

/** `serverOptions`: the server's options beyond the harness's port, data and client folders. */
export async function startBrowserHarness(
  serverOptions: Partial<ServerOptions> = {},
): Promise<BrowserHarness> {
  const clientDir = mkdtempSync(path.join(tmpdir(), 'sc-e2e-client-'));
  execFileSync('npx', ['vite', 'build', '--outDir', clientDir, '--emptyOutDir'], {
    cwd: root,
    stdio: 'ignore',
    // The client as `npm run build` ships it: vitest's NODE_ENV=test would build React's development
    // runtime, several times slower (the replay viewer's frame times measured it, not the app).
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sc-e2e-data-'));
  // The tests' limits (any number of new matches from 127.0.0.1): a suite that plays matches until one
  // runs long would otherwise meet the lobby's creation quota (6 a minute) and fail at random.
  const server = await startServer({ limits: testLimits, ...serverOptions, port: 0, dataDir, clientDir });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const pageErrors: string[] = [];
  return {
    server,
    browser,
    pageErrors,
    openPage: async (url, options) => {
      const page = await (await browser.newContext(options)).newPage();
      page.on('pageerror', (error) => pageErrors.push(String(error)));
      await page.goto(url);
      return page;
    },
    close: async () => {
      await browser.close();
      await server.closeNow();
      rmSync(dataDir, { recursive: true, force: true });
      rmSync(clientDir, { recursive: true, force: true });
    },
  };
}
