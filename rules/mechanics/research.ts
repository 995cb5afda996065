import { nextFloat } from '../rng.ts';
import type { GameState } from '../state.ts';
import type { ResearchTrack } from '../vocabulary.ts';

/**
 * China's domestic tracks (RULEBOOK §6, §9, §13): EUV, HBM, and tools with spares. Each fills with
 * progress points and completes once. Domestic EUV is different: with its points full it can only land at
 * the start of a round from its earliest year, on a roll whose chance grows each year (a prototype in 2028
 * at the earliest, 2030 likely).
 */

export function researchPointsNeeded(state: GameState, track: ResearchTrack): number {
  const { research } = state.params;
  switch (track) {
    case 'domesticEuv':
      return research.domesticEuvPoints;
    case 'domesticHbm':
      return research.domesticHbmPoints;
    case 'domesticSpares':
      return research.domesticSparesPoints;
  }
}

export function addResearchProgress(state: GameState, track: ResearchTrack, points: number): void {
  const china = state.sides.china;
  if (china.researchDone[track]) return;
  china.researchProgress[track] = Math.max(
    0,
    Math.min(researchPointsNeeded(state, track), china.researchProgress[track] + points),
  );
  completeResearchIfReady(state, track);
}

/** Chance that a full domestic EUV track lands at the start of this round. */
export function domesticEuvLandingChance(state: GameState): number {
  const { research } = state.params;
  const yearsOpen = state.year - research.domesticEuvEarliestYear + 1;
  return yearsOpen <= 0 ? 0 : Math.min(1, yearsOpen * research.domesticEuvLandingChancePerYear);
}

/** At a round's start: a full domestic EUV track may land, on the game's own random stream. */
export function rollDomesticEuv(state: GameState): void {
  const china = state.sides.china;
  if (china.researchDone.domesticEuv) return;
  if (china.researchProgress.domesticEuv < researchPointsNeeded(state, 'domesticEuv')) return;
  const chance = domesticEuvLandingChance(state);
  if (chance <= 0) return;
  if (chance < 1 && nextFloat(state.rng) >= chance) {
    state.log.push({
      round: state.round,
      side: 'china',
      text: 'China’s domestic EUV line is not ready yet.',
    });
    return;
  }
  markComplete(state, 'domesticEuv');
}

/** Completes a full track other than domestic EUV, which lands only by `rollDomesticEuv`. */
export function completeResearchIfReady(state: GameState, track: ResearchTrack): void {
  const china = state.sides.china;
  if (track === 'domesticEuv' || china.researchDone[track]) return;
  if (china.researchProgress[track] < researchPointsNeeded(state, track)) return;
  markComplete(state, track);
}

function markComplete(state: GameState, track: ResearchTrack): void {
  const china = state.sides.china;
  china.researchDone[track] = true;
  if (track === 'domesticHbm')
    china.domesticHbmKChipsPerRound = state.params.memory.domesticHbmKChipsPerRound;
  state.log.push({
    round: state.round,
    side: 'china',
    text: `China completes its ${trackTitle(track)} track.`,
  });
}

export function trackTitle(track: ResearchTrack): string {
  switch (track) {
    case 'domesticEuv':
      return 'domestic EUV';
    case 'domesticHbm':
      return 'domestic HBM';
    case 'domesticSpares':
      return 'domestic tools and spares';
  }
}
