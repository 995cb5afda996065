import { defaultParameters } from '../../../rules/index.ts';
import { classroomGlossary } from '../../board/glossary.ts';
import './materials.css';

/**
 * `?glossary`: the words of the essay and of the board (src/board/glossary.ts), with the rulebook section
 * that explains each; the numbers are the baseline's. Printable.
 */
export function GlossaryPage() {
  const terms = classroomGlossary(defaultParameters);
  return (
    <section className="materials-page glossary-page" aria-labelledby="glossary-heading">
      <nav className="materials-nav" aria-label="Glossary">
        <button
          type="button"
          onClick={() => {
            window.print();
          }}
        >
          Print
        </button>
      </nav>
      <p className="materials-kicker">Silicon Curtain · for the classroom</p>
      <h1 id="glossary-heading">Glossary</h1>
      <p className="quiet">
        The words of the essay and of the board: what each is in the world, and how the game plays it. Numbers
        are the baseline scenario's.
      </p>
      <dl className="glossary-terms">
        {terms.map((entry) => (
          <div key={entry.term}>
            <dt>{entry.term}</dt>
            <dd>
              {entry.meaning}{' '}
              <a href={`#rules-${entry.section.replace(/^§(\d+).*$/, '$1')}`}>rulebook {entry.section}</a>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
