import { redirectLog } from '../../../server/log.ts';

/** One line of the server's log, parsed. */
export type LogLine = Record<string, unknown> & {
  msg?: string;
  matchID?: string;
  pid?: number;
  level?: number;
};

/** The server's log lines from now until `stop()` (Vitest's LOG_LEVEL=silent otherwise hides them). */
export function captureLog(): { lines: LogLine[]; stop: () => void } {
  const lines: LogLine[] = [];
  const stop = redirectLog({
    write: (line: string) => {
      lines.push(JSON.parse(line) as LogLine);
    },
  });
  return { lines, stop };
}

/** The lines of a server process's output that are log lines (JSON objects). */
export function logLinesOf(output: string): LogLine[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as LogLine);
}
