import { useState } from 'react';
import type { Side } from '../../rules/index.ts';
import { baselineScenarioId, scenarioById, scenarios } from '../../rules/index.ts';
import { browserStore } from '../lobby/credentials.ts';
import { botChoices } from '../lobby/create-request.ts';
import { SelectField } from '../lobby/select-field.tsx';
import type { CreatedSession } from './api.ts';
import { classroomApi, errorMessage } from './api.ts';
import { CreatedPanel } from './created-panel.tsx';
import { saveFacilitatorKey } from './secrets.ts';
import type { ClassForm } from './what-if-fields.ts';
import {
  createBody,
  overridesFrom,
  scenarioValue,
  turnSecondsChoices,
  whatIfFields,
} from './what-if-fields.ts';
import { WhatIfPreview } from './what-if-preview.tsx';

const sideLabels: Record<Side, string> = { us: 'US', china: 'China' };

/** Bots that can play `side` (the lobby lists bots by the seat they face). */
const botsFor = (side: Side) => botChoices(side === 'us' ? '1' : '0');

function WhatIfFields({
  scenarioId,
  values,
  onChange,
}: {
  scenarioId: string;
  values: Record<string, string>;
  onChange: (path: string, value: string) => void;
}) {
  const changed = whatIfFields.filter((field) => (values[field.path] ?? '').trim() !== '').length;
  return (
    <details className="what-if" open={changed > 0}>
      <summary>What-if parameters {changed > 0 ? `(${changed} changed)` : '(optional)'}</summary>
      <p className="quiet">Leave a field empty to keep the scenario&apos;s value, shown greyed.</p>
      {whatIfFields.map((field) => (
        <label key={field.path}>
          {field.label}
          <input
            inputMode="decimal"
            value={values[field.path] ?? ''}
            placeholder={String(scenarioValue(scenarioId, field.path) ?? '')}
            aria-describedby={`hint-${field.path}`}
            onChange={(event) => {
              onChange(field.path, event.target.value);
            }}
          />
          <span id={`hint-${field.path}`} className="quiet hint">
            {field.hint}
          </span>
        </label>
      ))}
    </details>
  );
}

/** `?class`: the facilitator sets up a class, then sees its join code and dashboard link. */
export function CreateClassPage() {
  const [form, setForm] = useState<ClassForm>({
    title: '',
    scenarioId: baselineScenarioId,
    whatIf: {},
    tables: '4',
    bots: { us: '', china: '' },
    turnSeconds: '',
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [created, setCreated] = useState<CreatedSession | undefined>(undefined);
  const scenario = scenarioById(form.scenarioId);
  const whatIf = overridesFrom(form.whatIf);

  if (created) return <CreatedPanel created={created} title={form.title.trim()} />;

  const create = (): void => {
    const request = createBody(form);
    if ('error' in request) {
      setError(request.error);
      return;
    }
    setBusy(true);
    setError('');
    classroomApi
      .createSession(request.body)
      .then((answer) => {
        saveFacilitatorKey(browserStore(), answer.sessionId, answer.facilitatorKey);
        setCreated(answer);
      })
      .catch((caught: unknown) => {
        setError(errorMessage(caught));
        setBusy(false);
      });
  };

  return (
    <div className="class-create">
      <section className="panel">
        <h2>New class</h2>
        <p className="quiet">
          Each table is one match; students join with a code, you seat them (or draw seats), and several
          students can share a side.
        </p>
        <label>
          Title
          <input
            value={form.title}
            maxLength={80}
            placeholder="Period 3 — AI compute race"
            onChange={(event) => {
              setForm({ ...form, title: event.target.value });
            }}
          />
        </label>
        <SelectField
          label="Scenario"
          value={form.scenarioId}
          choices={scenarios.map((entry) => ({
            value: entry.id,
            label: entry.counterfactual ? `${entry.title} · what-if` : entry.title,
          }))}
          onChange={(scenarioId) => {
            setForm({ ...form, scenarioId });
          }}
        />
        {scenario ? <p className="quiet">{scenario.summary}</p> : null}
        {scenario?.counterfactual ? (
          <p className="quiet">
            A what-if against history: it favours one side by design, and that is its lesson.
          </p>
        ) : null}
        <WhatIfFields
          scenarioId={form.scenarioId}
          values={form.whatIf}
          onChange={(path, value) => {
            setForm({ ...form, whatIf: { ...form.whatIf, [path]: value } });
          }}
        />
        <WhatIfPreview
          scenarioId={form.scenarioId}
          overrides={'overrides' in whatIf ? whatIf.overrides : {}}
        />
        <label>
          Tables (1–20)
          <input
            inputMode="numeric"
            value={form.tables}
            onChange={(event) => {
              setForm({ ...form, tables: event.target.value });
            }}
          />
        </label>
        <fieldset>
          <legend>Bots for sides without students</legend>
          {(['us', 'china'] as const).map((side) => (
            <SelectField
              key={side}
              label={sideLabels[side]}
              value={form.bots[side]}
              choices={[
                { value: '', label: 'No bot: the side waits for a student' },
                ...botsFor(side).map((bot) => ({ value: bot.spec, label: bot.label })),
              ]}
              onChange={(spec) => {
                setForm({ ...form, bots: { ...form.bots, [side]: spec } });
              }}
            />
          ))}
        </fieldset>
        <SelectField
          label="Turn time"
          value={form.turnSeconds}
          choices={turnSecondsChoices}
          onChange={(turnSeconds) => {
            setForm({ ...form, turnSeconds });
          }}
        />
        <button type="button" className="primary" disabled={busy} onClick={create}>
          {busy ? 'Creating the tables…' : 'Create class'}
        </button>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
      </section>
    </div>
  );
}
