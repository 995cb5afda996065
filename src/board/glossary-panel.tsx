import type { Parameters } from '../../rules/index.ts';
import { glossary } from './glossary.ts';

/** The words on the board, folded under "How to win": open it once, read it without hovering. */
export function GlossaryPanel({ params }: { params: Parameters }) {
  return (
    <details className="glossary">
      <summary>What the words mean</summary>
      <dl>
        {glossary(params).map((entry) => (
          <div key={entry.term}>
            <dt>{entry.term}</dt>
            <dd>
              {entry.meaning}{' '}
              <a href={`#rules-${entry.section.replace(/^§(\d+).*$/, '$1')}`}>rulebook {entry.section}</a>
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
