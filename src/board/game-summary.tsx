import type { PlayerView, Side } from '../../rules/index.ts';
import { playerIdBySide } from '../../rules/index.ts';
import { gameName, lobby } from '../lobby/api.ts';
import { browserStore, saveSeat } from '../lobby/credentials.ts';
import { routeSearch } from '../lobby/route.ts';
import { useNavigateAfter } from '../lobby/use-navigate-after.ts';
import { describeLead, formatNumber, sideTitle } from './format.ts';
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
  /**
   * Where it sits: a banner across the board, or the top of the column beside a board drawn in one row
   * (a large screen's, a projector's), which then keeps the finished board on one screen.
   */
  placement: 'banner' | 'column';
}

const sides = ['us', 'china'] as const;

/** The final figures, each side's. */
const figureRows: { label: string; figure: (view: PlayerView, side: Side) => string }[] = [
  {
    label: 'Effective compute, EFLOPS',
    figure: (view, side) => {
      const eflops = view.sides[side].last.effectiveComputeEflops;
      // Whole EFLOPS from 100 up, where a decimal says nothing (as the board's stations).
      return formatNumber(eflops, Math.abs(eflops) >= 100 ? 0 : Math.abs(eflops) < 10 ? 2 : 1);
    },
  },
  { label: 'Developers', figure: (view, side) => `${formatNumber(view.sides[side].developersM, 2)}M` },
  { label: 'Influence', figure: (view, side) => formatNumber(view.sides[side].influence, 1) },
];

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
  placement,
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
    <section className={`summary summary-${placement}`} aria-labelledby="summary-heading">
      <h2 id="summary-heading">{result}</h2>
      {/* The folded indicators share the words' cell: the finished board still fits the screen. */}
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
      {/* A figure a row, a side a column: narrow enough for the column beside a projector's board. */}
      <table className="summary-figures">
        <thead>
          <tr>
            <td />
            {sides.map((side) => (
              <th key={side} scope="col" className={`figures-${side}`}>
                {side === 'us' ? 'US' : 'China'}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {figureRows.map(({ label, figure }) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              {sides.map((side) => (
                <td key={side}>{figure(view, side)}</td>
              ))}
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
