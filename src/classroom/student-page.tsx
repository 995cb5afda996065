import { useCallback, useState } from 'react';
import type { Side } from '../../rules/index.ts';
import { MatchClient } from '../board/client.tsx';
import { ConnectionNotice } from '../board/connection-notice.tsx';
import { browserStore } from '../lobby/credentials.ts';
import type { Me } from './api.ts';
import { ClassroomError, classroomApi, errorMessage } from './api.ts';
import { loadStudentToken, saveStudentToken } from './secrets.ts';
import { TeamPanel } from './team-panel.tsx';
import { usePoll } from './use-poll.ts';

/**
 * A student's page asks this often whether they are seated and with which credentials (the board itself
 * is live, and hears of a pause through its match's socket: one source, so banner and buttons agree).
 */
const pollMs = 3000;

const sideLabels: Record<Side, string> = { us: 'the US', china: 'China' };

function JoinForm({
  code: givenCode,
  notice,
  onJoined,
}: {
  code?: string | undefined;
  notice: string;
  onJoined: (token: string) => void;
}) {
  const [code, setCode] = useState(givenCode ?? '');
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  return (
    <section className="panel join-class">
      <h2>Join your class</h2>
      {notice ? <p className="error">{notice}</p> : null}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          setError('');
          classroomApi
            .join(code, name)
            .then((answer) => {
              onJoined(answer.studentToken);
            })
            .catch((caught: unknown) => {
              setError(errorMessage(caught));
              setBusy(false);
            });
        }}
      >
        <label>
          Code
          <input
            className="code-input"
            value={code}
            autoCapitalize="characters"
            autoComplete="off"
            maxLength={16}
            placeholder="ABC DEF"
            onChange={(event) => {
              setCode(event.target.value);
            }}
          />
        </label>
        <label>
          Your name
          <input
            value={name}
            maxLength={40}
            autoComplete="given-name"
            onChange={(event) => {
              setName(event.target.value);
            }}
          />
        </label>
        <button type="submit" className="primary" disabled={busy || code.trim() === '' || name.trim() === ''}>
          {busy ? 'Joining…' : 'Join'}
        </button>
        {error ? (
          <p className="error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </section>
  );
}

function Seated({ me, token, refresh }: { me: Me; token: string; refresh: () => void }) {
  const assignment = me.assignment;
  if (!assignment) return null;
  // The table's next game: once the class has set it up, the page's next reading seats the board in it.
  const classRematch = (): Promise<void> =>
    classroomApi.rematch(token, assignment.matchID).then(() => {
      refresh();
    });
  return (
    <>
      <div className="match-bar">
        <strong>
          Table {assignment.table} · you play {sideLabels[assignment.side]}
        </strong>
        <span className="quiet">
          {me.name}
          {me.teammates.length > 0 ? ` with ${me.teammates.join(', ')}` : ''} · {me.sessionTitle}
        </span>
      </div>
      <ConnectionNotice matchID={assignment.matchID} credentials={assignment.credentials} />
      <MatchClient
        key={`${assignment.matchID}:${assignment.playerID}`}
        matchID={assignment.matchID}
        playerID={assignment.playerID}
        credentials={assignment.credentials}
        classRematch={classRematch}
      />
      <TeamPanel token={token} side={assignment.side} teammates={me.teammates} />
    </>
  );
}

/** `?join` / `?join=CODE`: a student joins with the code and a name, waits to be seated, then plays. */
export function StudentPage({ code }: { code?: string | undefined }) {
  const [token, setToken] = useState(() => loadStudentToken(browserStore()));
  const [notice, setNotice] = useState('');
  const load = useCallback(
    () =>
      token === undefined
        ? Promise.reject(new Error('not joined'))
        : classroomApi.me(token).catch((caught: unknown) => {
            // A token the server no longer knows: back to the join form, said plainly.
            if (caught instanceof ClassroomError && caught.status === 401) {
              saveStudentToken(browserStore(), undefined);
              setToken(undefined);
              setNotice('Your place in the class was not found: join again.');
            }
            throw caught;
          }),
    [token],
  );
  const { data: me, error, refresh } = usePoll(token === undefined ? undefined : load, pollMs);

  if (token === undefined)
    return (
      <JoinForm
        code={code}
        notice={notice}
        onJoined={(joined) => {
          saveStudentToken(browserStore(), joined);
          setNotice('');
          setToken(joined);
        }}
      />
    );
  if (!me)
    return error ? (
      <p className="error">Could not reach the class: {error}</p>
    ) : (
      <p className="quiet">Joining…</p>
    );
  if (!me.assignment)
    return (
      <section className="panel waiting">
        <h2>{me.sessionTitle}</h2>
        <p className="waiting-line">Hello {me.name}. Your teacher will seat you.</p>
        <p className="quiet">Keep this page open: your board appears here once you have a table.</p>
        {error ? <p className="error">Not updating: {error}</p> : null}
      </section>
    );
  return <Seated me={me} token={token} refresh={refresh} />;
}
