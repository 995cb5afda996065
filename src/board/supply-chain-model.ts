import type { Fab, GameState, PlayerView, Side } from '../../rules/index.ts';
import { publicState, researchTracks } from '../../rules/index.ts';
import { fabYieldCapFraction } from '../../rules/mechanics/fabs.ts';
import { poweredChipsK } from '../../rules/mechanics/power.ts';
import { domesticEuvLandingYear, researchPointsNeeded } from '../../rules/mechanics/research.ts';
import { frontierClassBarEflops, frontierClassPoints } from '../../rules/mechanics/scoring.ts';
import type { IconName } from './icons.tsx';
import { formatEflops, formatEflopsCompact, formatNumber, formatPercent, formatThousands } from './format.ts';
import { researchTrackTitle } from './hints.ts';

/**
 * One side's supply chain as the board draws it: stations from lithography to developers, each with
 * the view's figures as lines and bars. Pure (tested in test/src/supply-chain-model.test.ts and
 * test/src/board-model.test.ts); the figures and caps come from the view and the rules' own functions,
 * never recomputed here. The words break only at plain spaces: a no-break space (`nbsp`) keeps a figure
 * with its unit when a station's lines wrap (src/board/chain-layout.ts).
 */

export const nbsp = '\u00a0';

export interface Bar {
  label: string;
  /** 0–1 of the bar's length. */
  fill: number;
  /** 0–1: where the bar's mark sits (a fab's yield cap, the frontier-class bar), if it has one. */
  cap?: number;
  /** The figure beside or under the label. */
  text: string;
  /** A line between the label and the figure (a fab under construction: when it comes online). */
  note?: string;
  /** The bar in words for its tooltip and screen readers, when "label: note, text" would not say enough. */
  description?: string;
}

export interface Wear {
  /** Wear (0–1) of each DUV tool group: one small gauge each. */
  fractions: readonly number[];
  /** The gauges' figure: the least and most worn group. */
  text: string;
}

export interface Station {
  id: string;
  title: string;
  /** The title where the full one does not fit a station (large type); the full one stays its tooltip. */
  shortTitle?: string;
  icon: IconName;
  lines: string[];
  bars: Bar[];
  /** Lines after the bars: what the bars leave out (a big fleet's other fabs). */
  closingLines?: string[];
  wear?: Wear;
}

export interface ResearchCountdown {
  title: string;
  progress: number;
  needed: number;
  done: boolean;
  /** Entity List listings on the track: each makes research on it dearer. */
  listings: number;
  /** The year a full track lands (domestic EUV waits for its earliest year). */
  landsInYear: number;
}

const share = (value: number, max: number): number => (max > 0 ? Math.min(1, Math.max(0, value / max)) : 0);

/** A bar for a level on a scale of `max` (interconnect, library maturity). */
const levelBar = (label: string, value: number, max: number, text: string): Bar => ({
  label,
  fill: share(value, max),
  text,
});

/**
 * Whether production's figures (`last`: wafers, dies, chips packaged, capacity) exist yet: not before the
 * first round ends. Compute is measured from the starting fleets at setup, so it is always known.
 */
export const measured = (view: PlayerView): boolean => view.history.length > 0;

