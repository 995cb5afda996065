import type { LabGame } from './lab-setup.ts';
import { playLabGame } from './lab-game.ts';
import type { LabWorkerReply } from './lab-worker-protocol.ts';

/**
 * Plays a balance-lab game's bots off the page's thread (an `mcts` bot thinks for seconds a move): the
 * page stays responsive and gets the moves, then replays them itself.
 */
const reply = (message: LabWorkerReply): void => {
  self.postMessage(message);
};

self.addEventListener('message', (event: MessageEvent<LabGame>) => {
  try {
    const moves = playLabGame(event.data, (count) => {
      reply({ kind: 'progress', moves: count });
    });
    reply({ kind: 'done', moves });
  } catch (error) {
    reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  }
});
