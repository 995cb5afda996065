import type { Side } from '../../rules/index.ts';
import { cards } from '../../rules/index.ts';
import { routeSearch } from '../lobby/route.ts';
import type { OverviewEvent, TableOverview } from './api.ts';

const sideLabels: Record<Side, string> = { us: 'US', china: 'China' };

const reasonLabels: Record<string, string> = {
  computeLead: 'on the compute lead',
  selfReliance: 'by self-reliance',
  chokehold: 'by the chokehold',
  escalation: 'by escalation',
  finalScore: 'on points',
  time: 'on time',
};

/** One line on where the table stands: its round, whose move, or how it ended. */
export function tableStatus(table: TableOverview): string {
  if (table.result) {
    const { winner, reason, round } = table.result;
    const who = winner === 'draw' ? 'Draw' : `${sideLabels[winner]} won`;
    return `${who} ${reasonLabels[reason] ?? reason} in round ${round}`;
  }
  if (table.round === null) return 'Not readable under these rules';
  const turn =
    table.toMove.length === 2
      ? 'both choosing headlines'
      : table.toMove.length === 1 && table.toMove[0]
        ? `${sideLabels[table.toMove[0]]} to move`
        : 'waiting';
  return `Round ${table.round} · ${table.year ?? ''} · ${turn}`;
}

const cardTitles = new Map(cards.map((card) => [card.id, card.title]));

/**
 * What became of an event brought into the table's game, in a few words: played, a scheduled one still
 * waiting for its round, or one whose round never came (the table finished first; a rematch carries it).
 */
export function eventFate(event: OverviewEvent): string {
  const round = event.atRound === null ? 'now' : `round ${String(event.atRound)}`;
  const fate: Record<OverviewEvent['status'], string> = {
    played: event.atRound === null ? 'played' : `played in ${round}`,
    waiting: `waiting for ${round}`,
    notPlayed: `${round} never came`,
    carried: `${round} never came: carried to the next game`,
    unknown: round,
  };
  return fate[event.status];
}

/** Where a carried event came from ("carried from game 1"), or nothing. */
export const carriedNote = (event: OverviewEvent): string =>
  event.carriedFromGame === undefined ? '' : `carried from game ${String(event.carriedFromGame)}`;

/** The events of the table's game, each with its card's title and its fate. */
function EventList({ events }: { events: readonly OverviewEvent[] }) {
  if (events.length === 0) return null;
  return (
    <ul className="table-events" aria-label="Events brought in">
      {events.map((event, index) => (
        <li key={`${event.cardId}-${String(index)}`} className={`event-${event.status}`}>
          <span className="event-card">{cardTitles.get(event.cardId) ?? event.cardId}</span>{' '}
          <span className="event-fate">{eventFate(event)}</span>
          {event.carriedFromGame === undefined ? null : (
            <span className="event-carried"> · {carriedNote(event)}</span>
          )}
        </li>
      ))}
    </ul>
  );
}

function SideLine({ table, side }: { table: TableOverview; side: Side }) {
  const info = table.sides[side];
  return (
    <div className={`table-side ${side}`}>
      <span className="side-name">{sideLabels[side]}</span>
      {info.bot !== null ? (
        <span className="presence on" title="played by the server">
          ●
        </span>
      ) : (
        <span
          className={info.connected ? 'presence on' : 'presence off'}
          title={info.connected ? 'a board is open' : 'no board open'}
        >
          {info.connected ? '●' : '○'}
        </span>
      )}
      <span className="side-players">
        {info.bot !== null ? (
          <em>bot ({info.bot})</em>
        ) : info.students.length === 0 ? (
          <em className="quiet">nobody yet</em>
        ) : (
          info.students.map((student, index) => (
            <span
              key={student.studentId}
              className={student.online ? '' : 'quiet'}
              title={student.online ? 'online' : 'away'}
            >
              {index > 0 ? ', ' : ''}
              {student.name}
            </span>
          ))
        )}
      </span>
    </div>
  );
}

/** A table on the dashboard: status, the indicators the class watches, both sides, and its actions. */
export function TableCard({
  table,
  busy,
  onPause,
  onDownload,
}: {
  table: TableOverview;
  busy: boolean;
  onPause: (paused: boolean) => void;
  onDownload: (file: string) => void;
}) {
  return (
    <article className={`table-card${table.paused ? ' paused' : ''}${table.result ? ' over' : ''}`}>
      <header>
        <h3>
          Table {table.table}
          {/* A rematch: the card follows the table's current game; its export holds every game. */}
          {table.game > 1 ? <span className="quiet"> · game {table.game}</span> : null}
        </h3>
        {table.paused ? <span className="tag">Paused</span> : null}
      </header>
      <p className="table-status">{tableStatus(table)}</p>
      <dl className="table-figures">
        <div>
          <dt>Compute lead</dt>
          <dd>
            {table.computeLead === null
              ? '–'
              : table.computeLead > 0
                ? `US +${table.computeLead}`
                : table.computeLead < 0
                  ? `China +${-table.computeLead}`
                  : 'even'}
          </dd>
        </div>
        <div>
          <dt>Escalation</dt>
          <dd>{table.escalation ?? '–'}</dd>
        </div>
        <div>
          <dt>Events brought in</dt>
          <dd>{table.injects}</dd>
        </div>
      </dl>
      <EventList events={table.events} />
      <SideLine table={table} side="us" />
      <SideLine table={table} side="china" />
      <footer>
        <button
          type="button"
          disabled={busy || table.result !== null}
          onClick={() => {
            onPause(!table.paused);
          }}
        >
          {table.paused ? 'Resume' : 'Pause'}
        </button>
        <a href={routeSearch({ kind: 'watch', matchID: table.matchID })} target="_blank" rel="noreferrer">
          Watch
        </a>
        <button
          type="button"
          className="link"
          onClick={() => {
            onDownload(`tables/${table.table}/export.csv`);
          }}
        >
          CSV
        </button>
        <button
          type="button"
          className="link"
          onClick={() => {
            onDownload(`tables/${table.table}/export.json`);
          }}
        >
          JSON
        </button>
      </footer>
    </article>
  );
}
