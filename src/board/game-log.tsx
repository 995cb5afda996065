import type { PlayerView } from '../../rules/index.ts';
import type { Change } from './changes.ts';
import { logLines } from './log-lines.ts';

/**
 * The game's log in plain sentences with the round-end reports, newest first; under a move, the figures
 * it changed (as this page saw them arrive).
 */
export function GameLog({ view, changes }: { view: PlayerView; changes: ReadonlyMap<number, Change[]> }) {
  const lines = logLines(view).reverse();
  return (
    <section className="log" aria-labelledby="log-heading">
      <h2 id="log-heading">Log</h2>
      {/* Focusable: it scrolls on its own, and a keyboard scrolls only what has focus. */}
      <ol reversed tabIndex={0} aria-labelledby="log-heading">
        {lines.map((line) => (
          <li
            key={line.key}
            className={`${line.side ? `log-${line.side}` : 'log-neutral'}${line.report ? ' log-report' : ''}`}
          >
            <span className="quiet">R{line.round}</span> {line.text}
            {line.entry !== undefined && changes.get(line.entry) ? (
              <span className="log-changes">
                {changes
                  .get(line.entry)
                  ?.map((change) => change.text)
                  .join(' · ')}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
