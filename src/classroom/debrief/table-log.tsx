import type { LogEntry } from '../../../rules/index.ts';
import type { LogSource } from '../../board/log-lines.ts';
import { logLines } from '../../board/log-lines.ts';

/**
 * A table's whole log in the board's own sentences: every move, every event and round end, and under
 * each what it changed (the kernel's recorded effects; a log from rules 2.4.0 has none to show). Folded
 * on screen, left off paper: the timeline above is the printed summary.
 */
export function TableLog({
  scenarioId,
  log,
  records,
  result,
}: {
  scenarioId: string;
  log: readonly LogEntry[];
  records: LogSource['history'];
  result: LogSource['result'];
}) {
  if (log.length === 0) return null;
  const lines = logLines({ scenarioId, log, history: records, result });
  return (
    <details className="debrief-log screen-only">
      <summary>Every move and what it changed ({lines.length} lines)</summary>
      <ol>
        {lines.map((line) => (
          <li
            key={line.key}
            className={`${line.side ? `debrief-log-${line.side}` : ''}${line.report ? ' debrief-log-report' : ''}`}
          >
            <span className="quiet">R{line.round}</span> {line.text}
            {line.effects ? <span className="debrief-log-effects">{line.effects}</span> : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
