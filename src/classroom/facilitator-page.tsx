import { useCallback, useState } from 'react';
import { readingSearch } from './reading-route.ts';
import { scenarioById } from '../../rules/index.ts';
import { browserStore } from '../lobby/credentials.ts';
import type { SessionOverview, Tables } from './api.ts';
import { classroomApi, errorMessage } from './api.ts';
import { spacedCode } from './created-panel.tsx';
import { InjectForm } from './inject-form.tsx';
import { SeatingPanel } from './seating-panel.tsx';
import { keyFromFragment, loadFacilitatorKey, saveFacilitatorKey } from './secrets.ts';
import { TableCard } from './table-card.tsx';
import { usePoll } from './use-poll.ts';
import { turnSecondsChoices } from './what-if-fields.ts';

/** The overview is read again this often: live enough for a class, calm enough for a projector. */
const pollMs = 2500;

/**
 * The key of this dashboard: from the link's fragment (saved, then taken off the address bar so the
 * projector never shows it), else the one this browser saved when the class was made.
 */
function takeFacilitatorKey(sessionId: string): string | undefined {
  const fromLink = keyFromFragment(window.location.hash);
  if (fromLink !== undefined) {
    saveFacilitatorKey(browserStore(), sessionId, fromLink);
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
    return fromLink;
  }
  return loadFacilitatorKey(browserStore(), sessionId);
}

async function download(sessionId: string, key: string, file: string): Promise<void> {
  const blob = await classroomApi.exportFile(sessionId, key, file);
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `class-${sessionId}-${file.replace(/\//g, '-')}`;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 10_000);
}

