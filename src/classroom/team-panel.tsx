import { useCallback, useState } from 'react';
import type { Side } from '../../rules/index.ts';
import type { TeamProposal } from './api.ts';
import { classroomApi, errorMessage } from './api.ts';
import { usePoll } from './use-poll.ts';

const pollMs = 4000;
const maxProposalChars = 300;

/** The side's shared list of suggestions, who made each: only this team sees it. */
export function TeamPanel({ token, side, teammates }: { token: string; side: Side; teammates: string[] }) {
  const load = useCallback(async () => (await classroomApi.proposals(token)).proposals, [token]);
  const { data: polled, refresh } = usePoll(load, pollMs);
  const [text, setText] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [sent, setSent] = useState<TeamProposal[] | undefined>(undefined);
  const proposals = sent && sent.length > (polled?.length ?? 0) ? sent : (polled ?? []);
  return (
    <section className={`panel team-panel ${side}`}>
      <h2>
        Your team{' '}
        <span className="quiet">
          {teammates.length > 0 ? `(you, ${teammates.join(', ')})` : '(only you so far)'}
        </span>
      </h2>
      {proposals.length === 0 ? (
        <p className="quiet">No suggestions yet. Propose a move and say why.</p>
      ) : (
        <ol className="proposals">
          {proposals.map((proposal, index) => (
            <li key={`${proposal.at}-${index}`}>
              <strong>{proposal.name}:</strong> {proposal.text}
            </li>
          ))}
        </ol>
      )}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim() === '') return;
          setBusy(true);
          classroomApi
            .propose(token, text)
            .then((answer) => {
              setSent(answer.proposals);
              setText('');
              setError('');
              refresh();
            })
            .catch((caught: unknown) => {
              setError(errorMessage(caught));
            })
            .finally(() => {
              setBusy(false);
            });
        }}
      >
        <label>
          Suggest to your team
          <textarea
            value={text}
            rows={2}
            maxLength={maxProposalChars}
            onChange={(event) => {
              setText(event.target.value.replace(/\n/g, ' '));
            }}
          />
        </label>
        <button type="submit" disabled={busy || text.trim() === ''}>
          Suggest
        </button>
        {error ? <p className="error">{error}</p> : null}
      </form>
    </section>
  );
}
