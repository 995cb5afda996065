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

/**
 * The matches of a paged Lobby API answer (`{matches: [...]}`), in the server's order (joinable and fresh
 * first, no creator crowding the page: server/lobby/list-page.ts); entries of another shape are skipped.
 */
export function listedMatches(body: unknown): ListedMatch[] {
  if (typeof body !== 'object' || body === null || !('matches' in body) || !Array.isArray(body.matches))
    return [];
  const matches: ListedMatch[] = [];
  for (const entry of body.matches as unknown[]) {
    if (typeof entry !== 'object' || entry === null) continue;
    const { matchID, players, setupData, gameover, createdAt } = entry as Record<string, unknown>;
    if (typeof matchID !== 'string' || !Array.isArray(players)) continue;
    const seated = (players as unknown[]).flatMap((player): ListedPlayer[] => {
      if (typeof player !== 'object' || player === null) return [];
      const { id, name } = player as Record<string, unknown>;
      return typeof id === 'number' ? [{ id, name: typeof name === 'string' ? name : undefined }] : [];
    });
    matches.push({
      matchID,
      players: seated,
      setupData,
      gameover,
      ...(typeof createdAt === 'number' ? { createdAt } : {}),
    });
  }
  return matches;
}
