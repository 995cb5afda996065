import { Fragment } from 'react';
import type { Side } from '../../../rules/index.ts';
import { sides } from '../../../rules/index.ts';
import { sideShort } from '../../board/format.ts';
import type { TimelineEntry, TimelineRound } from './timeline.ts';

/**
 * The decision timeline as a table: a row per round, a column per side. Each card played shows how
 * (headline, event, operations, shelved) and its public source; the actions bought with operations are
 * counted (Domestic research ×3); a facilitator's injected event spans both columns.
 */

type CardEntry = Extract<TimelineEntry, { kind: 'card' | 'headline' }>;

function howPlayed(entry: CardEntry): string {
  if (entry.kind === 'headline') return 'headline';
  switch (entry.use) {
    case 'event':
      return 'event';
    case 'shelve':
      return 'shelved';
    case 'ops': {
      const ops =
        entry.card.ops === undefined
          ? 'ops'
          : `${String(entry.card.ops)} op${entry.card.ops === 1 ? '' : 's'}`;
      return entry.firedRivalEvent
        ? `${ops}; ${entry.card.owner === 'us' ? 'US' : 'China'}'s event fired`
        : ops;
    }
  }
}

/** The side's actions in the round, each title once with its count, in the order first taken. */
export function countedActions(entries: readonly TimelineEntry[], side: Side): string[] {
  const counts = new Map<string, number>();
  for (const entry of entries) {
    if (entry.kind !== 'action' || entry.side !== side) continue;
    const name = entry.detail ? `${entry.title} (${entry.detail})` : entry.title;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].map(([name, count]) => (count > 1 ? `${name} ×${count}` : name));
}

function SideCell({ entries, side }: { entries: readonly TimelineEntry[]; side: Side }) {
  const played = entries.filter(
    (entry): entry is CardEntry =>
      (entry.kind === 'card' || entry.kind === 'headline') && entry.side === side,
  );
  const actions = countedActions(entries, side);
  return (
    <td className={`timeline-cell timeline-${side}`}>
      <ul className="timeline-cards">
        {played.map((entry, index) => (
          <li
            key={`${entry.card.id}-${index}`}
            className={entry.kind === 'headline' ? 'timeline-headline' : undefined}
          >
            <span className="timeline-card">{entry.card.title}</span>{' '}
            <span className="timeline-how">({howPlayed(entry)})</span>
            <span className="timeline-source">{entry.card.source}</span>
          </li>
        ))}
      </ul>
      {actions.length > 0 ? <p className="timeline-actions">Actions: {actions.join(', ')}</p> : null}
    </td>
  );
}

type InjectEntry = Extract<TimelineEntry, { kind: 'inject' }>;

/**
 * How an injected event came (or did not come) into the game, before its card's title. One scheduled for
 * a round the game never reached says where it went: the table's rematch took it, at the same round.
 */
export function injectLine(entry: InjectEntry, round: number): string {
  const from =
    entry.carriedFromGame === undefined ? '' : `carried from game ${String(entry.carriedFromGame)}`;
  if (entry.scheduledFor !== null && entry.scheduledFor > round) {
    const scheduled = `Scheduled by the facilitator for round ${String(entry.scheduledFor)}${from === '' ? '' : ` (${from})`}`;
    if (entry.carriedToGame !== undefined)
      return `${scheduled}, not reached: carried into game ${String(entry.carriedToGame)} at that round`;
    return entry.waiting ? `${scheduled}, not reached yet` : `${scheduled}, not reached`;
  }
  const how = entry.scheduledFor === null ? '' : from === '' ? ' (scheduled)' : ` (scheduled, ${from})`;
  return `Round ${String(round)}, brought in by the facilitator${how}`;
}

export function TimelineView({ timeline }: { timeline: readonly TimelineRound[] }) {
  if (timeline.length === 0) return <p className="quiet">No move was made at this table.</p>;
  return (
    <table className="timeline">
      <thead>
        <tr>
          <th scope="col">Round</th>
          {sides.map((side) => (
            <th key={side} scope="col" className={`timeline-head-${side}`}>
              {sideShort(side)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {timeline.map(({ round, year, entries }) => {
          const injects = entries.filter((entry) => entry.kind === 'inject');
          return (
            <Fragment key={round}>
              {injects.map((entry, index) => (
                <tr key={`inject-${entry.card.id}-${index}`} className="timeline-inject">
                  <td colSpan={3}>
                    {injectLine(entry, round)}: <span className="timeline-card">{entry.card.title}</span>
                    <span className="timeline-source">{entry.card.source}</span>
                  </td>
                </tr>
              ))}
              <tr>
                <th scope="row">
                  {round}
                  {year === undefined ? null : <span className="timeline-year">{year}</span>}
                </th>
                {sides.map((side) => (
                  <SideCell key={side} entries={entries} side={side} />
                ))}
              </tr>
            </Fragment>
          );
        })}
      </tbody>
    </table>
  );
}