/** `fabBars`: bars the fabs station draws at most, the rest summed in a line (fewer where type is large). */
export function supplyChainStations(view: PlayerView, side: Side, fabBars = maxFabBars): Station[] {
  const own = view.sides[side];
  const last = own.last;
  const params = view.params;
  const state = publicState(view);
  const atRoundEnd = (text: string): string => (measured(view) ? text : 'known at the round’s end');

  const lithography: Station =
    side === 'us'
      ? {
          id: 'lithography',
          title: 'Lithography',
          icon: 'lithography',
          lines: ['EUV, serviced by its makers'],
          bars: [],
        }
      : {
          id: 'lithography',
          title: 'Lithography',
          icon: 'lithography',
          lines: [
            own.researchDone.domesticEuv ? 'Domestic EUV' : 'DUV multi-patterning',
            toolGroupsLine(own.toolGroupWear.length),
          ],
          bars: [],
          ...(own.toolGroupWear.length > 0
            ? { wear: { fractions: own.toolGroupWear, text: wearRange(own.toolGroupWear) } }
            : {}),
        };

  const groups = fabGroups(own.fabs);
  const shownGroups = groups.length > fabBars ? groups.slice(0, fabBars - 1) : groups;
  const hiddenGroups = groups.slice(shownGroups.length);
  const hiddenWafersK = hiddenGroups.flat().reduce((sum, fab) => sum + fab.capacityKWafersPerRound, 0);
  const fabs: Station = {
    id: 'fabs',
    title: 'Fabs',
    icon: 'fab',
    lines: own.fabs.length === 0 ? ['No fabs'] : [],
    ...(hiddenGroups.length > 0
      ? {
          closingLines: [
            `+${hiddenGroups.flat().length} more fabs, ${unitsTogether(formatThousands(hiddenWafersK, 'wafers'))}`,
          ],
        }
      : {}),
    bars: shownGroups.map((group) => {
      const first = group[0];
      if (!first) throw new Error('an empty fab group');
      const cap = fabYieldCapFraction(params, first, side);
      const capacityK = group.reduce((sum, fab) => sum + fab.capacityKWafersPerRound, 0);
      // A group's yield is its wafer-weighted mean: what its wafers yield together.
      const yieldFraction =
        group.reduce((sum, fab) => sum + fab.yieldFraction * fab.capacityKWafersPerRound, 0) /
        Math.max(capacityK, 1e-9);
      const count = group.length > 1 ? ` ×${group.length}` : '';
      return {
        label: `${first.node.toUpperCase()} ${first.route.toUpperCase()}${count}, ${unitsTogether(formatThousands(capacityK, 'wafers'))}`,
        ...(first.roundsUntilOnline > 0 ? { note: onlineIn(first.roundsUntilOnline) } : {}),
        fill: yieldFraction,
        cap,
        text: `yield${nbsp}${formatPercent(yieldFraction)}, cap${nbsp}${formatPercent(cap)}`,
      };
    }),
  };

  const packaging: Station = {
    id: 'packaging',
    title: 'Packaging, HBM',
    shortTitle: 'Packaging',
    icon: 'memory',
    lines: [
      atRoundEnd(`good dies ${formatThousands(last.goodDiesK, '')}`.trim()),
      ...(measured(view) ? [`packaged ${unitsTogether(formatThousands(last.chipsPackagedK, 'chips'))}`] : []),
      side === 'us'
        ? 'HBM supply not binding'
        : `HBM stock ${unitsTogether(formatThousands(own.hbmStockKChips, 'sets'))}`,
      ...(side === 'china' && own.domesticHbmKChipsPerRound > 0
        ? [`domestic HBM +${unitsTogether(formatThousands(own.domesticHbmKChipsPerRound, 'a round'))}`]
        : []),
    ],
    bars: [],
  };

  const powered = poweredChipsK(state, side);
  const chips: Station = {
    id: 'chips',
    title: 'Chips, power',
    icon: 'chip',
    lines: [
      `${unitsTogether(formatThousands(own.chipsK, 'chips'))} installed`,
      `${formatNumber(own.chipPerformancePflops, 2)}${nbsp}PFLOPS each`,
      `${formatNumber(own.powerGw, 1)}${nbsp}GW of power`,
    ],
    bars: [
      {
        label: `Powered ${formatThousands(powered, '')}`.trim(),
        fill: share(powered, own.chipsK),
        text: formatPercent(share(powered, own.chipsK)),
      },
    ],
  };

  const maxInterconnect = params.interconnect.maxLevel;
  const clusters: Station = {
    id: 'clusters',
    title: 'Clusters',
    icon: 'cluster',
    lines: [
      `cluster${nbsp}${formatPercent(last.clusterEfficiency)}, memory${nbsp}${formatPercent(last.memoryEfficiency)}`,
    ],
    bars: [
      levelBar(
        'Interconnect',
        own.interconnectLevel,
        maxInterconnect,
        `level ${own.interconnectLevel} of${nbsp}${maxInterconnect}`,
      ),
    ],
  };

  const frontierClass = side === 'china' ? frontierClassGauge(view, state) : undefined;
  const compute: Station = {
    id: 'compute',
    title: 'Effective compute',
    shortTitle: 'Compute',
    icon: 'compute',
    lines: [
      unitsTogether(formatEflopsCompact(last.effectiveComputeEflops)),
      `training ${unitsTogether(formatEflopsCompact(last.trainingEflops))}`,
      `algorithms ×${formatNumber(last.algorithmicMultiplier, 2)} (level${nbsp}${own.efficiencyLevel})`,
      ...(frontierClass ? [frontierClass.line] : []),
    ],
    bars: frontierClass ? [frontierClass.bar] : [],
  };

  const maturityMax = params.ecosystem.maturityMax;
  const ecosystem: Station = {
    id: 'ecosystem',
    title: 'Developers',
    icon: 'developers',
    lines: [
      `${formatNumber(own.developersM, 2)}M developers`,
      `utilisation ${formatPercent(last.utilisation)}`,
    ],
    bars: [
      levelBar(
        'Library maturity',
        own.maturity,
        maturityMax,
        `${formatNumber(own.maturity, 1)} of${nbsp}${maturityMax}`,
      ),
    ],
  };

  return [lithography, fabs, packaging, chips, clusters, compute, ecosystem];
}

