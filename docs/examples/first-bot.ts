import type { Move, PlayerView } from '../../rules/index.ts';
import { cardById } from '../../rules/index.ts';

/**
 * A first bot (docs/BOTS.md). Run it against the server's random bot:
 *   npm run -s bot -- --server http://localhost:8000 --create --opponent random --bot ./docs/examples/first-bot.ts
 * It is handed its own seat's view and the legal moves, and returns one of them.
 */
export default function firstBot(view: PlayerView, legal: readonly Move[]): Move {
  const score = (move: Move): number => {
    switch (move.type) {
      case 'chooseHeadline': // the strongest card leads the round
        return cardById(move.cardId).ops;
      case 'playCard': // our own events first, then big cards for operations
        if (move.use === 'event') return cardById(move.cardId).owner === view.viewer ? 10 : 0;
        return move.use === 'ops' ? cardById(move.cardId).ops : -1;
      case 'takeAction': // spend operations points rather than end the turn with some left
        return 1;
      case 'endTurn':
        return 0;
    }
  };
  return legal.reduce((best, move) => (score(move) > score(best) ? move : best));
}
