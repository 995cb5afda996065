import type { Seat } from './route.ts';

/** Lobby listings as the page shows them: pure, tested in test/src/matches.test.ts. */
export interface ListedPlayer {
  id: number;
  name?: string | undefined;
}

export interface ListedMatch {
  matchID: string;
  players: ListedPlayer[];
  setupData?: unknown;
  gameover?: unknown;
  createdAt?: number;
}

export interface MatchSummary {
  matchID: string;
  scenarioId: string;
  seats: Record<Seat, string | undefined>;
  openSeats: Seat[];
  over: boolean;
}

function scenarioOf(setupData: unknown): string {
  if (typeof setupData === 'object' && setupData !== null && 'scenarioId' in setupData) {
    const { scenarioId } = setupData;
    if (typeof scenarioId === 'string') return scenarioId;
  }
  return 'baseline-2025';
}

export function summarise(match: ListedMatch): MatchSummary {
  const nameOf = (seat: Seat): string | undefined =>
    match.players.find((player) => String(player.id) === seat)?.name;
  const seats: Record<Seat, string | undefined> = { '0': nameOf('0'), '1': nameOf('1') };
  return {
    matchID: match.matchID,
    scenarioId: scenarioOf(match.setupData),
    seats,
    openSeats: (['0', '1'] as const).filter((seat) => seats[seat] === undefined),
    over: match.gameover !== undefined && match.gameover !== null,
  };
}

/** Newest first, at most `limit`. */
export function recentMatches(matches: readonly ListedMatch[], limit: number): MatchSummary[] {
  return [...matches]
    .sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0))
    .slice(0, limit)
    .map(summarise);
}
