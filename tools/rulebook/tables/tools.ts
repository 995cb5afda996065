import { defaultParameters } from '../../../rules/index.ts';
import { patterningPasses, serviceCostBn, toolPassCapacityK } from '../../../rules/mechanics/tools.ts';
import { produce } from '../../../rules/mechanics/production.ts';
import { baselineGame } from '../baseline.ts';
import { billions, formatNumber, thousands } from '../markdown.ts';

/** §6: the first round's tool work in the baseline, run through the engine's production step. */
export function toolExample(): Record<string, string> {
  const state = baselineGame();
  const china = state.sides.china;
  const groups = china.toolGroupWear.length;
  const capacityK = toolPassCapacityK(state);
  const demandK = china.fabs.reduce(
    (sum, fab) =>
      sum + (fab.route === 'duv' ? fab.capacityKWafersPerRound * patterningPasses(state, fab.node) : 0),
    0,
  );
  const serviceBn = serviceCostBn(state);
  const mostWorn = Math.max(...china.toolGroupWear);
  produce(state, 'china');
  const wearGain = Math.min(...china.toolGroupWear);
  return {
    'tools.groups': String(groups),
    'tools.capacity': thousands(capacityK),
    'tools.demand': thousands(demandK),
    'tools.wafers': thousands(china.last.wafersK),
    'tools.wearGain': formatNumber(wearGain),
    'tools.mostWorn': formatNumber(mostWorn),
    'tools.lost': String(china.last.toolGroupsLost),
    'tools.left': String(china.toolGroupWear.length),
    'tools.serviceAtStart': billions(serviceBn),
    'tools.passesN7': String(defaultParameters.nodes.duvPatterningPasses.n7),
  };
}
