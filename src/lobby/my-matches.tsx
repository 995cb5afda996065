import { useEffect, useState } from 'react';
import { scenarioById } from '../../rules/index.ts';
import { gameName, lobby } from './api.ts';
import { savedSeats } from './credentials.ts';
import type { MatchSummary } from './matches.ts';
import { summarise } from './matches.ts';
import type { Seat } from './route.ts';
import { routeSearch, seatName } from './route.ts';

/** At most this many of this browser's matches are looked up. */
const limit = 12;

interface MyMatch {
  summary: MatchSummary;
  seat: Seat;
  createdAt: number;
}

function storageKeys(): string[] {
  try {
    return Object.keys(window.localStorage);
  } catch {
    return [];
  }
}

/** The matches this browser holds a seat in, in play or finished, newest first, each a link back. */
export function MyMatches() {
  const [matches, setMatches] = useState<MyMatch[] | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const seats = savedSeats(storageKeys()).slice(0, limit);
    Promise.all(
      seats.map(({ matchID, seat }) =>
        lobby()
          .getMatch(gameName, matchID)
          .then((match) => ({ summary: summarise(match), seat, createdAt: match.createdAt }))
          // A match the server no longer has is simply not listed.
          .catch(() => undefined),
      ),
    )
      .then((found) => {
        if (!live) return;
        const listed = found.filter((entry): entry is MyMatch => entry !== undefined);
        setMatches(listed.sort((a, b) => b.createdAt - a.createdAt));
      })
      .catch(() => {
        if (live) setMatches([]);
      });
    return () => {
      live = false;
    };
  }, []);
  if (!matches || matches.length === 0) return null;
  return (
    <section className="panel my-matches">
      <h2>Your matches</h2>
      <table>
        <tbody>
          {matches.map(({ summary, seat }) => (
            <tr key={`${summary.matchID}-${seat}`}>
              <td>{scenarioById(summary.scenarioId)?.title ?? summary.scenarioId}</td>
              <td>
                You play {seatName(seat)} · {summary.over ? 'finished' : 'in play'}
              </td>
              <td className="links">
                <a href={routeSearch({ kind: 'seat', matchID: summary.matchID, seat })}>
                  {summary.over ? 'See the end' : 'Resume'}
                </a>
                {summary.over ? (
                  <>
                    {' · '}
                    <a href={routeSearch({ kind: 'replay', matchID: summary.matchID })}>Replay</a>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
