import type { Change } from './effect-words.ts';

/** At most this many changes in the line under the status; the log keeps them all. */
const shown = 4;

/** What the latest update changed, under the status line and read out to screen readers. */
export function JustChanged({ changes }: { changes: readonly Change[] }) {
  return (
    <p className="just-changed" aria-live="polite">
      {changes.length ? (
        <>
          <strong>Just changed:</strong>{' '}
          {changes
            .slice(0, shown)
            .map((change) => change.text)
            .join(' · ')}
          {changes.length > shown ? ` · and ${changes.length - shown} more (see the log)` : ''}
        </>
      ) : null}
    </p>
  );
}
