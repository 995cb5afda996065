import type { PlayerView } from '../../rules/index.ts';
import { logLines } from './log-lines.ts';

/** The game's log in plain sentences with the round-end reports, newest first. */
export function GameLog({ view }: { view: PlayerView }) {
  const lines = logLines(view).reverse();
  return (
    <section className="log" aria-labelledby="log-heading">
      <h2 id="log-heading">Log</h2>
      <ol reversed>
        {lines.map((line) => (
          <li
            key={line.key}
            className={`${line.side ? `log-${line.side}` : 'log-neutral'}${line.report ? ' log-report' : ''}`}
          >
            <span className="quiet">R{line.round}</span> {line.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
