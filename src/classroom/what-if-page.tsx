import { useState } from 'react';
import { baselineScenarioId, scenarioById, scenarios } from '../../rules/index.ts';
import { SelectField } from '../lobby/select-field.tsx';
import { WhatIfPreview } from './what-if-preview.tsx';
import { overridesFromFields, scenarioValue, whatIfParameters } from './what-if-parameters.ts';

/**
 * `?whatif`: a page to try the what-if preview on its own, before the class form exists. A scenario, a
 * few parameters and the number of games; the preview measures whatever the fields ask for.
 */

const gameChoices = [100, 200, 300, 400].map((games) => ({ value: String(games), label: `${games} games` }));

/** `?whatif&games=100` starts with fewer games (a slow server, a quick look); otherwise 300. */
function initialGames(search: string): string {
  const asked = new URLSearchParams(search).get('games');
  return gameChoices.some((choice) => choice.value === asked) && asked !== null ? asked : '300';
}

function scenarioFields(scenarioId: string): Record<string, string> {
  return Object.fromEntries(
    whatIfParameters.map((parameter) => [
      parameter.path,
      String(scenarioValue(scenarioId, parameter.path) ?? ''),
    ]),
  );
}

export function WhatIfPage() {
  const [scenarioId, setScenarioId] = useState(baselineScenarioId);
  const [fields, setFields] = useState(() => scenarioFields(baselineScenarioId));
  const [games, setGames] = useState(() => initialGames(window.location.search));
  const { overrides, invalid } = overridesFromFields(scenarioId, fields);
  const scenario = scenarioById(scenarioId);
  return (
    <div className="what-if-page">
      <section className="panel">
        <h2>What-if preview</h2>
        <p className="quiet">
          Change a parameter and the server’s bots play the scenario with and without the change on the same
          seeds. This page tries the preview on its own; the class form will show it beside its settings.
        </p>
        <SelectField
          label="Scenario"
          value={scenarioId}
          choices={scenarios.map((entry) => ({ value: entry.id, label: entry.title }))}
          onChange={(id) => {
            setScenarioId(id);
            setFields(scenarioFields(id));
          }}
        />
        {scenario ? <p className="quiet">{scenario.summary}</p> : null}
        {whatIfParameters.map((parameter) => {
          const text = fields[parameter.path] ?? '';
          const asWritten = scenarioValue(scenarioId, parameter.path);
          return (
            <label key={parameter.path}>
              {parameter.label}
              <input
                type="number"
                name={parameter.path}
                inputMode="decimal"
                min={parameter.min}
                max={parameter.max}
                step={parameter.step}
                value={text}
                aria-invalid={invalid.includes(parameter.path)}
                onChange={(event) => {
                  setFields({ ...fields, [parameter.path]: event.target.value });
                }}
              />
              <span className="quiet what-if-hint">
                {parameter.hint}; the scenario has {asWritten ?? 'none'}
                {parameter.path in overrides ? ' (changed)' : ''}
              </span>
            </label>
          );
        })}
        {invalid.length > 0 ? (
          <p className="error">Not a number, so left as written: {invalid.join(', ')}</p>
        ) : null}
        <SelectField label="Bot games" value={games} choices={gameChoices} onChange={setGames} />
      </section>
      <section className="panel">
        <WhatIfPreview scenarioId={scenarioId} overrides={overrides} games={Number(games)} />
      </section>
    </div>
  );
}
