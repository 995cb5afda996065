/**
 * A facilitator's pause of a classroom table, as the board learns of it: the match's public
 * `setupData.facilitator.paused` (server/classroom/facilitator-settings.ts), read through the Lobby API,
 * or sooner a `paused` refusal from the server's move gate, which the board believes until its next
 * reading of the setup (begun after the refusal) says otherwise.
 */

/** Beside every move control while the table is paused, and in the keys' place: why it does nothing. */
export const pausedReason = 'Your teacher has paused this table';

/** The refusal code of the server's pause gate (server/classroom/paused-matches.ts). */
export const pausedRefusalCode = 'paused';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether the setup says a facilitator paused the match; a match outside a class never is. */
export function pausedInSetup(setupData: unknown): boolean {
  const facilitator = isRecord(setupData) ? setupData.facilitator : undefined;
  return isRecord(facilitator) && facilitator.paused === true;
}

/**
 * Whether the board holds its moves: the setup says paused, or a `paused` refusal came while `reading`
 * (the number of setup answers so far) was the latest, and no newer answer has replaced it.
 */
export function tablePaused(
  setupData: unknown,
  reading: number,
  refusedAtReading: number | undefined,
): boolean {
  return pausedInSetup(setupData) || refusedAtReading === reading;
}