function MissingKey({ onKey }: { onKey: (key: string) => void }) {
  const [text, setText] = useState('');
  return (
    <section className="panel">
      <h2>This browser does not hold this class&apos;s key</h2>
      <p>Open your facilitator link (it ends in #key=…), or paste it here.</p>
      <input
        className="copy-field"
        aria-label="Your facilitator link"
        value={text}
        placeholder="https://…/?class=…#key=…"
        onChange={(event) => {
          setText(event.target.value);
        }}
      />
      <button
        type="button"
        onClick={() => {
          const key = keyFromFragment(text.slice(Math.max(0, text.indexOf('#'))));
          if (key !== undefined) onKey(key);
        }}
      >
        Open
      </button>
    </section>
  );
}

function ClassHeader({
  overview,
  busy,
  onStart,
  onPauseAll,
  onTurnSeconds,
  onDownload,
}: {
  overview: SessionOverview;
  busy: boolean;
  onStart: () => void;
  onPauseAll: (paused: boolean) => void;
  onTurnSeconds: (seconds: number | null) => void;
  onDownload: (file: string) => void;
}) {
  const scenario = scenarioById(overview.scenarioId);
  const whatIfs = Object.keys(overview.overrides).length;
  const bots = (['us', 'china'] as const).flatMap((side) =>
    overview.botFill[side] ? [`${side === 'us' ? 'US' : 'China'}: ${overview.botFill[side] ?? ''}`] : [],
  );
  const running = overview.tables.filter((table) => table.result === null);
  const allPaused = running.length > 0 && running.every((table) => table.paused);
  return (
    <section className="panel class-header">
      <div className="class-title">
        <h2>{overview.title}</h2>
        <p className="quiet">
          {scenario?.title ?? overview.scenarioId}
          {whatIfs > 0 ? ` · ${whatIfs} what-if parameter${whatIfs === 1 ? '' : 's'}` : ''} ·{' '}
          {overview.tables.length} tables
          {bots.length > 0 ? ` · bots for empty sides (${bots.join(', ')})` : ''}
        </p>
      </div>
      <div className="class-code">
        <span className="quiet">Join code</span>
        <span className="join-code">{spacedCode(overview.joinCode)}</span>
        <span className="quiet join-address">{window.location.host}/?join</span>
      </div>
      <div className="class-actions">
        {overview.startedAt === null ? (
          <button type="button" className="primary" disabled={busy} onClick={onStart}>
            Start play
          </button>
        ) : null}
        <button
          type="button"
          disabled={busy || running.length === 0}
          onClick={() => {
            onPauseAll(!allPaused);
          }}
        >
          {allPaused ? 'Resume all tables' : 'Pause all tables'}
        </button>
        <label className="inline-select">
          Turn time
          <select
            value={overview.turnSeconds === null ? '' : String(overview.turnSeconds)}
            disabled={busy}
            onChange={(event) => {
              onTurnSeconds(event.target.value === '' ? null : Number(event.target.value));
            }}
          >
            {turnSecondsChoices.map((choice) => (
              <option key={choice.value} value={choice.value}>
                {choice.label}
              </option>
            ))}
          </select>
        </label>
        <span className="exports">
          Export the class:{' '}
          <button
            type="button"
            className="link"
            onClick={() => {
              onDownload('export.csv');
            }}
          >
            CSV
          </button>
          <button
            type="button"
            className="link"
            onClick={() => {
              onDownload('export.json');
            }}
          >
            JSON
          </button>
          {' · '}
          {/* The debrief reads the key this browser keeps for the class: the link carries none. */}
          <a href={readingSearch({ kind: 'debrief', sessionId: overview.id })}>Debrief</a>
        </span>
      </div>
      {overview.startedAt === null ? (
        <p className="quiet">
          Seat the students, then start play:{' '}
          {bots.length > 0 ? 'bots take the sides nobody sits at' : 'sides nobody sits at wait'}, and tables
          with no students stay idle. Seated students can already see their board.
        </p>
      ) : null}
    </section>
  );
}

/** `?class=ID`: the facilitator's live view of every table, and what they can do to the class. */
export function FacilitatorPage({ sessionId }: { sessionId: string }) {
  const [key, setKey] = useState(() => takeFacilitatorKey(sessionId));
  const load = useCallback(
    () => (key === undefined ? Promise.reject(new Error('no key')) : classroomApi.overview(sessionId, key)),
    [sessionId, key],
  );
  const { data: overview, error: pollError, refresh } = usePoll(key === undefined ? undefined : load, pollMs);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<{ text: string; error: boolean } | undefined>(undefined);

  if (key === undefined)
    return (
      <MissingKey
        onKey={(found) => {
          saveFacilitatorKey(browserStore(), sessionId, found);
          setKey(found);
        }}
      />
    );

  const act = (what: string, call: () => Promise<unknown>): void => {
    setBusy(true);
    call()
      .then(() => {
        setNotice({ text: what, error: false });
      })
      .catch((caught: unknown) => {
        setNotice({ text: errorMessage(caught), error: true });
      })
      .finally(() => {
        setBusy(false);
        refresh();
      });
  };
  const onDownload = (file: string): void => {
    download(sessionId, key, file).catch((caught: unknown) => {
      setNotice({ text: `Export failed: ${errorMessage(caught)}`, error: true });
    });
  };
  const pause = (tables: Tables, paused: boolean): void => {
    act(paused ? 'Paused.' : 'Resumed.', () => classroomApi.pause(sessionId, key, tables, paused));
  };

  if (!overview)
    return pollError ? (
      <p className="error" role="alert">
        Could not open this class: {pollError}
      </p>
    ) : (
      <p className="quiet">Opening the class…</p>
    );

  return (
    <div className="class-dashboard">
      <ClassHeader
        overview={overview}
        busy={busy}
        onStart={() => {
          act('Play has started.', () => classroomApi.start(sessionId, key));
        }}
        onPauseAll={(paused) => {
          pause('all', paused);
        }}
        onTurnSeconds={(seconds) => {
          act(seconds === null ? 'Turns are untimed.' : `Each turn has ${seconds} seconds.`, () =>
            classroomApi.turnSeconds(sessionId, key, seconds),
          );
        }}
        onDownload={onDownload}
      />
      <p className="dashboard-status" aria-live="polite">
        {notice ? <span className={notice.error ? 'error' : 'quiet'}>{notice.text}</span> : null}
        {pollError ? <span className="error"> Not updating: {pollError}</span> : null}
      </p>
      <div className="dashboard-columns">
        <div className="table-grid">
          {overview.tables.map((table) => (
            <TableCard
              key={table.table}
              table={table}
              busy={busy}
              onPause={(paused) => {
                pause([table.table], paused);
              }}
              onDownload={onDownload}
            />
          ))}
        </div>
        <div className="dashboard-side">
          <SeatingPanel
            overview={overview}
            busy={busy}
            onDraw={() => {
              act('Seats drawn.', () => classroomApi.drawSeats(sessionId, key));
            }}
            onSeat={(studentId, seat) => {
              act('Seat changed.', () =>
                classroomApi.assignSeats(sessionId, key, [
                  seat ? { studentId, table: seat.table, side: seat.side } : { studentId, table: null },
                ]),
              );
            }}
          />
          <InjectForm
            tableNumbers={overview.tables.map((table) => table.table)}
            busy={busy}
            onInject={({ tables, cardId, atRound }) => {
              act(atRound === undefined ? 'Event brought in.' : `Event set for round ${atRound}.`, () =>
                classroomApi.inject(sessionId, key, tables, cardId, atRound),
              );
            }}
          />
        </div>
      </div>
    </div>
  );
}
