import type { ReactNode } from 'react';
import { useMemo, useState } from 'react';
import type { Side } from '../../rules/index.ts';
import { fingerprint, observe, RULES_VERSION } from '../../rules/index.ts';
import type { Change } from '../board/effect-words.ts';
import { changedPlaces, describeChanges, stepChanges } from '../board/effect-words.ts';
import { describeResult, gameoverText } from '../board/format.ts';
import { GameLog } from '../board/game-log.tsx';
import { IndicatorsPanel } from '../board/indicators-panel.tsx';
import { JustChanged } from '../board/just-changed.tsx';
import { LeadChart } from '../board/lead-chart.tsx';
import type { SeatInfo } from '../board/match-setup.ts';
import { PhoneTabs } from '../board/phone-tabs.tsx';
import { PlayedCards } from '../board/played-cards.tsx';
import { SideBoard } from '../board/side-board.tsx';
import { turnStatus } from '../board/status.ts';
import { TrackBoard } from '../board/track-board.tsx';
import { useColumns } from '../board/use-columns.ts';
import { usePhoneTab } from '../board/use-phone-tab.ts';
import { WinPanel } from '../board/win-panel.tsx';
import { ReplayCheck } from './replay-check.tsx';
import { ReplayControls } from './replay-controls.tsx';
import { StepHands } from './step-hands.tsx';
import { newLogLines, stepWords } from './step-words.ts';
import { playSpeeds } from './stepping.ts';
import type { Timeline } from './timeline.ts';
import { usePlayback } from './use-playback.ts';

export interface ReplayProps {
  timeline: Timeline;
  title: string;
  /** The rules the game was played under (undefined: the source does not say). */
  playedUnder: string | undefined;
  /** What the viewer must say about those rules, in words (rules-plan.ts). */
  rulesNote: string | undefined;
  /** The final state's fingerprint as its source recorded it, and whose record that is. */
  expected: { fingerprint: string; what: string } | undefined;
  seats: Record<Side, SeatInfo>;
  /** The match's gameover as stored (a loss on time is in it, not in the rules' state). */
  gameover: unknown;
  /** Links under the title (back to the match, another game). */
  links?: ReactNode;
}

const defaultSpeed = playSpeeds[1].intervalMs;

// The viewer's states come from this kernel, whose log records every step's effects.
const noneSeen: ReadonlyMap<number, Change[]> = new Map();

/**
 * A finished game move by move on the board's own components, each drawn from the spectator's view of
 * the state after that move (the rules engine's, from timeline.ts), with both hands shown beside it.
 */
export function ReplayViewer(props: ReplayProps) {
  const { timeline, seats } = props;
  const last = timeline.states.length - 1;
  const [speed, setSpeed] = useState<number>(defaultSpeed);
  const [playback, dispatch] = usePlayback(last, speed);
  const { tab, onTab, chartsOpen, setChartsOpen } = usePhoneTab('board');
  const columns = useColumns();
  const { position, playing } = playback;
  const state = timeline.states[position] ?? timeline.states[0];
  const before = timeline.states[Math.max(0, position - 1)];
  const view = useMemo(() => (state ? observe(state, 'spectator') : undefined), [state]);
  const previous = useMemo(() => (before ? observe(before, 'spectator') : undefined), [before]);
  const finalState = timeline.states[last];
  const finalFingerprint = useMemo(() => (finalState ? fingerprint(finalState) : ''), [finalState]);
  if (!state || !view || !previous) return null;

  const step = position > 0 ? timeline.steps[position - 1] : undefined;
  // While playing the board moves on every frame: no pulse on what changed (it would only repaint).
  const changes = step && !playing ? describeChanges(stepChanges(previous, view)) : [];
  const lines = step ? newLogLines(previous, view) : [];
  // The end in words, only where the replay reached it (a replay cut short has not).
  const ending =
    position === last && !timeline.stopped
      ? view.result
        ? describeResult(view.result.winner, view.result.reason, view.result.round)
        : gameoverText(props.gameover)
      : undefined;

  return (
    <div
      className={`board replay tab-${tab} watching`}
      data-position={position}
      data-last={last}
      data-final-fingerprint={finalFingerprint}
    >
      <header className="replay-head">
        <h1>{props.title}</h1>
        <p className="replay-rules">
          <span className="rules-chip">Rules {props.playedUnder ?? 'not recorded'}</span>{' '}
          <span className="quiet">
            {props.playedUnder === RULES_VERSION
              ? 'the rules this viewer runs'
              : `this viewer runs rules ${RULES_VERSION}`}
          </span>
        </p>
        <ReplayCheck actual={finalFingerprint} expected={props.expected} complete={!timeline.stopped} />
        {props.links ? <span className="replay-links">{props.links}</span> : null}
        {props.rulesNote ? (
          <div className="banner notice" role="status">
            {props.rulesNote}
          </div>
        ) : null}
        {timeline.stopped ? (
          <div className="banner notice" role="alert">
            The rules refused move {timeline.stopped.step + 1} ({timeline.stopped.message}): the replay ends
            before it, so it is not the whole game as it was played.
          </div>
        ) : null}
      </header>
      <div className="replay-bar">
        <ReplayControls playback={playback} dispatch={dispatch} speed={speed} onSpeed={setSpeed} />
        <div className="replay-move" aria-live={playing ? 'off' : 'polite'}>
          <p>
            <strong>{step ? `Move ${position} of ${last}` : 'Before the first move'}</strong>
            {step ? ` · ${stepWords(step)}` : ` · ${turnStatus(view)}`}
          </p>
          {lines.length ? (
            // Focusable: it scrolls on its own, and a keyboard scrolls only what has focus.
            <ul className="replay-move-log" tabIndex={0} aria-label="What this move did">
              {lines.map((line) => (
                // What the move changed reads once, in full, in the "Just changed" line below.
                <li key={line.key} className={line.side ? `log-${line.side}` : 'log-neutral'}>
                  {line.text}
                </li>
              ))}
            </ul>
          ) : null}
          {ending ? <p className="replay-ending">{ending}</p> : null}
        </div>
      </div>
      <JustChanged changes={changes} />
      <div className="board-grid">
        <div className="area area-tracks" data-tab="board">
          <TrackBoard view={view} compact={columns <= 2} changed={changedPlaces(changes, null)} />
        </div>
        <div className="area area-chains" data-tab="board">
          {(['us', 'china'] as const).map((side) => (
            <SideBoard
              key={side}
              view={view}
              side={side}
              seat={seats[side]}
              columns={columns}
              changed={changedPlaces(changes, side)}
            />
          ))}
        </div>
        <div className="side-column">
          <div className="area area-win" data-tab="goals">
            {view.history.length ? (
              <section className="panel replay-chart" aria-label="Compute lead by round">
                <h2>Compute lead by round</h2>
                <LeadChart history={view.history} leadToWin={view.params.scoring.leadToWin} />
              </section>
            ) : null}
            <WinPanel view={view} />
          </div>
          <div className="area area-charts" data-tab="charts">
            <IndicatorsPanel
              history={view.history}
              params={view.params}
              open={chartsOpen}
              onOpenChange={setChartsOpen}
              className="panel"
            />
          </div>
          <div className="area area-log" data-tab="log">
            <StepHands state={state} />
            <PlayedCards view={view} />
            <GameLog view={view} seen={noneSeen} />
          </div>
        </div>
      </div>
      <PhoneTabs tab={tab} onTab={onTab} playing={false} charts toMove={false} />
    </div>
  );
}
