import type { PlayerView } from '../../rules/index.ts';
import { GlossaryPanel } from './glossary-panel.tsx';
import { Icon } from './icons.tsx';
import { winConditions } from './win-progress.ts';

/** Always on screen: how each side can win, and how near each win is (RULEBOOK §14). */
export function WinPanel({ view }: { view: PlayerView }) {
  return (
    <section className="win-panel" aria-labelledby="win-heading">
      <h2 id="win-heading">
        <Icon name="win" size={20} /> How to win
      </h2>
      <ul>
        {winConditions(view).map((condition) => (
          <li key={condition.id} className={`win win-${condition.side}`}>
            <div className="win-head">
              <strong>{condition.title}</strong>
              <meter min={0} max={1} value={condition.progress} aria-label={`${condition.title}: progress`} />
            </div>
            <p>{condition.summary}</p>
            {condition.checks.length ? (
              <ul className="checks">
                {condition.checks.map((check) => (
                  <li key={check.text} className={check.met ? 'met' : 'unmet'}>
                    <span aria-hidden="true">{check.met ? '✓' : '○'}</span> {check.text}
                    <span className="visually-hidden">{check.met ? ' (met)' : ' (not yet)'}</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
      <GlossaryPanel params={view.params} />
    </section>
  );
}
