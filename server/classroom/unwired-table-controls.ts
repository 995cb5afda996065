import type { ControlOutcome, TableControls } from './table-controls.ts';

const notWired: ControlOutcome = {
  ok: false,
  code: 'notWired',
  message: 'pausing, injecting and round timers are not available on this server yet',
};

/**
 * The table controls until the match side of them is wired in (server.ts): every request is refused with
 * a plain reason, nothing pretends to have paused or injected, and no table reads as paused.
 */
export const unwiredTableControls: TableControls = {
  setPaused: () => Promise.resolve(notWired),
  isPaused: () => false,
  inject: () => Promise.resolve(notWired),
  setTurnSeconds: () => Promise.resolve(notWired),
};
