import { createRequire } from 'node:module';
import type { DestinationStream, Level, LevelWithSilent, Logger } from 'pino';
import pino from 'pino';

/**
 * The server's one logger (pino): a level from LOG_LEVEL (default info), one JSON object a line in
 * production, pino-pretty's coloured lines in a terminal otherwise. Every line carries the process id
 * (`pid`, with `hostname`: several processes serve the same matches), and every line about one match its
 * `matchID` (`matchLog`). Vitest sets LOG_LEVEL=silent (vitest.config.ts); a test that reads the lines
 * sends them to itself with `redirectLog`.
 */

export const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

export interface LogSettings {
  level: LevelWithSilent;
  /** Human-readable lines through pino-pretty instead of JSON. */
  pretty: boolean;
}

const isLevel = (text: string): text is LevelWithSilent => (logLevels as readonly string[]).includes(text);

/**
 * pino-pretty is for a developer's terminal only: a production install may leave it out, and then the
 * lines stay JSON rather than the process failing to start.
 */
function prettyInstalled(): boolean {
  try {
    createRequire(import.meta.url).resolve('pino-pretty');
    return true;
  } catch {
    return false;
  }
}

/** LOG_LEVEL and NODE_ENV, and whether stdout is a terminal; a bad LOG_LEVEL stops the start. */
export function logSettings(env: NodeJS.ProcessEnv, stdoutIsTerminal: boolean): LogSettings {
  const level = env.LOG_LEVEL === undefined || env.LOG_LEVEL === '' ? 'info' : env.LOG_LEVEL;
  if (!isLevel(level)) throw new Error(`LOG_LEVEL must be one of ${logLevels.join(', ')}, not "${level}"`);
  const pretty = env.NODE_ENV !== 'production' && stdoutIsTerminal && prettyInstalled();
  return { level, pretty };
}

const settings = logSettings(process.env, process.stdout.isTTY);
/** pino's synchronous stdout (nothing is lost when the process exits after draining), or pino-pretty's thread. */
const standardOut: DestinationStream = settings.pretty
  ? pino.transport({ target: 'pino-pretty' })
  : pino.destination({ dest: 1, sync: true });
let destination = standardOut;

/** The root logger: its lines go wherever `redirectLog` last sent them, stdout by default. */
export const log: Logger = pino(
  { level: settings.level },
  {
    write: (line: string) => {
      destination.write(line);
    },
  },
);

/** A logger for one match: each of its lines carries `matchID`. */
export function matchLog(matchID: string): Logger {
  return log.child({ matchID });
}

/**
 * Sends every line logged from now on (by `log` and loggers made from it afterwards) to `to`, at `level`,
 * until the returned function restores stdout and the configured level.
 */
export function redirectLog(to: DestinationStream, level: Level = 'info'): () => void {
  destination = to;
  log.level = level;
  return () => {
    destination = standardOut;
    log.level = settings.level;
  };
}
