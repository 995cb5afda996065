import { useEffect, useState } from 'react';
import { gameName, lobby } from './api.ts';
import { browserStore, saveSeat } from './credentials.ts';
import { lobbyErrorMessage } from './errors.ts';
import type { MatchSummary } from './matches.ts';
import { summarise } from './matches.ts';
import { NameField } from './name-field.tsx';
import type { Seat } from './route.ts';
import { routeSearch, seatName } from './route.ts';

interface Props {
  matchID: string;
  seat: Seat;
  onJoined: () => void;
}

/** Joining a seat from an invite link: the seat must still be open. */
export function JoinPage({ matchID, seat, onJoined }: Props) {
  const [match, setMatch] = useState<MatchSummary | undefined>(undefined);
  const [playerName, setPlayerName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  useEffect(() => {
    let live = true;
    lobby()
      .getMatch(gameName, matchID)
      .then((found) => {
        if (live) setMatch(summarise(found));
      })
      .catch((caught: unknown) => {
        if (live) setError(lobbyErrorMessage(caught));
      });
    return () => {
      live = false;
    };
  }, [matchID]);

  const join = (): void => {
    setBusy(true);
    setError('');
    const name = playerName.trim() || seatName(seat);
    lobby()
      .joinMatch(gameName, matchID, { playerID: seat, playerName: name })
      .then((joined) => {
        saveSeat(browserStore(), matchID, { seat, credentials: joined.playerCredentials, playerName: name });
        onJoined();
      })
      .catch((caught: unknown) => {
        setError(lobbyErrorMessage(caught));
        setBusy(false);
      });
  };

  const watch = <a href={routeSearch({ kind: 'watch', matchID })}>watch the match</a>;
  if (!match) {
    return (
      <section className="panel">
        {error ? (
          <p className="error">
            Match {matchID}: {error}. <a href="/">Back to the lobby</a>
          </p>
        ) : (
          <p className="quiet">Looking up match {matchID}…</p>
        )}
      </section>
    );
  }
  const taken = match.seats[seat];
  return (
    <section className="panel">
      <h2>Join as {seatName(seat)}</h2>
      {taken !== undefined ? (
        <p>
          This seat is taken by {taken}. You can {watch} instead.
        </p>
      ) : (
        <>
          <NameField seat={seat} value={playerName} onChange={setPlayerName} />
          <button type="button" className="primary" disabled={busy} onClick={join}>
            {busy ? 'Joining…' : `Take the ${seatName(seat)} seat`}
          </button>
          <p className="quiet">Or {watch}.</p>
        </>
      )}
      {error ? <p className="error">{error}</p> : null}
    </section>
  );
}
