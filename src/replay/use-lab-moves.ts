import { useEffect, useState } from 'react';
import type { Move } from '../../rules/index.ts';
import type { LabGame } from './lab-setup.ts';
import type { LabWorkerReply } from './lab-worker-protocol.ts';

export type LabRun =
  { kind: 'playing'; moves: number } | { kind: 'done'; moves: Move[] } | { kind: 'failed'; message: string };

/** The moves of a balance-lab game, played by its bots in a worker (lab-worker.ts); stopped on unmount. */
export function useLabMoves(game: LabGame): LabRun {
  const [run, setRun] = useState<LabRun>({ kind: 'playing', moves: 0 });
  useEffect(() => {
    const worker = new Worker(new URL('./lab-worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<LabWorkerReply>) => {
      const reply = event.data;
      setRun(reply.kind === 'progress' ? { kind: 'playing', moves: reply.moves } : reply);
      if (reply.kind !== 'progress') worker.terminate();
    });
    worker.addEventListener('error', (event) => {
      setRun({ kind: 'failed', message: event.message || 'the bots could not be run in this browser' });
    });
    worker.postMessage(game);
    return () => {
      worker.terminate();
    };
  }, [game]);
  return run;
}
