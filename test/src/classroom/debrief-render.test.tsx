import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { defaultParameters } from '../../../rules/index.ts';
import { valueScale } from '../../../src/charts/chart-scale.ts';
import { classDebrief } from '../../../src/classroom/debrief/class-debrief.ts';
import { DebriefPage } from '../../../src/classroom/debrief/debrief-page.tsx';
import { DebriefReport } from '../../../src/classroom/debrief/debrief-report.tsx';
import { indicatorDefinition, indicatorDefinitions } from '../../../src/charts/indicators.ts';
import { chartSummary, LineChart } from '../../../src/charts/line-chart.tsx';
import type { IndicatorSeries } from '../../../src/charts/indicator-series.ts';
import { standardClass } from './class-export-fixture.ts';
import { effectsSentence } from '../../../src/board/effect-words.ts';
import { logLines } from '../../../src/board/log-lines.ts';

/** The debrief's pages rendered on the server (no DOM needed), over the standard class's real games. */

const { export: classExport } = standardClass();
const debrief = classDebrief(classExport);

/** Text content without tags, entities decoded enough for the assertions below. */
const text = (html: string): string =>
  html
    .replaceAll('<!-- -->', '')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&#x27;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ');

const count = (html: string, pattern: RegExp): number => html.match(pattern)?.length ?? 0;

describe('the debrief report', () => {
  const html = renderToString(<DebriefReport debrief={debrief} />);
  const words = text(html);

  it('names the class, its scenario and settings, and every table with how it ended', () => {
    expect(words).toContain(`Debrief: ${classExport.session.title}`);
    expect(words).toContain('Scenario Baseline 2025; settings: the scenario as published');
    for (const table of debrief.tables) {
      expect(words).toContain(`Table ${String(table.table)}`);
      expect(words).toContain(table.endText);
    }
  });

  it('draws every indicator for every table, on its page and in the comparison, each chart summarised in words', () => {
    const tables = debrief.tables.length;
    // Each table's page and the comparison draw every indicator twice: for the screen and for paper.
    expect(count(html, /<svg[^>]*data-indicator=/g)).toBe(indicatorDefinitions.length * tables * 4);
    for (const definition of indicatorDefinitions) {
      expect(count(html, new RegExp(`<title>Table 1: ${definition.title} \\(`, 'g'))).toBe(4);
    }
    expect(count(html, /<details class="chart-data">/g)).toBe(indicatorDefinitions.length * tables + 2);
  });

  it('lists the injected events and the sources of the cards played', () => {
    expect(words).toContain('Round 3, brought in by the facilitator (scheduled): Hualien Earthquake');
    expect(words).toContain('brought in by the facilitator: CHIPS and Science Act');
    expect(words).toContain('CHIPS and Science Act, signed 2022-08-09');
  });

  it('folds each table’s log under its timeline, in the board’s sentences with what each step changed', () => {
    expect(count(html, /<details class="debrief-log screen-only">/g)).toBe(debrief.tables.length);
    const first = debrief.tables[0];
    const event = first?.log.find((entry) => entry.text.startsWith('Event:') && entry.effects);
    if (!event?.effects) throw new Error('the first table has no event that changed a figure');
    const lines = logLines({
      scenarioId: classExport.session.scenarioId,
      log: first?.log ?? [],
      history: first?.records ?? [],
      result: first?.result ?? null,
    });
    const line = lines.find((candidate) => candidate.entry === first?.log.indexOf(event));
    expect(line?.effects).toBe(effectsSentence(event.effects));
    expect(words).toContain(`${line?.text ?? ''} ${line?.effects ?? ''}`);
    expect(words).toContain('Round 1 (2025) scored:');
  });

  it('shows each table’s discussion prompts with the essay’s words', () => {
    for (const table of debrief.tables) {
      for (const picked of table.prompts) expect(words).toContain(picked.prompt.question);
    }
    expect(words).toContain('The essay: “But optimization has diminishing returns.”');
  });

  it('marks the comparison and each table as a printed page of its own', () => {
    expect(count(html, /class="print-page/g)).toBe(1 + debrief.tables.length);
  });
});

describe('the printed comparison of a big class', () => {
  it('takes a page for every five tables, and only the first printed page starts without a break', () => {
    const seven = classDebrief({
      ...classExport,
      tables: Array.from({ length: 7 }, (_, index) => {
        const source = classExport.tables[index % classExport.tables.length];
        if (!source) throw new Error('fixture has no tables');
        return { ...source, table: index + 1 };
      }),
    });
    const html = renderToString(<DebriefReport debrief={seven} />);
    const words = text(html);
    expect(words).toContain('The class side by side (tables 1–5)');
    expect(words).toContain('The class side by side (tables 6–7)');
    expect(count(html, /class="print-page print-only/g)).toBe(2);
    expect(count(html, /print-first/g)).toBe(1);
    expect(count(html, /class="print-page/g)).toBe(2 + 7);
  });
});

describe('a line chart', () => {
  const definition = indicatorDefinition('dependency');
  const series: IndicatorSeries = {
    definition,
    rounds: [1, 2, 3, 4],
    years: [2025, 2026, 2027, 2028],
    lines: [
      { key: 'us', values: [1, undefined, 3, 4] },
      { key: 'china', values: [0, 0.5, 1, 2] },
    ],
  };
  const scale = valueScale(
    definition,
    defaultParameters,
    series.lines.flatMap((line) => line.values),
  );

  it('leaves a gap where a round has no figure, and marks every value it has', () => {
    const html = renderToString(<LineChart series={series} scale={scale} size="full" />);
    // The US line: one polyline for rounds 3–4, a lone marker for round 1.
    expect(count(html, /<polyline[^>]*line-us/g)).toBe(1);
    expect(count(html, /<circle[^>]*marker-us/g)).toBe(3);
    expect(count(html, /<polyline[^>]*line-china/g)).toBe(1);
    expect(count(html, /<rect[^>]*marker-china/g)).toBe(4);
  });

  it('says in words what it shows, gaps included', () => {
    expect(chartSummary(series, 'Table 2: ')).toBe(
      'Table 2: Subsidy dependency (points), 2025 to 2028: US 1 to 4; China 0 to 2.',
    );
    const allMissing: IndicatorSeries = {
      ...series,
      lines: series.lines.map((line) => ({ ...line, values: [undefined, ...line.values.slice(1)] })),
    };
    expect(chartSummary(allMissing)).toContain('; no figures for round 1.');
  });
});

describe('the debrief page before an export is open', () => {
  it('offers to open a saved export file and says it needs no server', () => {
    const words = text(renderToString(<DebriefPage sessionId={undefined} />));
    expect(words).toContain('Open a saved class export (export.json)');
    expect(words).toContain('needs no server');
  });
});
