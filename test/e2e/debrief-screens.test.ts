import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { indicatorDefinitions } from '../../src/charts/indicators.ts';
import { standardClass } from '../src/classroom/class-export-fixture.ts';
import { screenshotDir, shootEveryViewport } from './browser-harness.ts';
import { describeInBrowser } from './browser-suite.ts';

/**
 * The class debrief in the browser (issue 13): a saved export file opened at phone and projector sizes,
 * its charts and their fallbacks checked, the printed report counted page by page, and the facilitator
 * key carried from the link to the export request; then the printed side briefings, the glossary and
 * the guide. Screenshots go to out/screenshots/ (debrief-*, briefing-*, glossary-*, guide-*).
 */

const viewports = {
  phone: { width: 390, height: 844 },
  projector: { width: 1920, height: 1080 },
} as const;

const { export: classExport } = standardClass();
const tableCount = classExport.tables.length;

/** The number of pages in a PDF: its page objects (`/Type /Page`, not `/Pages`). */
const pdfPageCount = (pdf: Buffer): number =>
  pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;

describeInBrowser('the class debrief', {}, (harness) => {
  let exportDir: string;
  let exportFile: string;

  beforeAll(() => {
    exportDir = mkdtempSync(path.join(tmpdir(), 'sc-e2e-export-'));
    exportFile = path.join(exportDir, 'export.json');
    writeFileSync(exportFile, JSON.stringify(classExport));
  });

  afterAll(() => {
    rmSync(exportDir, { recursive: true, force: true });
  });

  async function openSavedExport(viewport: { width: number; height: number }): Promise<Page> {
    const page = await harness.openPage(`${harness.server.url}/?debrief`, { viewport });
    await page.getByLabel(/Open a saved class export/).setInputFiles(exportFile);
    await page.getByRole('heading', { name: `Debrief: ${classExport.session.title}` }).waitFor();
    return page;
  }

  it.each(Object.entries(viewports))(
    'opens a saved export on a %s and draws every chart, each with a summary and its figures',
    async (name, viewport) => {
      const page = await openSavedExport(viewport);
      // The comparison: a row per indicator, a chart per table in each.
      const comparison = page.locator('.debrief-comparison:visible');
      await comparison.getByRole('heading', { name: 'The class side by side' }).waitFor();
      const miniCharts = comparison.locator('svg[data-indicator]');
      expect(await miniCharts.count()).toBe(indicatorDefinitions.length * tableCount);
      await page
        .getByRole('img', { name: /^Table 1: Compute lead \(track points/ })
        .first()
        .waitFor();
      expect(await comparison.getByText('Table 2.', { exact: true }).isVisible()).toBe(true);
      await page.screenshot({
        path: path.join(screenshotDir, `debrief-comparison-${name}.png`),
        fullPage: true,
      });

      // One table: every indicator charted, each an image with words, each with its figures.
      await page.getByRole('button', { name: 'Table 1', exact: true }).click();
      const section = page.locator('section.debrief-table[data-table="1"]');
      await section.getByRole('heading', { name: 'Table 1' }).waitFor();
      const charts = section.locator('.debrief-charts svg[data-indicator]');
      expect(await charts.count()).toBe(indicatorDefinitions.length);
      for (const label of await charts.evaluateAll((svgs) =>
        svgs.map((svg) => svg.getAttribute('aria-label') ?? ''),
      )) {
        expect(label).toMatch(/^Table 1: .+ \(.+\), \d{4} to \d{4}: /);
      }
      expect(await section.locator('.debrief-charts details.chart-data').count()).toBe(
        indicatorDefinitions.length,
      );
      // Lines drawn: the US solid, China dashed, both with markers.
      expect(await section.locator('.debrief-charts polyline.line-us').count()).toBeGreaterThan(5);
      expect(await section.locator('.debrief-charts polyline.line-china').count()).toBeGreaterThan(5);
      expect(await section.locator('.debrief-charts rect.marker-china').count()).toBeGreaterThan(20);
      await section.getByRole('heading', { name: 'Decisions, round by round' }).waitFor();
      expect(await section.locator('.timeline-inject').innerText()).toContain('Hualien Earthquake');
      await section.getByRole('heading', { name: 'To discuss' }).waitFor();
      expect(await section.locator('.prompt-list li').count()).toBeGreaterThan(0);
      // Nothing wider than the screen but the comparison's own scrolling box.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: path.join(screenshotDir, `debrief-table-${name}.png`),
        fullPage: true,
      });
      await section.locator('details.chart-data').first().locator('summary').click();
      expect(await section.locator('details.chart-data').first().locator('tbody tr').count()).toBe(
        classExport.tables[0]?.rounds.length,
      );
      expect(harness.pageErrors).toEqual([]);
    },
  );

  it('fills a projector with the comparison, its charts as wide as their columns, and still fits a phone', async () => {
    const page = await openSavedExport(viewports.projector);
    const comparison = page.locator('.debrief-comparison:visible');
    const table = comparison.locator('table.comparison');
    const firstChart = comparison.locator('svg[data-indicator]').first();
    await firstChart.waitFor();
    const widthOf = async (element: typeof table): Promise<number> =>
      (await element.boundingBox())?.width ?? 0;
    // The tables side by side across the screen, not in a corner of it.
    expect(await widthOf(table)).toBeGreaterThan(viewports.projector.width * 0.9);
    // Each chart fills its column (the table's width shared by the tables, beside the indicator names).
    const column = (await widthOf(table)) / (tableCount + 0.4);
    await expect.poll(() => widthOf(firstChart)).toBeGreaterThan(column * 0.85);
    // Its drawing was made for that width (every year along the axis), not a small one stretched.
    const years = await firstChart.locator('text', { hasText: /^20\d\d$/ }).count();
    expect(years).toBeGreaterThan(2);
    await shootEveryViewport(page, 'debrief-comparison-screen');
    // On a phone the columns scroll sideways inside their box; the page itself does not.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    expect(harness.pageErrors).toEqual([]);
  });

  it('prints the comparison on its own page and each table on one page', async () => {
    // The screenshot at the width of an A4 page inside its 8 mm margins (194 mm at 96 px an inch): what the
    // paper shows, to look at; the PDF below is laid out on A4 whatever the window.
    const page = await openSavedExport({ width: 733, height: 1040 });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: path.join(screenshotDir, 'debrief-print.png'), fullPage: true });
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    writeFileSync(path.join(screenshotDir, 'debrief-report.pdf'), pdf);
    expect(pdfPageCount(pdf)).toBe(1 + tableCount);
    // On paper every table's charts are there, without buttons.
    expect(await page.locator('.debrief-charts-paper svg[data-indicator]').count()).toBe(
      indicatorDefinitions.length * tableCount,
    );
    expect(await page.getByRole('button', { name: 'Print the report' }).isVisible()).toBe(false);
    expect(harness.pageErrors).toEqual([]);
  });

  it("fetches a class's export with the key from the facilitator link, then takes the key out of the address", async () => {
    const page = await harness.openPage('about:blank', { viewport: viewports.projector });
    const authorizations: (string | undefined)[] = [];
    await page.route('**/classroom/api/sessions/*/export.json', async (route) => {
      authorizations.push(route.request().headers().authorization);
      await route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify(classExport),
      });
    });
    await page.goto(`${harness.server.url}/?debrief=session-fixture#key=secret-key-0123456789`);
    await page.getByRole('heading', { name: `Debrief: ${classExport.session.title}` }).waitFor();
    expect(authorizations).toEqual(['Bearer secret-key-0123456789']);
    expect(new URL(page.url()).hash).toBe('');
    // A reload without the fragment uses the key the page kept.
    await page.reload();
    await page.getByRole('heading', { name: `Debrief: ${classExport.session.title}` }).waitFor();
    expect(authorizations).toEqual(['Bearer secret-key-0123456789', 'Bearer secret-key-0123456789']);
    // Kept where the classroom's own pages keep it (src/classroom/secrets.ts).
    expect(await page.evaluate(() => localStorage.getItem('silicon-curtain:class:session-fixture:key'))).toBe(
      'secret-key-0123456789',
    );
    expect(harness.pageErrors).toEqual([]);
  });

  it('prints a side briefing a page a side, and shows the glossary and the guide on a phone and a projector', async () => {
    const page = await harness.openPage(`${harness.server.url}/?briefing=taiwan-crisis`, {
      viewport: viewports.projector,
    });
    await page.getByRole('heading', { name: 'United States — Taiwan Crisis' }).waitFor();
    await page.getByRole('heading', { name: 'China — Taiwan Crisis' }).waitFor();
    await page.screenshot({ path: path.join(screenshotDir, 'briefing-projector.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4' });
    writeFileSync(path.join(screenshotDir, 'briefing-taiwan-crisis.pdf'), pdf);
    expect(pdfPageCount(pdf)).toBe(2);
    for (const [name, viewport] of Object.entries(viewports)) {
      const glossary = await harness.openPage(`${harness.server.url}/?glossary`, { viewport });
      await glossary.getByRole('heading', { name: 'Glossary' }).waitFor();
      expect(await glossary.locator('.glossary-terms dt').filter({ hasText: 'MoE' }).count()).toBe(1);
      await glossary.screenshot({ path: path.join(screenshotDir, `glossary-${name}.png`), fullPage: true });
      const guide = await harness.openPage(`${harness.server.url}/?guide`, { viewport });
      await guide.getByRole('heading', { name: 'A 90-minute lesson' }).waitFor();
      await guide.screenshot({ path: path.join(screenshotDir, `guide-${name}.png`), fullPage: true });
      const overflow = await guide.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
    expect(harness.pageErrors).toEqual([]);
  });

  it('says so when the server refuses the key, and still opens a saved file', async () => {
    const page = await harness.openPage('about:blank', { viewport: viewports.phone });
    await page.route('**/classroom/api/sessions/*/export.json', (route) =>
      route.fulfill({
        status: 401,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'badKey', message: 'that key does not open this class' } }),
      }),
    );
    await page.goto(`${harness.server.url}/?debrief=other-class#key=wrong-key-0123456789`);
    await page.getByRole('alert').filter({ hasText: 'refused this facilitator key' }).waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('that key does not open this class');
    await page.getByLabel(/Open a saved class export/).setInputFiles(exportFile);
    await page.getByRole('heading', { name: `Debrief: ${classExport.session.title}` }).waitFor();
    expect(harness.pageErrors).toEqual([]);
  });
});
