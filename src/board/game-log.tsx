import type { PlayerView } from '../../rules/index.ts';
import type { Change } from './effect-words.ts';
import type { LogLine } from './log-lines.ts';
import { logLines } from './log-lines.ts';

/** What a line's step changed: the kernel's recorded effects, or what this page saw change (rules 2.4.0). */
function changedText(line: LogLine, seen: ReadonlyMap<number, Change[]>): string {
  if (line.effects) return line.effects;
  const changes = line.entry === undefined ? undefined : seen.get(line.entry);
  return changes ? changes.map((change) => change.text).join(' · ') : '';
}

/** The game's log in plain sentences with the round-end reports, newest first; under each step, what it changed. */
export function GameLog({ view, seen }: { view: PlayerView; seen: ReadonlyMap<number, Change[]> }) {
  const lines = logLines(view).reverse();
  return (
    <section className="log" aria-labelledby="log-heading">
      <h2 id="log-heading">Log</h2>
      {/* Focusable: it scrolls on its own, and a keyboard scrolls only what has focus. */}
      <ol reversed tabIndex={0} aria-labelledby="log-heading">
        {lines.map((line) => {
          const changed = changedText(line, seen);
          return (
            <li
              key={line.key}
              className={`${line.side ? `log-${line.side}` : 'log-neutral'}${line.report ? ' log-report' : ''}`}
            >
              <span className="quiet">R{line.round}</span> {line.text}
              {changed ? <span className="log-changes">{changed}</span> : null}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
