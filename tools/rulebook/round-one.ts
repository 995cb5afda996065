import type { GameState, Node, RoundFigures, Side } from '../../rules/index.ts';
import { actionDefinitions, cloneState } from '../../rules/index.ts';
import { chinaChipImports } from '../../rules/mechanics/controls.ts';
import {
  frontierClassBarInYear,
  frontierGain,
  independentDevelopersM,
} from '../../rules/mechanics/scoring.ts';
import { quietFirstRound } from './baseline.ts';
import {
  approx,
  approxBillions,
  billions,
  formatNumber,
  percent,
  ratio,
  thousands,
  thousandsOrNone,
} from './markdown.ts';

/**
 * The quick start's and §14's figures (`{{value:round1.*}}`): what the baseline's first round end does
 * when neither side plays a card or spends a dollar, read from the engine's own round end.
 */

/** Points with their sign, as the rulebook prints the track: +1, 0, −2. */
export const signed = (points: number): string =>
  points > 0 ? `+${points}` : points < 0 ? `−${Math.abs(points)}` : '0';

const eflops = (value: number): string => `${approx(value)} EFLOPS`;

/** A growth factor as a percentage gained: 1.43 → "43%". */
const growth = (factor: number): string => percent(Math.round((factor - 1) * 100) / 100);

/** Chips a side's power could carry at the round end's measurement (power grows only after it). */
function powerableChipsK(start: GameState, side: Side): number {
  return (start.sides[side].powerGw * 1000) / start.params.power.chipPowerKw[side];
}

/** The frontier race's gain at round 1's end, measured by the engine against the starting mark. */
export function roundOneFrontierGain(start: GameState, end: GameState): number {
  const measured = cloneState(end);
  measured.frontierReferenceRatio = start.frontierReferenceRatio;
  return frontierGain(measured);
}

function sideValues(
  side: Side,
  start: GameState,
  end: GameState,
  figures: RoundFigures,
): Record<string, string> {
  const before = start.sides[side].last.trainingEflops;
  const prefix = `round1.${side}`;
  const packagingBn = figures.chipsPackagedK * (start.params.nodes.packagingCostKUsdPerChip[side] / 1000);
  return {
    [`${prefix}TrainingBefore`]: eflops(before),
    [`${prefix}TrainingAfter`]: eflops(figures.trainingEflops),
    [`${prefix}Growth`]: growth(figures.trainingEflops / before),
    [`${prefix}Packaged`]: thousands(figures.chipsPackagedK),
    [`${prefix}Chips`]: thousands(end.sides[side].chipsK),
    [`${prefix}Powered`]: thousands(Math.min(end.sides[side].chipsK, powerableChipsK(start, side))),
    [`${prefix}Bill`]: approxBillions(figures.productionBillBn),
    [`${prefix}PackagingBill`]: approxBillions(packagingBn),
    [`${prefix}Income`]: approxBillions(figures.incomeBn),
    [`${prefix}BillShare`]: percent(Math.round((figures.productionBillBn / figures.incomeBn) * 100) / 100),
    [`${prefix}Developers`]: `${approx(independentDevelopersM(end, side))}M`,
  };
}

/** Which threshold the ground gained met, in words: "at least 30%: two points". */
function gainRule(ground: number, start: GameState): string {
  const { frontierOnePointGain: one, frontierTwoPointGain: two } = start.params.scoring;
  if (ground >= two) return `at least ${percent(two)}: two points`;
  if (ground >= one) return `at least ${percent(one)}, less than ${percent(two)}: one point`;
  return `less than ${percent(one)}: no point`;
}

/** Which ecosystem threshold the independent developers met, in words. */
function ecosystemRule(end: GameState): string {
  const { ecosystemUsDeveloperRatio: usRatio, ecosystemChinaDeveloperShare: chinaShare } = end.params.scoring;
  const us = independentDevelopersM(end, 'us');
  const china = independentDevelopersM(end, 'china');
  if (us >= china * usRatio) return `the US has at least ${formatNumber(usRatio)} times China's: one point`;
  if (china >= us * chinaShare) return `China has at least ${percent(chinaShare)} of the US's: one point`;
  return 'neither threshold is met: no point';
}

