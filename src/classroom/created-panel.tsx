import type { CreatedSession } from './api.ts';
import { facilitatorLink, joinLink } from './secrets.ts';

/** Spaced for reading off a projector: `ABC DEF`. */
export const spacedCode = (code: string): string => `${code.slice(0, 3)} ${code.slice(3)}`;

/** After creating a class: the join code big enough for the back row, and the facilitator's own link. */
export function CreatedPanel({ created, title }: { created: CreatedSession; title: string }) {
  const origin = window.location.origin;
  const dashboard = facilitatorLink(origin, created.sessionId, created.facilitatorKey);
  return (
    <div className="class-created">
      <section className="panel join-card">
        <h2>{title}</h2>
        <p>Students open</p>
        <p className="join-url">{joinLink(origin, created.joinCode).replace(/^https?:\/\//, '')}</p>
        <p>and type the code</p>
        <p className="join-code" aria-label={`Join code ${created.joinCode.split('').join(' ')}`}>
          {spacedCode(created.joinCode)}
        </p>
      </section>
      <section className="panel">
        <h2>Your facilitator link</h2>
        <p className="quiet">
          It opens the dashboard and holds your key: keep it to yourself (it is saved in this browser too).
          Anyone with it can run this class.
        </p>
        <input
          className="copy-field"
          aria-label="Your facilitator link"
          readOnly
          value={dashboard}
          onFocus={(event) => {
            event.target.select();
          }}
        />
        {created.warnings?.map((warning) => (
          <p key={warning} className="error">
            {warning}
          </p>
        ))}
        <a className="button primary-link" href={`/?class=${encodeURIComponent(created.sessionId)}`}>
          Open the dashboard
        </a>
      </section>
    </div>
  );
}
