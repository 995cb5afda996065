import { useEffect, useState, useSyncExternalStore } from 'react';
import type { EndReason } from '../../rules/vocabulary.ts';
import { endReasons } from '../../rules/vocabulary.ts';
import type { WhatIfFigures, WhatIfQuery, WhatIfResult } from './what-if-api.ts';
import { queryKey } from './what-if-api.ts';
import type { PreviewState } from './what-if-controller.ts';
import { WhatIfController } from './what-if-controller.ts';
import './what-if.css';

/**
 * The what-if preview (issue 13): as a teacher changes a class's parameters, the bots' measured effect of
 * the settings beside the same figures for the scenario as written, with their 95% interval and how the
 * games ended. The numbers come from the server (POST /classroom/api/what-if), which plays the games.
 */

/** Short names of the end reasons, for the bar's legend. */
export const endReasonLabel: Record<EndReason, string> = {
  computeLead: 'compute lead',
  selfReliance: 'self-reliance',
  chokehold: 'chokehold',
  escalation: 'escalation',
  finalScore: 'final score',
};

/** A share as a whole percentage; a share that is not 0 or 1 never reads as 0% or 100%. */
export function formatShare(share: number): string {
  const percent = Math.round(share * 100);
  if (percent === 0 && share > 0) return '<1%';
  if (percent === 100 && share < 1) return '>99%';
  return `${percent}%`;
}

/** "48% (44–52%)": a share and its 95% interval. */
export function shareWithInterval(figures: WhatIfFigures): string {
  const [lo, hi] = figures.interval95;
  return `${formatShare(figures.usWinShare)} (${formatShare(lo).replace('%', '')}–${formatShare(hi)})`;
}

export function headline(result: WhatIfResult): string {
  const games = `${result.games} bot games`;
  if (Object.keys(result.overrides).length === 0)
    return `US wins ${shareWithInterval(result)} of ${games} · the scenario as written`;
  return `US wins ${shareWithInterval(result)} of ${games} · baseline ${shareWithInterval(result.baseline)}`;
}

function endsText(figures: WhatIfFigures): string {
  const parts = endReasons
    .filter((reason) => figures.endReasons[reason] > 0)
    .map((reason) => `${endReasonLabel[reason]} ${formatShare(figures.endReasons[reason])}`);
  return parts.length > 0 ? parts.join(', ') : 'no games';
}

function EndReasonBar({ label, figures }: { label: string; figures: WhatIfFigures }) {
  const text = endsText(figures);
  return (
    <div className="what-if-row">
      <span className="what-if-row-label">{label}</span>
      <div className="what-if-bar" role="img" aria-label={`${label}: games ended by ${text}`}>
        {endReasons.map((reason) =>
          figures.endReasons[reason] > 0 ? (
            <span
              key={reason}
              className={`what-if-segment reason-${reason}`}
              style={{ width: `${(figures.endReasons[reason] * 100).toFixed(1)}%` }}
              title={`${endReasonLabel[reason]} ${formatShare(figures.endReasons[reason])}`}
            />
          ) : null,
        )}
      </div>
      <span className="what-if-row-text quiet">
        {text} · median {figures.medianRounds} rounds
      </span>
    </div>
  );
}

function Legend() {
  return (
    <ul className="what-if-legend quiet" aria-hidden="true">
      {endReasons.map((reason) => (
        <li key={reason}>
          <span className={`what-if-swatch reason-${reason}`} />
          {endReasonLabel[reason]}
        </li>
      ))}
    </ul>
  );
}

function Figures({ result, stale }: { result: WhatIfResult; stale: boolean }) {
  const changed = Object.keys(result.overrides).length > 0;
  return (
    <div className={stale ? 'what-if-figures stale' : 'what-if-figures'}>
      <p className="what-if-headline">{headline(result)}</p>
      <EndReasonBar label={changed ? 'with the change' : 'as written'} figures={result} />
      {changed ? <EndReasonBar label="baseline" figures={result.baseline} /> : null}
      <Legend />
      <p className="what-if-note quiet">
        {result.bots.us === result.bots.china
          ? `${result.bots.us} bots on both sides`
          : `${result.bots.us} US bot, ${result.bots.china} China bot`}
        , the same {result.games} seeded games with and without the change. These bots favour China (the US
        wins about one game in ten in the baseline scenario), so read a change against its baseline, not
        against 50%.
      </p>
    </div>
  );
}

/** What the preview shows in each state (no requests: the component below makes them). */
export function WhatIfPreviewView({ state, onRetry }: { state: PreviewState; onRetry: () => void }) {
  const last = state.kind === 'ready' ? state.result : state.last;
  return (
    <section className="what-if" aria-label="What the bots measure" aria-busy={state.kind === 'measuring'}>
      <div aria-live="polite">
        {state.kind === 'measuring' ? (
          <p className="what-if-status quiet">measuring… the bots are playing these settings</p>
        ) : null}
        {state.kind === 'failed' ? (
          <p className="what-if-status what-if-error" role="alert">
            Could not measure these settings: {state.message}.{' '}
            <button type="button" className="link" onClick={onRetry}>
              Try again
            </button>
          </p>
        ) : null}
      </div>
      {last ? <Figures result={last} stale={state.kind !== 'ready'} /> : null}
    </section>
  );
}

export interface WhatIfPreviewProps extends WhatIfQuery {
  /** Tests pass a stub; default the browser's fetch. */
  fetch?: typeof fetch;
  debounceMs?: number;
}

const browserFetch: typeof fetch = (input, init) => fetch(input, init);

export function WhatIfPreview({ scenarioId, overrides, games, fetch: send, debounceMs }: WhatIfPreviewProps) {
  const [controller] = useState(
    () =>
      new WhatIfController({
        fetch: send ?? browserFetch,
        ...(debounceMs === undefined ? {} : { debounceMs }),
      }),
  );
  const state = useSyncExternalStore(controller.subscribe, controller.getSnapshot, controller.getSnapshot);
  const query: WhatIfQuery = { scenarioId, overrides, ...(games === undefined ? {} : { games }) };
  const key = queryKey(query);
  // Keyed by the settings, not the object: a parent's new object with the same settings asks nothing new.
  useEffect(() => {
    controller.request(query);
  }, [controller, key]);
  useEffect(
    () => () => {
      controller.dispose();
    },
    [controller],
  );
  return (
    <WhatIfPreviewView
      state={state}
      onRetry={() => {
        controller.retry();
      }}
    />
  );
}
