import { useEffect, useState } from 'react';
import { baselineScenarioId, scenarioById, scenarios } from '../../rules/index.ts';
import { firstPageOfMatches } from './api.ts';
import { createAndJoin } from './create-and-join.ts';
import { lobbyErrorMessage } from './errors.ts';
import type { Opponent } from './create-request.ts';
import { botChoices, clockChoices, createRequest } from './create-request.ts';
import type { MatchSummary } from './matches.ts';
import { listedMatches, summarise } from './matches.ts';
import { LearnToPlay } from './learn-to-play.tsx';
import { MyMatches } from './my-matches.tsx';
import { NameField } from './name-field.tsx';
import { SelectField } from './select-field.tsx';
import { useNavigateAfter } from './use-navigate-after.ts';
import type { Seat } from './route.ts';
import { routeSearch, seatName } from './route.ts';

function OpenMatches() {
  const [matches, setMatches] = useState<MatchSummary[] | undefined>(undefined);
  const [error, setError] = useState('');
  useEffect(() => {
    let live = true;
    firstPageOfMatches(12)
      .then((body) => {
        if (live) setMatches(listedMatches(body).map(summarise));
      })
      .catch((caught: unknown) => {
        if (live) setError(lobbyErrorMessage(caught));
      });
    return () => {
      live = false;
    };
  }, []);
  if (error) return <p className="error">Could not list matches: {error}</p>;
  if (!matches) return <p className="quiet">Loading matches…</p>;
  if (matches.length === 0) return <p className="quiet">No open matches.</p>;
  return (
    <table className="matches">
      <tbody>
        {matches.map((match) => (
          <tr key={match.matchID}>
            <td>{scenarioById(match.scenarioId)?.title ?? match.scenarioId}</td>
            <td>
              US: {match.seats['0'] ?? <em>open</em>} · China: {match.seats['1'] ?? <em>open</em>}
            </td>
            <td className="links">
              {match.openSeats.map((seat) => (
                <a key={seat} href={routeSearch({ kind: 'seat', matchID: match.matchID, seat })}>
                  Join as {seatName(seat)}
                </a>
              ))}
              <a href={routeSearch({ kind: 'watch', matchID: match.matchID })}>Watch</a>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function LobbyPage() {
  const [scenarioId, setScenarioId] = useState(baselineScenarioId);
  const [seat, setSeat] = useState<Seat>('0');
  const [playerName, setPlayerName] = useState('');
  const [opponent, setOpponent] = useState<Opponent>('person');
  const [clockId, setClockId] = useState('none');
  const { busy, error, run } = useNavigateAfter();
  const scenario = scenarioById(scenarioId);

  const create = (): void => {
    run(() =>
      createAndJoin(
        createRequest(scenarioId, seat, opponent, clockId),
        seat,
        playerName.trim() || seatName(seat),
      ),
    );
  };

  return (
    <div className="lobby">
      <LearnToPlay />
      <section className="panel">
        <h2>New match</h2>
        <SelectField
          label="Scenario"
          value={scenarioId}
          choices={scenarios.map((entry) => ({
            value: entry.id,
            label: entry.counterfactual ? `${entry.title} · what-if` : entry.title,
          }))}
          onChange={setScenarioId}
        />
        {scenario ? <p className="quiet">{scenario.summary}</p> : null}
        {scenario?.counterfactual ? (
          <p className="quiet">
            A what-if against history: it favours one side by design, and that is its lesson (measured win
            rates in the balance notes).
          </p>
        ) : null}
        <fieldset>
          <legend>Your side</legend>
          {(['0', '1'] as const).map((option) => (
            <label key={option} className="inline">
              <input
                type="radio"
                name="seat"
                checked={seat === option}
                onChange={() => {
                  setSeat(option);
                  // A scripted plan plays one side only: fall back to a person when sides swap.
                  if (opponent !== 'person' && !botChoices(option).some((bot) => bot.spec === opponent))
                    setOpponent('person');
                }}
              />
              {seatName(option)}
            </label>
          ))}
        </fieldset>
        <SelectField
          label="Opponent"
          value={opponent}
          choices={[
            { value: 'person', label: 'A person: share the invite link' },
            ...botChoices(seat).map((bot) => ({ value: bot.spec, label: `Bot: ${bot.label}` })),
          ]}
          onChange={setOpponent}
        />
        <SelectField
          label="Clock"
          value={clockId}
          choices={clockChoices.map((choice) => ({ value: choice.id, label: choice.label }))}
          onChange={setClockId}
        />
        <NameField seat={seat} value={playerName} onChange={setPlayerName} />
        <button type="button" className="primary" disabled={busy} onClick={create}>
          {busy ? 'Creating…' : 'Create match'}
        </button>
        {error ? <p className="error">{error}</p> : null}
      </section>
      <div className="lobby-lists">
        <MyMatches />
        <section className="panel">
          <h2>Open matches</h2>
          <OpenMatches />
        </section>
      </div>
    </div>
  );
}
