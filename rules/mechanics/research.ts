import type { GameState } from '../state.ts';
import type { ResearchTrack } from '../vocabulary.ts';

/**
 * China's domestic tracks (RULEBOOK §6, §9, §13): EUV, HBM, and tools with spares. Each fills with
 * progress points and completes once. Domestic EUV is different: with its points full it lands at the
 * start of the first round of its earliest year or later (chips 2028 at the earliest): a countdown both
 * sides can read, so no single roll decides a game.
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

/**
 * The year a domestic EUV track would land if it were full now: this round's start if the year has come,
 * else its earliest year. What the board's countdown shows.
 */
export function domesticEuvLandingYear(state: GameState): number {
  return Math.max(state.year, state.params.research.domesticEuvEarliestYear);
}

/** Research points still missing on a track (0 once it is full or done). */
export function researchPointsMissing(state: GameState, track: ResearchTrack): number {
  const china = state.sides.china;
  if (china.researchDone[track]) return 0;
  return Math.max(0, researchPointsNeeded(state, track) - china.researchProgress[track]);
}

/** At a round's start: a full domestic EUV track lands once its earliest year has come. */
export function landDomesticEuvIfDue(state: GameState): void {
  const china = state.sides.china;
  if (china.researchDone.domesticEuv) return;
  if (researchPointsMissing(state, 'domesticEuv') > 0) return;
  if (state.year < state.params.research.domesticEuvEarliestYear) {
    state.log.push({
      round: state.round,
      side: 'china',
      text: `China’s domestic EUV line is ready and waits for ${state.params.research.domesticEuvEarliestYear}.`,
    });
    return;
  }
  markComplete(state, 'domesticEuv');
}

/** What one research action on a track costs China now: the base cost plus the Entity List's friction. */
export function researchActionCostBn(state: GameState, track: ResearchTrack): number {
  const { research } = state.params;
  return (
    research.trackActionCostBn + research.sanctionFrictionCostBn * state.sides.china.sanctionsOnTrack[track]
  );
}

/** Research actions the track can still absorb this round: its cap less this round's US listings. */
export function researchSlotsLeft(state: GameState, track: ResearchTrack): number {
  return Math.max(
    0,
    state.params.research.trackActionsPerRound -
      state.sides.china.researchActionsThisRound[track] -
      state.sides.us.researchActionsThisRound[track],
  );
}

/** An Entity List listing: lasting friction on the track, and one research slot fewer this round. */
export function listEntities(state: GameState, track: ResearchTrack): void {
  state.sides.us.researchActionsThisRound[track] += 1;
  state.sides.china.sanctionsOnTrack[track] += 1;
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
