/** `load` command line: small defaults, so a run takes well under a minute. */
export interface LoadOptions {
  matches: number;
  thinkMs: number;
  seconds: number;
  /** Played before the measured window opens (not counted): the burst of every match starting at once. */
  warmupSeconds: number;
  /** Against boardgame.io's stock Server instead of ours. */
  stock: boolean;
  json: boolean;
  seed: string;
  /** Child processes the load clients run in (1: in the CLI's own process). */
  clientProcesses: number;
}

export const defaultLoadOptions: LoadOptions = {
  matches: 20,
  thinkMs: 50,
  seconds: 10,
  warmupSeconds: 0,
  stock: false,
  json: false,
  seed: 'load',
  clientProcesses: 1,
};

export const loadUsage = `usage: npx tsx tools/cli/load.ts [--matches M] [--think-ms T] [--seconds S] [--stock] [--seed X]
  [--warmup W] [--client-processes N] [--json]
  Spawns the server on loopback (SQLite in a temp DATA_DIR), plays M concurrent matches with two
  Socket.IO clients each (random legal moves after 0.5-1.5 x T ms of thinking, mean T) for S seconds, then kills the
  server with SIGKILL and counts acknowledged moves missing from storage.
  --warmup W  play W seconds before the S measured ones (every match starts in the headline phase,
           where both seats move: the first think time carries twice the steady rate)
  --client-processes N  the clients in N child processes (own event loops, smaller heaps)
  --stock  the same against boardgame.io's stock Server (FlatFile when node-persist is installed,
           else our SQLite store through boardgame.io's StorageAPI).
  defaults: --matches ${defaultLoadOptions.matches} --think-ms ${defaultLoadOptions.thinkMs} --seconds ${defaultLoadOptions.seconds}`;

export class LoadUsageError extends Error {}

export type LoadCommand = { kind: 'help' } | { kind: 'run'; options: LoadOptions };

function positive(flag: string, value: string | undefined, min: number, max: number): number {
  const number = Number(value);
  if (value === undefined || !Number.isFinite(number) || number < min || number > max)
    throw new LoadUsageError(`${flag} takes a number from ${min} to ${max}`);
  return number;
}

export function parseLoadArgs(argv: readonly string[]): LoadCommand {
  const options: LoadOptions = { ...defaultLoadOptions };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    switch (flag) {
      case '--help':
      case '-h':
        return { kind: 'help' };
      case '--matches':
        options.matches = Math.floor(positive(flag, argv[++i], 1, 5000));
        break;
      case '--think-ms':
        options.thinkMs = positive(flag, argv[++i], 0, 60_000);
        break;
      case '--seconds':
        options.seconds = positive(flag, argv[++i], 0.5, 3600);
        break;
      case '--warmup':
        options.warmupSeconds = positive(flag, argv[++i], 0, 600);
        break;
      case '--seed': {
        const seed = argv[++i];
        if (seed === undefined) throw new LoadUsageError('--seed takes a value');
        options.seed = seed;
        break;
      }
      case '--client-processes':
        options.clientProcesses = Math.floor(positive(flag, argv[++i], 1, 16));
        break;
      case '--stock':
        options.stock = true;
        break;
      case '--json':
        options.json = true;
        break;
      case undefined:
      default:
        throw new LoadUsageError(`unknown argument: ${String(flag)}`);
    }
  }
  return { kind: 'run', options };
}
