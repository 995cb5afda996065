import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { GameState, Side } from '../../../rules/index.ts';
import { applyMoveInPlace, createGame, legalMoves, observe, sidesToMove } from '../../../rules/index.ts';
import { createBot } from '../../../rules/bots/index.ts';
import { IndicatorsPanel } from '../../../src/board/indicators-panel.tsx';
import { boardIndicatorIds, boardIndicatorSeries } from '../../../src/charts/board-indicators.ts';
import IndicatorCharts from '../../../src/charts/indicator-charts.tsx';
import { indicatorDefinition } from '../../../src/charts/indicators.ts';
import { frontierClassBarInYear } from '../../../rules/mechanics/scoring.ts';

/** The board's indicator charts: read from the view's round records as they are, drawn one per indicator. */

/** A seeded greedy-vs-greedy game played until `rounds` rounds have ended (or the game has). */
function playRounds(seed: string, rounds: number): GameState {
  const state = createGame({ seed });
  const bots = { us: createBot('greedy', `${seed}:us`), china: createBot('greedy', `${seed}:china`) };
  for (let step = 0; step < 2000 && !state.result && state.history.length < rounds; step++) {
    const side = sidesToMove(state)[0];
    if (!side) break;
    applyMoveInPlace(state, bots[side].chooseMove(observe(state, side), legalMoves(state, side)));
  }
  return state;
}

const state = playRounds('board-charts', 3);
const history = observe(state, 'china').history;

const lineValues = (id: (typeof boardIndicatorIds)[number], key: Side | 'shared') => {
  const series = boardIndicatorSeries(history, state.params).find((entry) => entry.definition.id === id);
  return series?.lines.find((line) => line.key === key)?.values;
};

const text = (html: string): string =>
  html
    .replaceAll('<!-- -->', '')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&#x27;', "'")
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ');

describe("the board's indicators", () => {
  it('has three ended rounds to chart (the seeded game)', () => {
    expect(history.map((record) => record.round)).toEqual([1, 2, 3]);
  });

  it('charts the lead, compute, escalation, budget, yields, tool wear and developers, in that order', () => {
    expect(boardIndicatorSeries(history, state.params).map((series) => series.definition.id)).toEqual([
      ...boardIndicatorIds,
    ]);
    for (const series of boardIndicatorSeries(history, state.params)) {
      expect(series.rounds).toEqual([1, 2, 3]);
      expect(series.years).toEqual(history.map((record) => record.year));
    }
  });

  it('reads every value from the round records, never recomputing a rule', () => {
    expect(lineValues('computeLead', 'shared')).toEqual(history.map((record) => record.computeLead));
    expect(lineValues('escalation', 'shared')).toEqual(history.map((record) => record.escalation));
    for (const side of ['us', 'china'] as const) {
      expect(lineValues('trainingCompute', side)).toEqual(
        history.map((record) => record.figures[side].trainingEflops),
      );
      expect(lineValues('budget', side)).toEqual(history.map((record) => record.indicators?.[side].budgetBn));
      expect(lineValues('meanYield', side)).toEqual(
        history.map((record) => (record.indicators?.[side].meanYieldFraction ?? Number.NaN) * 100),
      );
      expect(lineValues('independentDevelopers', side)).toEqual(
        history.map((record) => record.indicators?.[side].independentDevelopersM),
      );
    }
    // The US side's tools are serviced and not tracked: China's line alone.
    expect(lineValues('toolWear', 'us')).toBeUndefined();
    expect(lineValues('toolWear', 'china')).toEqual(
      history.map((record) => (record.indicators?.china.meanToolWearFraction ?? Number.NaN) * 100),
    );
  });

  it('gives both seats and a spectator the same charts: the records are public', () => {
    const seen = (['us', 'china', 'spectator'] as const).map((viewer) =>
      JSON.stringify(
        boardIndicatorSeries(observe(state, viewer).history, state.params).map((series) => series.lines),
      ),
    );
    expect(new Set(seen).size).toBe(1);
  });

  it('draws a chart per indicator, each summarised in words with its last figures', () => {
    const html = renderToString(<IndicatorCharts history={history} params={state.params} />);
    expect(html.match(/<svg[^>]*role="img"[^>]*data-indicator=/g)?.length).toBe(boardIndicatorIds.length);
    const last = history[history.length - 1];
    if (!last) throw new Error('no round record');
    const lead = indicatorDefinition('computeLead');
    expect(text(html)).toContain(`${lead.title} (${lead.unit}), `);
    const compute = indicatorDefinition('trainingCompute');
    expect(text(html)).toContain(`China ${compute.format(history[0]?.figures.china.trainingEflops ?? 0)}`);
    expect(text(html)).toContain(`to ${compute.format(last.figures.china.trainingEflops)}`);
    // Every figure in a table beneath each chart: a row per round.
    expect(html.match(/<details class="chart-data">/g)?.length).toBe(boardIndicatorIds.length);
    expect(html.match(/<th scope="row">3<\/th>/g)?.length).toBe(boardIndicatorIds.length);
  });

  it('draws each round’s frontier-class bar on the compute chart, from the rules’ bar of the record’s year (RULEBOOK §14)', () => {
    const compute = boardIndicatorSeries(history, state.params).find(
      (series) => series.definition.id === 'trainingCompute',
    );
    const bars = history.map((record) => frontierClassBarInYear(state.params.scoring, record.year));
    expect(compute?.reference).toEqual({ label: 'frontier-class bar', values: bars });
    // A bar that grows each year: a rising line, not one level.
    expect(new Set(bars).size).toBe(history.length);
    // Only the compute chart has it.
    const others = boardIndicatorSeries(history, state.params).filter(
      (series) => series.definition.id !== 'trainingCompute',
    );
    for (const series of others) expect(series.reference).toBeUndefined();
  });

  it('draws the bar in thin dashes and names it, in the chart’s words and its table of figures', () => {
    const html = renderToString(<IndicatorCharts history={history} params={state.params} />);
    const chart = /<svg[^>]*data-indicator="trainingCompute"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(chart.match(/class="chart-reference-line"/g)).toHaveLength(1);
    expect(text(chart)).toContain('frontier-class bar');
    const format = indicatorDefinition('trainingCompute').format;
    const first = frontierClassBarInYear(state.params.scoring, history[0]?.year ?? 0);
    const last = frontierClassBarInYear(state.params.scoring, history[history.length - 1]?.year ?? 0);
    expect(chart).toContain(`frontier-class bar ${format(first)} to ${format(last)} (thin black dashes)`);
    expect(text(html)).toContain(`frontier-class bar`);
    expect(html).toContain('<th scope="col">frontier-class bar</th>');
    expect(html).toContain(`<td>${format(last)}</td>`);
  });

  it('says the charts fill in as rounds end before the first round has', () => {
    const html = renderToString(<IndicatorCharts history={[]} params={state.params} />);
    expect(text(html)).toContain('no round has ended yet');
    expect(html).not.toContain('<svg');
  });

  it('draws nothing while folded, and says how many rounds it holds', () => {
    const html = renderToString(
      <IndicatorsPanel
        history={history}
        params={state.params}
        open={false}
        onOpenChange={() => undefined}
        className="panel"
      />,
    );
    expect(text(html)).toContain('Indicators, round by round (3 rounds)');
    expect(html).not.toContain('<svg');
  });
});
