import { lazy, Suspense, useRef } from 'react';
import type { BoardProps } from 'boardgame.io/react';
import type { CardUse, PlayerView, Side } from '../../rules/index.ts';
import { playerIdBySide, rivalOf } from '../../rules/index.ts';
import { useLargeType } from '../display/large-type.ts';
import { Invite } from '../lobby/invite.tsx';
import type { Seat } from '../lobby/route.ts';
import { describeResult, gameoverText } from './format.ts';
import { GameLog } from './game-log.tsx';
import { GameSummary } from './game-summary.tsx';
import { Hand } from './hand.tsx';
import { IndicatorsPanel } from './indicators-panel.tsx';
import { MatchClock } from './match-clock.tsx';
import type { SeatInfo } from './match-setup.ts';
import { botSideFromSetup } from './match-setup.ts';
import type { ActionRequest } from './ops-menu.tsx';
import { OpsMenu } from './ops-menu.tsx';
import type { PhoneTab } from './phone-tabs.tsx';
import { PhoneTabs } from './phone-tabs.tsx';
import { PlayedCards } from './played-cards.tsx';
import { SideBoard } from './side-board.tsx';
import { isViewerToMove, turnStatus } from './status.ts';
import { TrackBoard } from './track-board.tsx';
import { useColumns } from './use-columns.ts';
import { usePhoneTab } from './use-phone-tab.ts';
import type { MatchSetup } from './use-match-setup.ts';
import { useChanges } from './use-changes.ts';
import { useShortcuts } from './use-shortcuts.ts';
import { useFocusAfterMove } from './use-focus-after-move.ts';
import { useMoveSender } from './use-move-sender.ts';
import { useTablePause } from './use-table-pause.ts';
import { pausedReason } from './table-pause.ts';
import { PausedBanner } from './paused-banner.tsx';
import { changedPlaces } from './effect-words.ts';
import { JustChanged } from './just-changed.tsx';
import { WinPanel } from './win-panel.tsx';

// The tutorial's coach loads only in a tutorial match: no other board downloads it.
const TutorialCoach = lazy(() => import('../tutorial/coach.tsx'));

/**
 * What the board adds to boardgame.io's props: `tutorial` seats the player with the coach beside it;
 * `classRematch` is a class table's rematch (the student page's, which then shows the table's next game).
 */
export interface BoardExtras {
  tutorial?: boolean;
  classRematch?: () => Promise<void>;
}

