import type { PlayerView, Side } from '../../rules/index.ts';
import { playerIdBySide } from '../../rules/index.ts';
import { gameName, lobby } from '../lobby/api.ts';
import { browserStore, saveSeat } from '../lobby/credentials.ts';
import { routeSearch } from '../lobby/route.ts';
import { useNavigateAfter } from '../lobby/use-navigate-after.ts';
import { describeLead, formatEflops, formatNumber, sideTitle } from './format.ts';
import { IndicatorsPanel } from './indicators-panel.tsx';
import { LeadChart } from './lead-chart.tsx';

interface Props {
  view: PlayerView;
  /** The game's end in words (the kernel's result, or boardgame.io's gameover). */
  result: string;
  matchID: string;
  credentials: string | undefined;
  playerName: string | undefined;
  /** A class table's rematch (the class sets up the table's next game); absent: the lobby's. */
  classRematch?: (() => Promise<void>) | undefined;
  /** The indicators panel's state: the board's, whose own panel gives way to this one at the end. */
  chartsOpen: boolean;
  onChartsOpen: (open: boolean) => void;
}

/** Asks the server for the rematch (boardgame.io's playAgain), takes the same seat in it and opens it. */
async function rematch(
  matchID: string,
  side: Side,
  credentials: string,
  playerName: string,
): Promise<string> {
  const seat = playerIdBySide[side];
  const { nextMatchID } = await lobby().playAgain(gameName, matchID, { playerID: seat, credentials });
  const joined = await lobby().joinMatch(gameName, nextMatchID, { playerID: seat, playerName });
  saveSeat(browserStore(), nextMatchID, { seat, credentials: joined.playerCredentials, playerName });
  return routeSearch({ kind: 'seat', matchID: nextMatchID, seat });
}

/**
 * After the game: how it ended in plain words, the final figures, the indicators round by round (folded),
 * and the way to the next game.
 */
export function GameSummary({
  view,
  result,
  matchID,
  credentials,
  playerName,
  classRematch,
  chartsOpen,
  onChartsOpen,
}: Props) {
  const { busy, error, run } = useNavigateAfter();
  const side = view.viewer === 'spectator' ? undefined : view.viewer;
  const seated = side !== undefined && credentials !== undefined;
  const askRematch = (): void => {
    if (!seated) return;
    if (classRematch) run(() => classRematch().then(() => undefined));
    else run(() => rematch(matchID, side, credentials, playerName ?? sideTitle(side)));
  };
  return (
    <section className="summary" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{result}</h2>
      {/* The folded indicators share the words' cell: the finished board still fits a projector. */}
      <div className="summary-text">
        <p>
          Compute lead at the end: {view.computeLead === 0 ? 'level' : describeLead(view.computeLead)};
          escalation {view.escalation}; {view.history.length} round{view.history.length === 1 ? '' : 's'}{' '}
          scored.
        </p>
        <IndicatorsPanel
          history={view.history}
          params={view.params}
          open={chartsOpen}
          onOpenChange={onChartsOpen}
          className="summary-indicators"
        />
      </div>
      <table className="summary-figures">
        <thead>
          <tr>
            <th scope="col">Side</th>
            <th scope="col">Effective compute</th>
            <th scope="col">Developers</th>
            <th scope="col">Influence</th>
          </tr>
        </thead>
        <tbody>
          {(['us', 'china'] as const).map((side) => (
            <tr key={side} className={`row-${side}`}>
              <th scope="row">{sideTitle(side)}</th>
              <td>{formatEflops(view.sides[side].last.effectiveComputeEflops)}</td>
              <td>{formatNumber(view.sides[side].developersM, 2)}M</td>
              <td>{formatNumber(view.sides[side].influence, 1)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {view.history.length ? (
        <LeadChart history={view.history} leadToWin={view.params.scoring.leadToWin} />
      ) : null}
      <div className="summary-buttons">
        {seated ? (
          <button type="button" className="primary" disabled={busy} onClick={askRematch}>
            {busy ? 'Setting up the rematch…' : 'Rematch'}
          </button>
        ) : null}
        {/* A student's place is their class: a new game elsewhere would take them out of it. */}
        {classRematch ? null : (
          <a className="button" href="/">
            New game
          </a>
        )}
        <a className="button" href={routeSearch({ kind: 'replay', matchID })}>
          Replay
        </a>
      </div>
      {error ? <p className="error">Rematch failed: {error}</p> : null}
    </section>
  );
}
