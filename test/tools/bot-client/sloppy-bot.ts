import type { Move, PlayerView } from '../../../rules/index.ts';

/** A `--bot` module for tests: a legal move with a field no move has, which the server would refuse. */
export default function sloppyBot(_view: PlayerView, legal: readonly Move[]): unknown {
  const move = legal[0];
  if (!move) throw new Error('no legal move');
  return { ...move, note: 'gg' };
}
