import { Fragment } from 'react';
import type { Side } from '../../../rules/index.ts';
import { RULES_VERSION, scenarios, sides } from '../../../rules/index.ts';
import { formatBn, sideTitle } from '../../board/format.ts';
import { readingSearch } from '../reading-route.ts';
import type { SideBriefing } from './briefing.ts';
import { briefingTitle, sideBriefing } from './briefing.ts';
import './materials.css';
import { PrintButton } from './print-button.tsx';

/**
 * `?briefing=<scenarioId>&side=us|china`: a side's briefing, one printed page; without a side, both
 * sides, a page each; `?briefing` alone, the list of every scenario's briefings.
 */

function BriefingSheet({ briefing }: { briefing: SideBriefing }) {
  const headingId = `briefing-${briefing.side}`;
  return (
    <article className={`briefing-sheet briefing-${briefing.side}`} aria-labelledby={headingId}>
      <header>
        <p className="materials-kicker">Side briefing · Silicon Curtain, rules {RULES_VERSION}</p>
        <h1 id={headingId}>{briefingTitle(briefing)}</h1>
        {briefing.guide ? <p className="briefing-question">{briefing.guide.policyQuestion}</p> : null}
        <p>{briefing.scenario.summary}</p>
      </header>
      <div className="briefing-columns">
        <section>
          <h2>How you win</h2>
          <ol>
            {briefing.goals.map((goal) => (
              <li key={goal}>{goal}</li>
            ))}
          </ol>
          <h2>What limits you</h2>
          <ul>
            {briefing.limits.map((limit) => (
              <li key={limit}>{limit}</li>
            ))}
          </ul>
          <h2>What you start with</h2>
          <dl className="briefing-start">
            {briefing.start.map((item) => (
              <div key={item.label}>
                <dt>{item.label}</dt>
                <dd>{item.value}</dd>
              </div>
            ))}
          </dl>
        </section>
        <section>
          <h2>Your first round: the actions on your menu</h2>
          <table className="briefing-actions">
            <thead>
              <tr>
                <th scope="col">Action</th>
                <th scope="col">Ops</th>
                <th scope="col">Cost</th>
              </tr>
            </thead>
            <tbody>
              {briefing.firstRound.map((option) => (
                <tr key={option.title} className={option.unavailable ? 'unavailable' : undefined}>
                  <th scope="row">
                    {option.title}
                    {option.unavailable ? (
                      <span className="briefing-why">Not yet: {option.unavailable}</span>
                    ) : null}
                  </th>
                  <td>{option.opsCost}</td>
                  <td>{option.costBn > 0 ? formatBn(option.costBn) : '–'}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="quiet">
            Play a card for its operations points (ops) to buy these; each costs its ops and its price from
            your budget.
          </p>
          <h2>Your cards in the first years</h2>
          <ul className="briefing-cards">
            {briefing.ownCards.map((card) => (
              <li key={card.title}>
                <strong>{card.title}</strong> ({card.ops} ops) <span className="quiet">{card.source}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <p className="quiet briefing-foot">
        Words you do not know: the glossary (<a href="?glossary">?glossary</a>). The rules: the rulebook's
        quick start (<a href="#rules-quick-start">open it</a>).
      </p>
    </article>
  );
}

function BriefingIndex({ unknown }: { unknown?: string }) {
  return (
    <section className="materials-page" aria-labelledby="briefing-index-heading">
      <h1 id="briefing-index-heading">Side briefings</h1>
      {unknown ? (
        <p className="error" role="alert">
          There is no scenario “{unknown}”. Choose one below.
        </p>
      ) : null}
      <p>
        One printed page per side: how it wins, what limits it, what it starts with and its first-round
        options.
      </p>
      <ul className="briefing-index">
        {scenarios.map((scenario) => (
          <li key={scenario.id}>
            <strong>{scenario.title}</strong>
            {scenario.counterfactual ? ' (what-if)' : ''}:{' '}
            {sides.map((side, index) => (
              <Fragment key={side}>
                {index > 0 ? ' · ' : ''}
                <a href={readingSearch({ kind: 'briefing', scenarioId: scenario.id, side })}>
                  {sideTitle(side)}
                </a>
              </Fragment>
            ))}
            {' · '}
            <a href={readingSearch({ kind: 'briefing', scenarioId: scenario.id, side: undefined })}>
              both, to print
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function BriefingPage({
  scenarioId,
  side,
}: {
  scenarioId: string | undefined;
  side: Side | undefined;
}) {
  if (scenarioId === undefined) return <BriefingIndex />;
  const briefings = (side ? [side] : sides).map((each) => sideBriefing(scenarioId, each));
  if (briefings.some((briefing) => briefing === undefined)) return <BriefingIndex unknown={scenarioId} />;
  return (
    <div className="materials-page briefings">
      <nav className="materials-nav" aria-label="Briefings">
        <a href={readingSearch({ kind: 'briefing', scenarioId: undefined, side: undefined })}>
          All briefings
        </a>
        <PrintButton />
      </nav>
      {briefings.map((briefing) =>
        briefing ? <BriefingSheet key={briefing.side} briefing={briefing} /> : null,
      )}
    </div>
  );
}
