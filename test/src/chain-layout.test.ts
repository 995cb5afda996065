import { describe, expect, it } from 'vitest';
import type { GameState, PlayerView } from '../../rules/index.ts';
import { applyMoveInPlace, createGame, legalMoves, observe, sidesToMove } from '../../rules/index.ts';
import { createBot } from '../../rules/bots/index.ts';
import type { ChainType, Placed } from '../../src/board/chain-layout.ts';
import {
  barFitsOneLine,
  chainTypeFor,
  chainTypes,
  layoutCountdown,
  layoutStation,
  titleLines,
} from '../../src/board/chain-layout.ts';
import { researchCountdowns, supplyChainStations } from '../../src/board/supply-chain-model.ts';
import { textWidth } from '../../src/board/svg-text.ts';

/**
 * The supply chain's words placed inside its stations (issue 12): measured and wrapped, so no word runs
 * out of a box, at the ordinary board's type, projector mode's larger type and a phone's.
 */

/** Views of a seeded greedy-vs-greedy game at the start of each round, to its end. */
function viewsOfAGame(seed: string): PlayerView[] {
  const state = createGame({ seed });
  const bots = { us: createBot('greedy', `${seed}:us`), china: createBot('greedy', `${seed}:china`) };
  const views = [observe(state, 'spectator')];
  let round = state.round;
  for (let step = 0; step < 3000 && !state.result; step++) {
    const side = sidesToMove(state)[0];
    if (!side) break;
    applyMoveInPlace(state, bots[side].chooseMove(observe(state, side), legalMoves(state, side)));
    if (state.round !== round || state.result) views.push(observe(state, 'spectator'));
    round = state.round;
  }
  return views;
}

/** A late game at its most crowded: two fab groups, one of them building, and large figures. */
function crowdedView(): PlayerView {
  const state: GameState = createGame({ seed: 'crowded' });
  state.round = 6;
  state.year = 2030;
  const china = state.sides.china;
  china.fabs = [
    {
      id: 1,
      node: 'n5',
      route: 'duv',
      capacityKWafersPerRound: 20,
      yieldFraction: 0.31,
      roundsUntilOnline: 0,
    },
    {
      id: 2,
      node: 'n5',
      route: 'duv',
      capacityKWafersPerRound: 20,
      yieldFraction: 0.29,
      roundsUntilOnline: 0,
    },
    {
      id: 3,
      node: 'n3',
      route: 'euv',
      capacityKWafersPerRound: 25,
      yieldFraction: 0.3,
      roundsUntilOnline: 2,
    },
  ];
  china.domesticHbmKChipsPerRound = 1400;
  china.hbmStockKChips = 4640;
  china.maturity = 8.5;
  china.last.trainingEflops = 12_345.6;
  china.last.effectiveComputeEflops = 24_691.2;
  // An ended round: production's figures are shown.
  state.history.push({
    round: 5,
    year: 2029,
    computeLead: 0,
    escalation: 0,
    frontierPoints: 0,
    frontierClassPoints: 0,
    adoptionPoints: 0,
    ecosystemPoints: 0,
    figures: { us: { ...state.sides.us.last }, china: { ...china.last } },
    indicators: null,
  });
  return observe(state, 'spectator');
}

/** Where a placed line's words start and end across its station. */
function extent(item: Extract<Placed, { kind: 'text' }>): { left: number; right: number } {
  const width = textWidth(item.text, item.size, item.weight);
  return item.anchor === 'end'
    ? { left: item.x - width, right: item.x }
    : { left: item.x, right: item.x + width };
}

const views = [...viewsOfAGame('layout-a'), ...viewsOfAGame('layout-b'), crowdedView()];
const types = Object.entries(chainTypes) as [string, ChainType][];

