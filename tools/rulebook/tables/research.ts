import type { ResearchTrack } from '../../../rules/index.ts';
import { researchTracks } from '../../../rules/index.ts';
import { researchPointsNeeded, trackTitle } from '../../../rules/mechanics/research.ts';
import { baselineGame } from '../baseline.ts';
import { table } from '../markdown.ts';

/** §13: China's domestic research tracks. */

const completion: Record<ResearchTrack, string> = {
  domesticEuv:
    'New Chinese fabs are built on the EUV route, at any node, learning toward {{pct:yieldCap.domesticEuvYieldShare}} of the EUV yield caps; its EUV fabs’ wafers count against the US chokehold; a link of the closed loop (§14). Once full, it lands at the start of the first round in {{param:research.domesticEuvEarliestYear}} or later.',
  domesticHbm:
    'Domestic HBM output starts at {{param:memory.domesticHbmKChipsPerRound}}k chip sets a round and grows by {{param:memory.domesticHbmGrowthKChipsPerRound}}k each round; a link of the closed loop (§14).',
  domesticSpares:
    'China may service its tools and buy domestic tool groups despite the bans, at domestic prices; a link of the closed loop (§14).',
};

export function researchTable(): string {
  const state = baselineGame();
  const rows = researchTracks.map((track) => [
    trackTitle(track),
    String(researchPointsNeeded(state, track)),
    String(state.sides.china.researchProgress[track]),
    completion[track],
  ]);
  return table(['Track', 'Points to complete', 'China starts with', 'When complete'], rows);
}
