import { defaultParameters } from '../../../rules/index.ts';
import { classroomGlossary } from '../../board/glossary.ts';
import './materials.css';
import { PrintButton } from './print-button.tsx';
import { GlossaryTerms } from '../../board/glossary-panel.tsx';

/**
 * `?glossary`: the words of the essay and of the board (src/board/glossary.ts), with the rulebook section
 * that explains each; the numbers are the baseline's. Printable.
 */
export function GlossaryPage() {
  const terms = classroomGlossary(defaultParameters);
  return (
    <section className="materials-page glossary-page" aria-labelledby="glossary-heading">
      <nav className="materials-nav" aria-label="Glossary">
        <PrintButton />
      </nav>
      <p className="materials-kicker">Silicon Curtain · for the classroom</p>
      <h1 id="glossary-heading">Glossary</h1>
      <p className="quiet">
        The words of the essay and of the board: what each is in the world, and how the game plays it. Numbers
        are the baseline scenario's.
      </p>
      <GlossaryTerms entries={terms} className="glossary-terms" />
    </section>
  );
}
