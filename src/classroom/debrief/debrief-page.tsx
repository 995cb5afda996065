import { useEffect, useMemo, useState } from 'react';
import type { ClassExport, ParsedExport } from './export-format.ts';
import { classDebrief } from './class-debrief.ts';
import { DebriefReport } from './debrief-report.tsx';
import { facilitatorKeyFor, fetchClassExport, readExportText } from './load-export.ts';
import './debrief.css';
import './debrief-media.css';

/**
 * `?debrief=<sessionId>`: the class's debrief, fetched with the facilitator's key; `?debrief`: open a
 * saved export file (works offline). Either way a file can be opened instead.
 */

type Loading =
  | { state: 'idle' }
  | { state: 'loading' }
  | { state: 'failed'; message: string }
  | { state: 'ready'; data: ClassExport };

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Takes the key out of the visible address (a projector shows it) once it is read and kept. */
function hideKeyFromAddress(): void {
  if (!window.location.hash.includes('key=')) return;
  window.history.replaceState(
    window.history.state,
    '',
    `${window.location.pathname}${window.location.search}`,
  );
}

function FileOpener({ onOpened }: { onOpened: (parsed: ParsedExport) => void }) {
  return (
    <label className="debrief-file">
      Open a saved class export (export.json):{' '}
      <input
        type="file"
        accept="application/json,.json"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          if (!file) return;
          void file.text().then(
            (text) => {
              onOpened(readExportText(text));
            },
            () => {
              onOpened({ ok: false, message: 'The file could not be read.' });
            },
          );
        }}
      />
    </label>
  );
}

/** A copy of the class export for this computer, so the debrief opens later without the server. */
function SaveExport({ data }: { data: ClassExport }) {
  const href = useMemo(
    () => URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' })),
    [data],
  );
  useEffect(
    () => () => {
      URL.revokeObjectURL(href);
    },
    [href],
  );
  return (
    <p>
      <a href={href} download={`class-${data.session.id}.json`}>
        Save this class export
      </a>{' '}
      to open the debrief later without the server.
    </p>
  );
}

export function DebriefPage({ sessionId }: { sessionId: string | undefined }) {
  const [loading, setLoading] = useState<Loading>({ state: 'idle' });
  const [missingKey, setMissingKey] = useState(false);
  useEffect(() => {
    if (sessionId === undefined) return;
    const key = facilitatorKeyFor(sessionId, window.location.hash, browserStorage());
    hideKeyFromAddress();
    if (key === undefined) {
      setMissingKey(true);
      return;
    }
    let cancelled = false;
    setLoading({ state: 'loading' });
    void fetchClassExport(sessionId, key).then((parsed) => {
      if (cancelled) return;
      setLoading(
        parsed.ok ? { state: 'ready', data: parsed.export } : { state: 'failed', message: parsed.message },
      );
    });
    return () => {
      cancelled = true;
    };
  }, [sessionId]);
  const opened = (parsed: ParsedExport): void => {
    setMissingKey(false);
    setLoading(
      parsed.ok ? { state: 'ready', data: parsed.export } : { state: 'failed', message: parsed.message },
    );
  };
  const debrief = useMemo(
    () => (loading.state === 'ready' ? classDebrief(loading.data) : undefined),
    [loading],
  );
  if (debrief && loading.state === 'ready') {
    return (
      <>
        <DebriefReport debrief={debrief} />
        <div className="debrief-open-other">
          {sessionId === undefined ? null : <SaveExport data={loading.data} />}
          <FileOpener onOpened={opened} />
        </div>
      </>
    );
  }
  return (
    <section className="debrief-start" aria-labelledby="debrief-start-heading">
      <h1 id="debrief-start-heading">Class debrief</h1>
      {loading.state === 'loading' ? <p>Fetching the class export…</p> : null}
      {missingKey && sessionId !== undefined ? (
        <p className="notice">
          This browser has no facilitator key for class {sessionId}. Open the facilitator link (it ends in
          #key=…), or open the class export saved from it.
        </p>
      ) : null}
      {loading.state === 'failed' ? (
        <p className="error" role="alert">
          {loading.message}
        </p>
      ) : null}
      {sessionId === undefined ? (
        <p>
          Open the class export saved from the facilitator page: the debrief is drawn in this browser and
          needs no server.
        </p>
      ) : null}
      <FileOpener onOpened={opened} />
    </section>
  );
}

export default DebriefPage;
