/**
 * Matches held still (a facilitator paused them): the server's own players of a match (its bot seat, its
 * clock, its turn timer) ask here before they act. `isHeld` answers from this process's memory at once;
 * `checkHeld` asks storage when several processes share it (another one may have paused the match).
 */
export interface MatchHolds {
  isHeld(matchID: string): boolean;
  checkHeld(matchID: string): Promise<boolean>;
}
