import type { Refusal } from './refusals.ts';
import { refusalWords } from './refusal-words.ts';
import { pausedRefusalCode } from './table-pause.ts';

/**
 * The board's one-line notice about a move (refused by the server, or unanswered) and when it goes
 * stale: a notice speaks of one moment of the match, and once that moment has passed it would mislead.
 */
export interface MoveNotice {
  text: string;
  /** The server's refusal code; undefined for the board's own notices (unsent, unanswered). */
  code: string | undefined;
  /** The state and the seat's credentials it was given under. */
  stateID: number;
  credentials: string | undefined;
}

/** What the board knows now, to judge a notice by. */
export interface BoardMoment {
  stateID: number;
  credentials: string | undefined;
  paused: boolean;
}

type NoticeMoment = Pick<BoardMoment, 'stateID' | 'credentials'>;

export function refusalNotice(refusal: Pick<Refusal, 'code' | 'message'>, moment: NoticeMoment): MoveNotice {
  return {
    text: `Move refused: ${refusalWords(refusal)}`,
    code: refusal.code,
    stateID: moment.stateID,
    credentials: moment.credentials,
  };
}

export function boardNotice(text: string, moment: NoticeMoment): MoveNotice {
  return { text, code: undefined, stateID: moment.stateID, credentials: moment.credentials };
}

/**
 * Whether a notice still describes the board: not once a new state has arrived (the refusal was about
 * the old one), nor once new credentials are in use (a seat re-issued, e.g. a student re-joined), nor,
 * for a refusal by the pause, once the table is no longer paused.
 */
export function noticeStands(notice: MoveNotice, moment: BoardMoment): boolean {
  if (notice.stateID !== moment.stateID || notice.credentials !== moment.credentials) return false;
  return notice.code !== pausedRefusalCode || moment.paused;
}
