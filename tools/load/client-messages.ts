import type { LoadOptions } from './args.ts';
import type { GroupResult } from './client-group.ts';

/** Parent → client child process (client-child.ts), in this order. */
export type ToClients =
  | { kind: 'setup'; url: string; options: LoadOptions; indexes: number[] }
  | { kind: 'start'; seconds: number }
  | { kind: 'close' }
  | { kind: 'finish' };

/** Client child process → parent. */
export type FromClients = { kind: 'ready' } | { kind: 'closed' } | { kind: 'result'; result: GroupResult };
