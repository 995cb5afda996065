import type { FigureChange, FigureId, FigureSource, PlayerView, Side } from '../../rules/index.ts';
import { figureChangesBetween } from '../../rules/index.ts';
import { trackTitle } from '../../rules/mechanics/research.ts';
import { formatBn, formatNumber, formatPercent, formatThousands, sideShort } from './format.ts';

/**
 * The kernel's recorded effects (rules/effects-log.ts) in words: "US budget $30Bn → $32Bn", where on the
 * board each figure sits (the station the board marks), and a step's changes as one sentence. Which
 * figures exist and how they are read is the rules' knowledge; their words are the board's. Pure; tested
 * in test/src/effect-words.test.ts.
 */

export interface Change {
  side: Side | null;
  /**
   * Where the board shows the figure, which it marks: a side's supply-chain station (or "header",
   * "research"), or for a figure of the table its track ("lead", "escalation", "controls", "retaliation").
   */
  place: string;
  text: string;
}

interface FigureWords {
  place: string;
  label: (change: FigureChange) => string;
  format: (value: number) => string;
}

const plain = (value: number): string => formatNumber(value, 1);
const fixed =
  (label: string): FigureWords['label'] =>
  () =>
    label;
const ofTrack = (change: FigureChange): string => (change.track ? trackTitle(change.track) : 'domestic');

function describeLeadValue(lead: number): string {
  if (lead === 0) return 'level';
  return `${lead > 0 ? 'US' : 'China'} +${formatNumber(Math.abs(lead), 0)}`;
}

const roundsLeft = (rounds: number): string =>
  rounds === 0 ? 'none' : `${formatNumber(rounds, 0)} round${rounds === 1 ? '' : 's'} left`;

const figureWords: Record<FigureId, FigureWords> = {
  computeLead: { place: 'lead', label: fixed('compute lead'), format: describeLeadValue },
  escalation: { place: 'escalation', label: fixed('escalation'), format: plain },
  exportControls: { place: 'controls', label: fixed('export-control level'), format: plain },
  retaliation: { place: 'retaliation', label: fixed('retaliation level'), format: plain },
  budget: { place: 'header', label: fixed('budget'), format: formatBn },
  influence: { place: 'header', label: fixed('influence'), format: plain },
  dependency: { place: 'header', label: fixed('dependency'), format: plain },
  fabs: { place: 'fabs', label: fixed('fabs'), format: (value) => formatNumber(value, 0) },
  capacity: {
    place: 'fabs',
    label: fixed('running capacity'),
    format: (value) => formatThousands(value, 'wafers'),
  },
  fabYield: {
    place: 'fabs',
    label: (change) => `${change.node ? change.node.toUpperCase() : 'fab'} yield`,
    format: formatPercent,
  },
  toolGroups: {
    place: 'lithography',
    label: fixed('DUV tool groups'),
    format: (value) => formatNumber(value, 0),
  },
  toolWear: { place: 'lithography', label: fixed('DUV tool wear'), format: formatPercent },
  hbmStock: {
    place: 'packaging',
    label: fixed('HBM stock'),
    format: (value) => formatThousands(value, 'sets'),
  },
  chips: { place: 'chips', label: fixed('chips'), format: (value) => formatThousands(value, '').trim() },
  power: { place: 'chips', label: fixed('power'), format: (value) => `${formatNumber(value, 1)} GW` },
  interconnect: { place: 'clusters', label: fixed('interconnect level'), format: plain },
  algorithmLevel: { place: 'compute', label: fixed('algorithm level'), format: plain },
  algorithmProgress: { place: 'compute', label: fixed('algorithmic progress'), format: plain },
  developers: {
    place: 'ecosystem',
    label: fixed('developers'),
    format: (value) => `${formatNumber(value, 2)}M`,
  },
  maturity: { place: 'ecosystem', label: fixed('library maturity'), format: plain },
  porting: { place: 'ecosystem', label: fixed('porting'), format: roundsLeft },
  mandate: {
    place: 'ecosystem',
    label: fixed('domestic-chip mandate'),
    format: (value) => (value ? 'in force' : 'off'),
  },
  research: { place: 'research', label: (change) => `${ofTrack(change)} research`, format: plain },
  entityListings: {
    place: 'research',
    label: (change) => `Entity List listings on ${ofTrack(change)}`,
    format: plain,
  },
};

/** One change without its side: "budget $30Bn → $32Bn"; undefined when too small to show (both read the same). */
export function changeWords(change: FigureChange): string | undefined {
  const words = figureWords[change.figure];
  const was = words.format(change.before);
  const now = words.format(change.after);
  if (was === now) return undefined;
  const knockedBack = change.figure === 'research' && change.after < change.before ? ' (knocked back)' : '';
  return `${words.label(change)} ${was} → ${now}${knockedBack}`;
}

const sideWords = (side: Side | null): string => (side === null ? '' : `${sideShort(side)} `);

/** Each change that shows, with its side and place: the "Just changed" line and the board's marks. */
export function describeChanges(changes: readonly FigureChange[]): Change[] {
  return changes.flatMap((change) => {
    const words = changeWords(change);
    if (words === undefined) return [];
    const text = `${sideWords(change.side)}${words}`;
    return [
      {
        side: change.side,
        place: figureWords[change.figure].place,
        text: change.side === null ? text.charAt(0).toUpperCase() + text.slice(1) : text,
      },
    ];
  });
}

/**
 * A step's changes as one sentence, grouped by whom they concern in the order they came:
 * "US budget $30Bn → $32Bn, power 11 GW → 13 GW; escalation 1 → 2." Empty when none shows.
 */
export function effectsSentence(changes: readonly FigureChange[]): string {
  const groups: { side: Side | null; words: string[] }[] = [];
  for (const change of changes) {
    const words = changeWords(change);
    if (words === undefined) continue;
    const group = groups.find((candidate) => candidate.side === change.side);
    if (group) group.words.push(words);
    else groups.push({ side: change.side, words: [words] });
  }
  if (groups.length === 0) return '';
  const sentence = groups.map((group) => `${sideWords(group.side)}${group.words.join(', ')}`).join('; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** The places on one side's board, or with `null` the shared tracks, the latest changes landed on. */
export function changedPlaces(changes: readonly Change[], side: Side | null): ReadonlySet<string> {
  return new Set(changes.filter((change) => change.side === side).map((change) => change.place));
}

type StepSource = FigureSource & Pick<PlayerView, 'log'>;

/**
 * What a step changed: the effects the kernel recorded in the log entries the step added; for a log
 * written before the kernel recorded effects (rules 2.4.0), the difference between the two views.
 */
export function stepChanges(before: StepSource, after: StepSource): FigureChange[] {
  const added = after.log.slice(before.log.length);
  if (added.some((entry) => entry.effects)) return added.flatMap((entry) => entry.effects ?? []);
  return figureChangesBetween(before, after);
}
