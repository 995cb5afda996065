import { cards, defaultParameters, eras } from '../../rules/index.ts';
import { usMaterialsCostMultiplier, usRevenueLossBn } from '../../rules/mechanics/controls.ts';
import { frontierClassAnchorYear, frontierClassBarInYear } from '../../rules/mechanics/scoring.ts';
import { baselineGame } from './baseline.ts';
import { limitValues, roundOneValues } from './round-one.ts';
import { approx, billions, formatNumber, times } from './markdown.ts';
import { dieCostExample } from './tables/fabs.ts';
import { toolExample } from './tables/tools.ts';

/** Named numbers the template's prose uses (`{{value:name}}`), each derived from the engine. */

function calendarValues(): Record<string, string> {
  const { calendar } = defaultParameters;
  const yearOfRound = (round: number): number => calendar.startYear + round - 1;
  return {
    firstYear: String(calendar.startYear),
    lastYear: String(yearOfRound(calendar.roundCount)),
    era2Year: String(yearOfRound(calendar.era2StartRound)),
    era3Year: String(yearOfRound(calendar.era3StartRound)),
    era1LastYear: String(yearOfRound(calendar.era2StartRound) - 1),
    era2LastYear: String(yearOfRound(calendar.era3StartRound) - 1),
    fabFirstYear: String(calendar.startYear + defaultParameters.fabs.fabBuildRounds),
    cardsPlayedPerRound: String(calendar.actionRoundsPerSide + 1),
    cardsKept: String(calendar.handSize - calendar.actionRoundsPerSide - 1),
    cardCount: String(cards.length),
    ...Object.fromEntries(
      eras.map((era) => [`cardsInEra${era}`, String(cards.filter((c) => c.era === era).length)]),
    ),
    starredCount: String(cards.filter((card) => card.removeAfterEvent).length),
  };
}

function startValues(): Record<string, string> {
  const start = baselineGame();
  const { us, china } = start.sides;
  return {
    'start.usRevenueLoss': billions(usRevenueLossBn(start)),
    'start.usMaterials': times(usMaterialsCostMultiplier(start)),
    'start.trainingRatio': approx(start.frontierReferenceRatio),
    'compute.inferenceRevenue': `$${String(Number(defaultParameters.compute.inferenceRevenueBnPerEflops.toPrecision(12)))}Bn`,
    'start.usCluster': formatNumber(Math.round(us.last.clusterEfficiency * 100)),
    'start.chinaCluster': formatNumber(Math.round(china.last.clusterEfficiency * 100)),
  };
}

/** The frontier-class bar of every year of the baseline's calendar, as the rulebook's table prints it. */
function frontierClassValues(): Record<string, string> {
  const { calendar, scoring } = defaultParameters;
  const years = Array.from({ length: calendar.roundCount }, (_, index) => calendar.startYear + index);
  return {
    'frontierClass.anchorYear': String(frontierClassAnchorYear),
    'frontierClass.barsByYear': years
      .map((year) => `${year}: ${approx(frontierClassBarInYear(scoring, year))}`)
      .join('; '),
  };
}

function subsidyValues(): Record<string, string> {
  const { subsidy } = defaultParameters;
  const perBnPerRound = subsidy.dependencyPerBn * subsidy.dependencyCostBnPerPoint;
  return {
    'subsidy.paybackRounds': formatNumber(Math.round(10 / perBnPerRound) / 10),
    'subsidy.usTrancheDependency': formatNumber(subsidy.trancheBn.us * subsidy.dependencyPerBn),
    'subsidy.usTrancheCost': billions(subsidy.trancheBn.us * perBnPerRound),
    'subsidy.chinaTrancheDependency': formatNumber(subsidy.trancheBn.china * subsidy.dependencyPerBn),
    'subsidy.chinaTrancheCost': billions(subsidy.trancheBn.china * perBnPerRound),
  };
}

export function templateValues(): Record<string, string> {
  return {
    ...calendarValues(),
    ...startValues(),
    ...frontierClassValues(),
    ...subsidyValues(),
    ...dieCostExample(),
    ...toolExample(),
    ...roundOneValues(),
    ...limitValues(),
  };
}
