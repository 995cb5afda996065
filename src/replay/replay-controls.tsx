import type { Dispatch } from 'react';
import type { Playback, PlaybackAction } from './stepping.ts';
import { playSpeeds } from './stepping.ts';

interface Props {
  playback: Playback;
  dispatch: Dispatch<PlaybackAction>;
  speed: number;
  onSpeed: (speed: number) => void;
}

type Glyph = 'first' | 'previous' | 'play' | 'pause' | 'next' | 'last';

/** Drawn, not typed: the media-control characters are missing from many fonts (a box instead). */
const glyphPaths: Record<Glyph, string> = {
  first: 'M5 4h2v16H5zM19 4v16L8 12z',
  previous: 'M18 4v16L6 12z',
  play: 'M7 4v16l12-8z',
  pause: 'M6 4h4v16H6zM14 4h4v16h-4z',
  next: 'M6 4v16l12-8z',
  last: 'M17 4h2v16h-2zM5 4v16l11-8z',
};

function GlyphIcon({ glyph }: { glyph: Glyph }) {
  return (
    <svg className="replay-glyph" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
      <path d={glyphPaths[glyph]} fill="currentColor" />
    </svg>
  );
}

/** First, previous, play or pause, next, last; the slider over every move; the playing speed. */
export function ReplayControls({ playback, dispatch, speed, onSpeed }: Props) {
  const { position, last, playing } = playback;
  const atStart = position === 0;
  const atEnd = position === last;
  return (
    <div className="replay-controls" role="group" aria-label="Replay controls">
      <div className="replay-buttons">
        <button
          type="button"
          aria-label="First move"
          title="First move (Home)"
          disabled={atStart}
          onClick={() => {
            dispatch({ type: 'first' });
          }}
        >
          <GlyphIcon glyph="first" />
        </button>
        <button
          type="button"
          aria-label="Previous move"
          title="Previous move (←)"
          disabled={atStart}
          onClick={() => {
            dispatch({ type: 'previous' });
          }}
        >
          <GlyphIcon glyph="previous" />
        </button>
        <button
          type="button"
          className="primary replay-play"
          aria-label={playing ? 'Pause' : 'Play'}
          title={playing ? 'Pause (space)' : 'Play (space)'}
          disabled={last === 0}
          onClick={() => {
            dispatch({ type: 'toggle' });
          }}
        >
          <GlyphIcon glyph={playing ? 'pause' : 'play'} /> {playing ? 'Pause' : 'Play'}
        </button>
        <button
          type="button"
          aria-label="Next move"
          title="Next move (→)"
          disabled={atEnd}
          onClick={() => {
            dispatch({ type: 'next' });
          }}
        >
          <GlyphIcon glyph="next" />
        </button>
        <button
          type="button"
          aria-label="Last move"
          title="Last move (End)"
          disabled={atEnd}
          onClick={() => {
            dispatch({ type: 'last' });
          }}
        >
          <GlyphIcon glyph="last" />
        </button>
      </div>
      <input
        type="range"
        className="replay-slider"
        min={0}
        max={last}
        value={position}
        aria-label="Move"
        aria-valuetext={position === 0 ? 'before the first move' : `move ${position} of ${last}`}
        onChange={(event) => {
          dispatch({ type: 'seek', position: Number(event.target.value) });
        }}
      />
      <span className="replay-position" aria-live="off">
        {position} / {last}
      </span>
      <label className="replay-speed">
        <span className="quiet">Speed</span>{' '}
        <select
          value={speed}
          onChange={(event) => {
            onSpeed(Number(event.target.value));
          }}
        >
          {playSpeeds.map((choice) => (
            <option key={choice.intervalMs} value={choice.intervalMs}>
              {choice.label}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
