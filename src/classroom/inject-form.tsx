import { useState } from 'react';
import { cards, eras } from '../../rules/index.ts';
import type { Tables } from './api.ts';

const eraLabels: Record<number, string> = { 1: 'Era 1: 2025–2026', 2: 'Era 2', 3: 'Era 3' };

/** The form's choice as the API's: which tables, which card, now or at a round (or what is wrong). */
export function injectRequest(
  target: string,
  cardId: string,
  when: string,
): { tables: Tables; cardId: string; atRound?: number } | { error: string } {
  if (cardId === '') return { error: 'Choose a card.' };
  const tables: Tables = target === 'all' ? 'all' : [Number(target)];
  if (when.trim() === '') return { tables, cardId };
  const atRound = Number(when);
  if (!Number.isInteger(atRound) || atRound < 1) return { error: 'The round is a whole number from 1.' };
  return { tables, cardId, atRound };
}

/** Bring an event card into one table or all, now or at the start of a round. */
export function InjectForm({
  tableNumbers,
  busy,
  onInject,
}: {
  tableNumbers: number[];
  busy: boolean;
  onInject: (request: { tables: Tables; cardId: string; atRound?: number }) => void;
}) {
  const [cardId, setCardId] = useState('');
  const [target, setTarget] = useState('all');
  const [when, setWhen] = useState('');
  const [error, setError] = useState('');
  return (
    <section className="panel inject">
      <h2>Inject an event</h2>
      <label>
        Card
        <select
          value={cardId}
          onChange={(event) => {
            setCardId(event.target.value);
          }}
        >
          <option value="">Choose a card…</option>
          {eras.map((era) => (
            <optgroup key={era} label={eraLabels[era] ?? `Era ${era}`}>
              {cards
                .filter((card) => card.era === era)
                .map((card) => (
                  <option key={card.id} value={card.id}>
                    {card.title}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      <label>
        Tables
        <select
          value={target}
          onChange={(event) => {
            setTarget(event.target.value);
          }}
        >
          <option value="all">All tables</option>
          {tableNumbers.map((table) => (
            <option key={table} value={String(table)}>
              Table {table}
            </option>
          ))}
        </select>
      </label>
      <label>
        At the start of round (empty: now)
        <input
          inputMode="numeric"
          value={when}
          placeholder="now"
          onChange={(event) => {
            setWhen(event.target.value);
          }}
        />
      </label>
      <button
        type="button"
        disabled={busy}
        onClick={() => {
          const request = injectRequest(target, cardId, when);
          if ('error' in request) {
            setError(request.error);
            return;
          }
          setError('');
          onInject(request);
        }}
      >
        Bring in the event
      </button>
      {error ? <p className="error">{error}</p> : null}
    </section>
  );
}
