import type { CardOwner, Era, LearningObjective } from '../vocabulary.ts';
import type { Effect } from './effects.ts';

export interface Card {
  /** kebab-case, unique. */
  id: string;
  title: string;
  era: Era;
  /** Whose event it is: playing the rival's card for operations fires the rival's event. */
  owner: CardOwner;
  /** Operations points, 1–4. */
  ops: number;
  /** One or two sentences of flavour: what happened. Numbers come from `effects`. */
  flavour: string;
  effects: Effect[];
  /** Starred: removed from the game after its event fires. */
  removeAfterEvent: boolean;
  /** Public source with its date, e.g. "BIS rule, 2022-10-07". */
  source: string;
  /** YYYY-MM of the real event, or of the projection for future cards. */
  date: string;
  objectives: LearningObjective[];
}