describe('the words of a station', () => {
  it('played two games to their ends, a view each round', () => {
    expect(views.length).toBeGreaterThan(8);
  });

  it.each(types)('stay inside every station, in every round of a game (%s type)', (_, type) => {
    for (const view of views)
      for (const side of ['us', 'china'] as const)
        for (const station of supplyChainStations(view, side, type.fabBars)) {
          const layout = layoutStation(station, type);
          for (const item of layout.items) {
            if (item.kind === 'text') {
              const { left, right } = extent(item);
              expect(left, item.text).toBeGreaterThanOrEqual(type.inset - 0.01);
              expect(right, item.text).toBeLessThanOrEqual(type.stationWidth - 4 + 0.01);
              expect(item.y, item.text).toBeLessThan(layout.height);
            } else {
              expect(item.x + item.width).toBeLessThanOrEqual(type.stationWidth - type.inset);
              expect(item.y).toBeLessThan(layout.height);
            }
          }
        }
  });

  it('keep "Library maturity 8.5 of 10" on one line beside its bar on the ordinary board', () => {
    const developers = supplyChainStations(crowdedView(), 'china').find((entry) => entry.id === 'ecosystem');
    const maturity = developers?.bars[0];
    expect(maturity?.text.replaceAll('\u00a0', ' ')).toBe('8.5 of 10');
    expect(maturity && barFitsOneLine(maturity, chainTypes.normal)).toBe(true);
  });

  it('say the whole of a fab under construction: label, when it comes online, yield', () => {
    const fabs = supplyChainStations(crowdedView(), 'china').find((entry) => entry.id === 'fabs');
    if (!fabs) throw new Error('no fabs station');
    for (const type of [chainTypes.normal, chainTypes.large]) {
      const words = layoutStation(fabs, type)
        .items.flatMap((item) => (item.kind === 'text' ? [item.text] : []))
        .join(' ')
        .replaceAll('\u00a0', ' ');
      expect(words).toContain('N3 EUV, 25k wafers');
      expect(words).toContain('building: online in 2 rounds');
      expect(words).toMatch(/yield 30%, cap \d+%/);
    }
  });

  it('shorten a title only where it does not fit, keeping the full one in the station’s words', () => {
    const compute = supplyChainStations(crowdedView(), 'china').find((entry) => entry.id === 'compute');
    if (!compute) throw new Error('no compute station');
    expect(titleLines(compute, chainTypes.normal)).toEqual(['Effective compute']);
    expect(titleLines(compute, chainTypes.large)).toEqual(['Compute']);
    expect(layoutStation(compute, chainTypes.large).fullText).toMatch(/^Effective compute: /);
  });

  it('grow in projector mode, and its stations stay short enough for the whole board on a 1080p screen', () => {
    expect(chainTypes.large.lineSize).toBeGreaterThan(chainTypes.normal.lineSize * 1.2);
    expect(chainTypes.large.titleSize).toBeGreaterThan(chainTypes.normal.titleSize * 1.2);
    // 1920×1080 fits stations up to about 190 units with the countdowns under China's (test/e2e).
    for (const view of views)
      for (const side of ['us', 'china'] as const) {
        const heights = supplyChainStations(view, side, chainTypes.large.fabBars).map(
          (station) => layoutStation(station, chainTypes.large).height,
        );
        expect(Math.max(...heights)).toBeLessThanOrEqual(190);
      }
  });
});

describe('the chain on a phone', () => {
  it('is a column of stations about a phone screen wide, its words 13 units and more, larger in projector mode', () => {
    expect(chainTypeFor(1, false)).toBe(chainTypes.phone);
    expect(chainTypeFor(1, true)).toBe(chainTypes.phoneLarge);
    expect(chainTypeFor(5, false)).toBe(chainTypes.normal);
    expect(chainTypeFor(7, true)).toBe(chainTypes.large);
    for (const type of [chainTypes.phone, chainTypes.phoneLarge]) {
      // A 390-pixel phone draws the station about 340 pixels wide: a unit is about a pixel.
      expect(type.stationWidth).toBeLessThanOrEqual(340);
      let smallest = Infinity;
      for (const view of views)
        for (const side of ['us', 'china'] as const)
          for (const station of supplyChainStations(view, side, type.fabBars))
            for (const item of layoutStation(station, type).items)
              if (item.kind === 'text') smallest = Math.min(smallest, item.size);
      expect(smallest).toBeGreaterThanOrEqual(13.5);
    }
    expect(chainTypes.phoneLarge.lineSize).toBeGreaterThan(chainTypes.phone.lineSize);
  });
});

describe('a research countdown', () => {
  it('wraps its words to its slot, the pips below them', () => {
    const [countdown] = researchCountdowns(crowdedView(), 'china');
    if (!countdown) throw new Error('no countdown');
    const full = { ...countdown, progress: countdown.needed, done: false };
    const slot = 200;
    const layout = layoutCountdown(full, slot, chainTypes.large);
    expect(layout.label).toContain('full, lands at the start of');
    expect(layout.lines.length).toBeGreaterThan(1);
    for (const line of layout.lines)
      expect(textWidth(line.text, chainTypes.large.lineSize)).toBeLessThanOrEqual(slot - 32);
    expect(layout.pipsY).toBeGreaterThan(layout.lines[layout.lines.length - 1]?.y ?? 0);
    expect(layout.lines.map((line) => line.text).join(' ')).toBe(layout.label);
  });
});
