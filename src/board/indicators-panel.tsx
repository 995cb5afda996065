import { lazy, Suspense, useId } from 'react';
import type { Parameters, RoundRecord } from '../../rules/index.ts';

// The charts load when the panel is first opened: a board that never opens it never downloads them.
const IndicatorCharts = lazy(() => import('../charts/indicator-charts.tsx'));

/**
 * The indicators round by round, folded until asked for: during a game a panel beside the board (on a
 * phone the Charts tab, which opens it), after it in the game's summary, and in the replay viewer.
 */
export function IndicatorsPanel({
  history,
  params,
  open,
  onOpenChange,
  className,
}: {
  history: readonly RoundRecord[];
  params: Parameters;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  className: string;
}) {
  const headingId = useId();
  const rounds = history.length;
  return (
    <section className={`indicators ${className}`} aria-labelledby={headingId}>
      <details
        open={open}
        onToggle={(event) => {
          onOpenChange(event.currentTarget.open);
        }}
      >
        <summary id={headingId}>
          Indicators, round by round{' '}
          <span className="quiet">
            ({rounds === 0 ? 'no round ended yet' : `${rounds} round${rounds === 1 ? '' : 's'}`})
          </span>
        </summary>
        {open ? (
          <Suspense fallback={<p className="quiet">Drawing the charts…</p>}>
            <IndicatorCharts history={history} params={params} />
          </Suspense>
        ) : null}
      </details>
    </section>
  );
}
