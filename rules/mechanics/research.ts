import type { GameState } from '../state.ts';
import type { ResearchTrack } from '../vocabulary.ts';

/**
 * China's domestic tracks (RULEBOOK §6, §9, §13): EUV, HBM, and tools with spares. Each fills with
 * progress points and completes once; domestic EUV cannot land before its earliest year.
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

export function completeResearchIfReady(state: GameState, track: ResearchTrack): void {
  const china = state.sides.china;
  if (china.researchDone[track]) return;
  if (china.researchProgress[track] < researchPointsNeeded(state, track)) return;
  if (track === 'domesticEuv' && state.year < state.params.research.domesticEuvEarliestYear) return;
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