export function Board({
  G,
  ctx,
  moves,
  matchID,
  matchData,
  isConnected,
  credentials,
  _stateID,
  matchSetup,
  tutorial,
  classRematch,
}: BoardProps<PlayerView> & BoardExtras & { matchSetup: MatchSetup }) {
  const view = G;
  const root = useRef<HTMLDivElement>(null);
  const columns = useColumns();
  const largeType = useLargeType();
  const { setupData, closedReason } = matchSetup;
  const me = view.viewer === 'spectator' ? undefined : view.viewer;
  const { tab, onTab, chartsOpen, setChartsOpen } = usePhoneTab(me ? 'play' : 'board');
  const changes = useChanges(view);
  const paused = useTablePause(matchID);
  const { notice, dismiss, send } = useMoveSender(moves, matchID, {
    stateID: _stateID,
    credentials: credentials ?? undefined,
    paused,
  });
  useFocusAfterMove(root, _stateID);
  useShortcuts(root, paused);

  const onHeadline = (cardId: string): void => {
    send('chooseHeadline', { cardId });
  };
  const onPlay = (cardId: string, use: CardUse): void => {
    send('playCard', { cardId, use });
  };
  const onAction = (request: ActionRequest): void => {
    send('takeAction', request);
  };
  const onEndTurn = (): void => {
    send('endTurn', {});
  };

  const botSide = botSideFromSetup(setupData);
  const seatOf = (side: Side): SeatInfo => {
    const entry = matchData?.find((candidate) => String(candidate.id) === playerIdBySide[side]);
    const name = entry?.name;
    return {
      name,
      connected: name === undefined ? undefined : entry?.isConnected,
      bot: botSide === side,
    };
  };
  const result = view.result
    ? describeResult(view.result.winner, view.result.reason, view.result.round)
    : gameoverText(ctx.gameover);
  // A paused table is nobody's move: no "your move" highlight calls for a click that cannot be made.
  const toMove = isViewerToMove(view) && !paused;
  const rival: Side | undefined = me === undefined ? undefined : rivalOf(me);
  const rivalSeatOpen = rival !== undefined && seatOf(rival).name === undefined && !result;
  const mySeat: Seat | undefined = me === undefined ? undefined : playerIdBySide[me];
  // A match from other rules can be watched, never continued: no hand, no actions.
  const playing = me !== undefined && !result && closedReason === undefined;
  // The hand's tab closes with the game, and the charts' tab too (the summary above every tab has them):
  // show the board instead of an empty screen.
  const shownTab: PhoneTab = (tab === 'play' && !playing) || (tab === 'charts' && result) ? 'board' : tab;
  // Every move control says why it is held, not only the banner: a phone shows one section at a time.
  const heldReason = paused ? pausedReason : '';
  // A board drawn in one row fills a large screen's height: the summary goes beside it, not above it.
  const summaryPlacement = columns >= 7 ? 'column' : 'banner';
  // A projector's board in one row fills the screen's height: a seat's hand and actions go beside it.
  const playBeside = columns >= 7 && largeType;
  const playArea = playing ? (
    <div className="area area-play" data-tab="play">
      {view.ops && view.activeSide === me ? (
        <OpsMenu view={view} onAction={onAction} onEndTurn={onEndTurn} heldReason={heldReason} />
      ) : null}
      <Hand view={view} onHeadline={onHeadline} onPlay={onPlay} heldReason={heldReason} />
    </div>
  ) : undefined;
  const summary = result ? (
    <GameSummary
      view={view}
      result={result}
      matchID={matchID}
      credentials={credentials ?? undefined}
      playerName={me ? seatOf(me).name : undefined}
      classRematch={classRematch}
      chartsOpen={chartsOpen}
      onChartsOpen={setChartsOpen}
      placement={summaryPlacement}
    />
  ) : undefined;

  return (
    <div ref={root} className={`board tab-${shownTab}${me ? ' seated' : ' watching'}`}>
      <div className={`status${toMove ? ' to-move' : ''}`} tabIndex={-1}>
        {/* Announced when it changes; the ticking clock beside it is not. */}
        <span className="status-turn" aria-live="polite">
          {turnStatus(view)}
          {paused ? ' · paused' : ''}
        </span>
        <span className="quiet">
          {me ? `You play ${me === 'us' ? 'the US' : 'China'}` : 'Watching'}
          {isConnected ? '' : ' · reconnecting…'}
        </span>
        <MatchClock setupData={setupData} view={view} paused={paused} />
      </div>
      {paused && !result ? <PausedBanner seated={me !== undefined} /> : null}
      {closedReason ? (
        <div className="banner notice" role="status">
          {closedReason}
        </div>
      ) : null}
      {tutorial && me && playing ? (
        <Suspense fallback={null}>
          <TutorialCoach view={view} side={me} matchID={matchID} onTab={onTab} />
        </Suspense>
      ) : null}
      <JustChanged changes={changes.latest} />
      {mySeat !== undefined && rivalSeatOpen ? <Invite matchID={matchID} seat={mySeat} rivalOpen /> : null}
      {notice ? (
        <div className="banner notice" role="alert">
          {notice}
          <button type="button" className="link" onClick={dismiss}>
            dismiss
          </button>
        </div>
      ) : null}
      {summary && summaryPlacement === 'banner' ? summary : null}
      <div className="board-grid">
        <div className="area area-tracks" data-tab="board">
          <TrackBoard view={view} compact={columns <= 2} changed={changedPlaces(changes.latest, null)} />
        </div>
        {playArea && !playBeside ? playArea : null}
        <div className="area area-chains" data-tab="board">
          {(['us', 'china'] as const).map((side) => (
            <SideBoard
              key={side}
              view={view}
              side={side}
              seat={seatOf(side)}
              columns={columns}
              changed={changedPlaces(changes.latest, side)}
            />
          ))}
        </div>
        {/* Beside the board on wide screens, scrolling on its own so the board never has to. */}
        <div className="side-column">
          {playArea && playBeside ? playArea : null}
          {summary && summaryPlacement === 'column' ? summary : null}
          <div className="area area-win" data-tab="goals">
            <WinPanel view={view} />
          </div>
          {result ? null : (
            <div className="area area-charts" data-tab="charts">
              <IndicatorsPanel
                history={view.history}
                params={view.params}
                open={chartsOpen}
                onOpenChange={setChartsOpen}
                className="panel"
              />
            </div>
          )}
          <div className="area area-log" data-tab="log">
            <PlayedCards view={view} />
            <GameLog view={view} seen={changes.byEntry} />
            {mySeat !== undefined && !rivalSeatOpen ? (
              <Invite matchID={matchID} seat={mySeat} rivalOpen={false} />
            ) : null}
          </div>
        </div>
      </div>
      <PhoneTabs tab={shownTab} onTab={onTab} playing={playing} charts={!result} toMove={toMove} />
    </div>
  );
}
