import type { Move, PlayerView } from '../../../rules/index.ts';

/** A `--bot` module for tests: plays the first legal move, asynchronously, and keeps every view it was handed. */
export const seenViews: PlayerView[] = [];

export default async function spyBot(view: PlayerView, legal: readonly Move[]): Promise<Move> {
  seenViews.push(view);
  await Promise.resolve();
  const move = legal[0];
  if (!move) throw new Error('no legal move');
  return move;
}
