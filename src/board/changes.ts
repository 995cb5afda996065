import type { PlayerView, Side } from '../../rules/index.ts';
import { researchTracks } from '../../rules/index.ts';
import { formatBn, formatNumber, formatPercent, formatThousands, sideShort } from './format.ts';
import { trackTitle } from '../../rules/mechanics/research.ts';

/**
 * What changed between two views the board received, in words ("US budget $30Bn → $32Bn"): so an
 * event, an action or a round end never changes a number unannounced. It compares public figures
 * only (nothing is recomputed). Pure; tested in test/src/changes.test.ts.
 */

export interface Change {
  side: Side | null;
  /** The supply-chain station (or "tracks", "header") the figure belongs to: the board marks it. */
  place: string;
  text: string;
}

interface Figure {
  place: string;
  label: string;
  read: (view: PlayerView, side: Side) => number;
  format: (value: number) => string;
}

const sideFigures: Figure[] = [
  { place: 'header', label: 'budget', read: (v, s) => v.sides[s].budgetBn, format: formatBn },
  {
    place: 'header',
    label: 'influence',
    read: (v, s) => v.sides[s].influence,
    format: (x) => formatNumber(x, 1),
  },
  {
    place: 'header',
    label: 'dependency',
    read: (v, s) => v.sides[s].dependency,
    format: (x) => formatNumber(x, 1),
  },
  {
    place: 'lithography',
    label: 'DUV tool groups',
    read: (v, s) => (s === 'china' ? v.sides[s].toolGroupWear.length : 0),
    format: (x) => String(x),
  },
  { place: 'fabs', label: 'fabs', read: (v, s) => v.sides[s].fabs.length, format: (x) => String(x) },
  {
    place: 'packaging',
    label: 'HBM stock',
    read: (v, s) => (s === 'china' ? v.sides[s].hbmStockKChips : 0),
    format: (x) => formatThousands(x, 'sets'),
  },
  {
    place: 'chips',
    label: 'chips',
    read: (v, s) => v.sides[s].chipsK,
    format: (x) => formatThousands(x, '').trim(),
  },
  {
    place: 'chips',
    label: 'power',
    read: (v, s) => v.sides[s].powerGw,
    format: (x) => `${formatNumber(x, 1)} GW`,
  },
  {
    place: 'clusters',
    label: 'interconnect',
    read: (v, s) => v.sides[s].interconnectLevel,
    format: (x) => `level ${x}`,
  },
  {
    place: 'compute',
    label: 'algorithm level',
    read: (v, s) => v.sides[s].efficiencyLevel,
    format: (x) => String(x),
  },
  {
    place: 'ecosystem',
    label: 'developers',
    read: (v, s) => v.sides[s].developersM,
    format: (x) => `${formatNumber(x, 2)}M`,
  },
  {
    place: 'ecosystem',
    label: 'library maturity',
    read: (v, s) => v.sides[s].maturity,
    format: (x) => formatNumber(x, 1),
  },
];

const sharedFigures: { label: string; read: (view: PlayerView) => number }[] = [
  { label: 'Compute lead', read: (view) => view.computeLead },
  { label: 'Escalation', read: (view) => view.escalation },
  { label: 'Export controls', read: (view) => view.exportControlLevel },
  { label: 'Retaliation', read: (view) => view.retaliationLevel },
];

/** The places on one side's board (stations, header, research) the latest changes landed on. */
export function changedPlaces(changes: readonly Change[], side: Side): ReadonlySet<string> {
  return new Set(changes.filter((change) => change.side === side).map((change) => change.place));
}

/** Small float noise (a budget recomputed to the same cents) is not a change. */
const differs = (a: number, b: number): boolean => Math.abs(a - b) > 1e-6;

export function changesBetween(before: PlayerView, after: PlayerView): Change[] {
  const changes: Change[] = [];
  for (const figure of sharedFigures) {
    const was = figure.read(before);
    const now = figure.read(after);
    if (differs(was, now))
      changes.push({ side: null, place: 'tracks', text: `${figure.label} ${was} → ${now}` });
  }
  for (const side of ['us', 'china'] as const) {
    for (const figure of sideFigures) {
      const was = figure.format(figure.read(before, side));
      const now = figure.format(figure.read(after, side));
      // Compared as shown: a change too small to show is not announced.
      if (was !== now)
        changes.push({
          side,
          place: figure.place,
          text: `${sideShort(side)} ${figure.label} ${was} → ${now}`,
        });
    }
    for (const fab of after.sides[side].fabs) {
      const earlier = before.sides[side].fabs.find((candidate) => candidate.id === fab.id);
      if (!earlier) continue;
      const was = formatPercent(earlier.yieldFraction);
      const now = formatPercent(fab.yieldFraction);
      if (was !== now)
        changes.push({
          side,
          place: 'fabs',
          text: `${sideShort(side)} ${fab.node.toUpperCase()} yield ${was} → ${now}`,
        });
    }
  }
  for (const track of researchTracks) {
    const was = before.sides.china.researchProgress[track];
    const now = after.sides.china.researchProgress[track];
    if (differs(was, now))
      changes.push({
        side: 'china',
        place: 'research',
        text: `China ${trackTitle(track)} research ${formatNumber(was, 1)} → ${formatNumber(now, 1)}${now < was ? ' (knocked back)' : ''}`,
      });
  }
  return changes;
}
