import type { Move } from '../../rules/index.ts';

/** What the lab worker (lab-worker.ts) posts back: progress now and then, then the moves or the failure. */
export type LabWorkerReply =
  { kind: 'progress'; moves: number } | { kind: 'done'; moves: Move[] } | { kind: 'failed'; message: string };