/** What the US grid lacked in the quiet first round, and the Build power actions that would have closed it. */
function usPowerNote(start: GameState, end: GameState): string {
  const { power } = start.params;
  const neededGw = (end.sides.us.chipsK * power.chipPowerKw.us) / 1000 - start.sides.us.powerGw;
  if (neededGw <= 1e-9) return 'In the quiet first round the grid carried every US chip.';
  const builds = Math.ceil(neededGw / power.gwPerAction.us - 1e-9);
  return `In the quiet first round the US grid lacked ${approx(neededGw)} GW: ${builds} Build power action${builds === 1 ? '' : 's'} that round would have carried every chip.`;
}

/** Which side's chips outran its power at round 1's end, in words. */
function powerSentence(start: GameState, end: GameState): string {
  const idle = (['us', 'china'] as const).filter(
    (side) => end.sides[side].chipsK > powerableChipsK(start, side) + 1e-9,
  );
  if (idle.length === 0) return 'Both sides had the power for every chip.';
  return idle
    .map(
      (side) =>
        `${side === 'us' ? 'The US' : 'China'}'s power carried only ${thousands(powerableChipsK(start, side))} of its ${thousands(end.sides[side].chipsK)} chips; the rest sat idle.`,
    )
    .join(' ');
}

export function roundOneValues(): Record<string, string> {
  const { start, end, record } = quietFirstRound();
  const gain = roundOneFrontierGain(start, end);
  const ratioAfter = record.figures.us.trainingEflops / record.figures.china.trainingEflops;
  const china = end.sides.china;
  return {
    ...sideValues('us', start, end, record.figures.us),
    ...sideValues('china', start, end, record.figures.china),
    'round1.powerSentence': powerSentence(start, end),
    'round1.usPowerNote': usPowerNote(start, end),
    'round1.ratioBefore': ratio(start.frontierReferenceRatio),
    'round1.ratioAfter': ratio(ratioAfter),
    'round1.gainer': gain >= 0 ? 'the US' : 'China',
    'round1.gain': percent(Math.round(Math.abs(gain) * 100) / 100),
    'round1.gainRule': gainRule(Math.abs(gain), start),
    'round1.ecosystemRule': ecosystemRule(end),
    'round1.frontier': signed(record.frontierPoints),
    'round1.frontierClass': signed(record.frontierClassPoints),
    'round1.frontierClassBar': eflops(frontierClassBarInYear(end.params.scoring, record.year)),
    'round1.frontierClassRule':
      record.frontierClassPoints < 0
        ? 'at or above the bar: China scores one point'
        : 'below the bar: the US scores one point',
    'round1.adoption': signed(record.adoptionPoints),
    'round1.ecosystem': signed(record.ecosystemPoints),
    'round1.lead': signed(record.computeLead),
    'round1.escalation': String(record.escalation),
    'round1.chinaHbmLeft': thousands(china.hbmStockKChips),
    'round1.chinaImported': thousandsOrNone(chinaChipImports(start).amountK),
    'round1.chinaToolsLost': String(record.figures.china.toolGroupsLost),
  };
}

/** Numbers of the "What limits you" boxes that no single parameter states. */
export function limitValues(): Record<string, string> {
  const { start } = quietFirstRound();
  const { params } = start;
  // A new fab at the US's leading buildable node, at a new fab's yield: what one more fab adds a round.
  const newFabDiesK =
    params.fabs.newFabCapacityKWafersPerRound *
    params.nodes.diesPerWafer.n3 *
    params.fabs.newFabYieldFraction;
  const { scoring, subsidy } = params;
  const firstEuvYear = params.research.domesticEuvEarliestYear + params.fabs.fabBuildRounds;
  const fabCost = (node: Node): string =>
    billions(actionDefinitions.buildFab.costBn(start, 'us', { action: 'buildFab', node }));
  return {
    'limits.usN3FabCost': fabCost('n3'),
    'limits.usN2FabCost': fabCost('n2'),
    'limits.chinaFirstEuvYear': String(firstEuvYear),
    'limits.chinaEarliestLoopYear': String(firstEuvYear + scoring.selfRelianceRoundsToHold - 1),
    'limits.usNewFabChips': thousands(newFabDiesK),
    // 1 GW = 1,000,000 kW: chips in thousands are 1,000 ÷ kW per chip.
    'limits.usChipsPerGw': thousands(1000 / params.power.chipPowerKw.us),
    'limits.chinaSubsidyBound': billions(scoring.selfRelianceMaxDependency / subsidy.dependencyPerBn),
    'limits.maxResearchCost': billions(
      params.research.trackActionCostBn +
        params.research.sanctionFrictionCostBn * params.research.maxSanctionsPerTrack,
    ),
  };
}
