import { gameoverText } from './format.ts';

/** A match played under other rules: its sentence from the server, its result and its log, as stored. */
export function OtherRulesMatch({
  rulesVersion,
  closedReason,
  log,
  gameover,
}: {
  rulesVersion: string;
  closedReason: string | undefined;
  log: unknown;
  gameover: unknown;
}) {
  const lines = Array.isArray(log) ? log.map(logText).filter((text) => text !== '') : [];
  return (
    <div className="other-rules">
      <div className="banner notice" role="status">
        {closedReason ??
          `This match was played under rules ${rulesVersion}; it can be watched and replayed, not continued.`}
      </div>
      {gameover ? <p>The match is over. {gameoverText(gameover) ?? ''}</p> : null}
      <h2>The match as it was played</h2>
      <ol className="log other-rules-log">
        {lines.map((text, index) => (
          <li key={`${String(index)}-${text}`}>{text}</li>
        ))}
      </ol>
    </div>
  );
}

/** Every rules version has logged `{ round, side, text }` entries; anything else is skipped. */
function logText(entry: unknown): string {
  if (typeof entry !== 'object' || entry === null) return '';
  const { round, text } = entry as { round?: unknown; text?: unknown };
  if (typeof text !== 'string') return '';
  return typeof round === 'number' ? `Round ${String(round)}: ${text}` : text;
}
