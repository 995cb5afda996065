import type { PlayerView } from '../../rules/index.ts';

/** The game's log, newest first. */
export function GameLog({ view }: { view: PlayerView }) {
  const entries = view.log.map((entry, index) => ({ ...entry, index })).reverse();
  return (
    <section className="log">
      <h2>Log</h2>
      <ol reversed>
        {entries.map((entry) => (
          <li key={entry.index} className={entry.side ? `log-${entry.side}` : 'log-neutral'}>
            <span className="quiet">R{entry.round}</span> {entry.text}
          </li>
        ))}
      </ol>
    </section>
  );
}
