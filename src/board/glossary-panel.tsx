import type { Parameters } from '../../rules/index.ts';
import type { Term } from './glossary.ts';
import { glossary } from './glossary.ts';

/** Terms and meanings, each with the rulebook section that explains it. */
export function GlossaryTerms({ entries, className }: { entries: readonly Term[]; className?: string }) {
  return (
    <dl {...(className === undefined ? {} : { className })}>
      {entries.map((entry) => (
        <div key={entry.term}>
          <dt>{entry.term}</dt>
          <dd>
            {entry.meaning}{' '}
            <a href={`#rules-${entry.section.replace(/^§(\d+).*$/, '$1')}`}>rulebook {entry.section}</a>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** The words on the board, folded under "How to win": open it once, read it without hovering. */
export function GlossaryPanel({ params }: { params: Parameters }) {
  return (
    <details className="glossary">
      <summary>What the words mean</summary>
      <GlossaryTerms entries={glossary(params)} />
    </details>
  );
}