/** A figure and its unit on one line: "1.4M a round", "909.2 EFLOPS". */
const unitsTogether = (figure: string): string => figure.replaceAll(' ', nbsp);

export const toolGroupsLine = (count: number): string =>
  count === 0 ? 'No DUV tool groups' : `${count} DUV tool group${count === 1 ? '' : 's'}`;

/** "10–60%" from the least to the most worn group; one figure when they are alike. */
export function wearRange(fractions: readonly number[]): string {
  const least = formatPercent(Math.min(...fractions));
  const most = formatPercent(Math.max(...fractions));
  return least === most ? most : `${least.replace('%', '')}–${most}`;
}

export const onlineIn = (rounds: number): string =>
  `building: online${nbsp}in${nbsp}${rounds}${nbsp}round${rounds === 1 ? '' : 's'}`;

/**
 * China's training compute against this year's frontier-class bar (RULEBOOK §14): the bar from the rules'
 * function, the verdict from the rules' scoring of the view's figures. The gauge's end leaves room past
 * the bar, so a side above it shows by how much.
 */
export function frontierClassGauge(
  view: PlayerView,
  state: GameState = publicState(view),
): { line: string; bar: Bar } {
  const barEflops = frontierClassBarEflops(state);
  const trainingEflops = view.sides.china.last.trainingEflops;
  const reached = frontierClassPoints(state) < 0;
  const gaugeEnd = Math.max(barEflops, trainingEflops) * 1.25;
  const percentOfBar = formatPercent(barEflops > 0 ? trainingEflops / barEflops : 0);
  return {
    line: `Frontier class ${view.year}`,
    bar: {
      label: `bar ${unitsTogether(formatEflopsCompact(barEflops))}`,
      text: reached ? 'above' : 'below',
      fill: share(trainingEflops, gaugeEnd),
      cap: share(barEflops, gaugeEnd),
      description:
        `Frontier class, ${view.year}: China trains ${formatEflops(trainingEflops)}, ${percentOfBar} of this year’s bar of ` +
        `${formatEflops(barEflops)}, ${reached ? 'at or above it' : 'below it'}. At each round end China scores 1 at or above the ` +
        'bar, the US 1 below it; “How to win” forecasts this round’s end.',
    },
  };
}

/** Bars the fabs station draws at most (the rest as one line): the board fits a projector in any game. */
export const maxFabBars = 3;

/**
 * Fabs of one node, route and construction state drawn as one bar: a side that builds many fabs keeps a
 * board that fits a projector, and fabs alike in all three behave alike.
 */
export function fabGroups(fabs: readonly Fab[]): Fab[][] {
  const groups = new Map<string, Fab[]>();
  for (const fab of fabs) {
    const key = `${fab.node}|${fab.route}|${fab.roundsUntilOnline}`;
    const group = groups.get(key);
    if (group) group.push(fab);
    else groups.set(key, [fab]);
  }
  return [...groups.values()];
}

/** China's domestic research tracks as countdowns (progress / needed); none for the US. */
export function researchCountdowns(view: PlayerView, side: Side): ResearchCountdown[] {
  if (side !== 'china') return [];
  const own = view.sides.china;
  const state = publicState(view);
  return researchTracks.map((track) => ({
    title: researchTrackTitle(track),
    progress: own.researchProgress[track],
    needed: researchPointsNeeded(state, track),
    done: own.researchDone[track],
    listings: own.sanctionsOnTrack[track],
    // Only domestic EUV waits for its year once full; the other tracks complete when they fill.
    landsInYear: track === 'domesticEuv' ? domesticEuvLandingYear(state) : view.year,
  }));
}
