import type { ReactNode } from 'react';
import { useId, useMemo, useState } from 'react';
import { labInitialState } from './lab-setup.ts';
import type { LabSource } from './lab-input.ts';
import { labLabel, parseLabText } from './lab-input.ts';
import { labRulesPlan } from './rules-plan.ts';
import { TimelineReplay } from './timeline-replay.tsx';
import { useLabMoves } from './use-lab-moves.ts';

/** A balance-lab game: pasted or opened, checked, then replayed (its bots in a worker, then the engine). */
export function LabReplay() {
  const [chosen, setChosen] = useState<LabSource | undefined>(undefined);
  if (chosen)
    return (
      <LabGameReplay
        key={`${chosen.game.seed}-${chosen.fingerprint}`}
        source={chosen}
        onBack={() => {
          setChosen(undefined);
        }}
      />
    );
  return <LabForm onReplay={setChosen} />;
}

function LabForm({ onReplay }: { onReplay: (source: LabSource) => void }) {
  const [text, setText] = useState('');
  const [index, setIndex] = useState(0);
  const textId = useId();
  const parsed = useMemo(() => (text.trim() === '' ? undefined : parseLabText(text)), [text]);
  const games = parsed && !('error' in parsed) ? parsed : [];
  const game = games[Math.min(index, games.length - 1)];
  return (
    <section className="panel replay-lab" aria-labelledby="replay-lab-heading">
      <h1 id="replay-lab-heading">Replay a balance-lab game</h1>
      <p>
        Paste a row of a run’s <code>games.jsonl</code> (<code>npm run -s sim -- --out DIR</code>), a whole{' '}
        <code>games.jsonl</code>, or the output of <code>npm run -s sim -- --replay SEED --json</code>; or
        open the file. The game is played again by its bots from its seed, then replayed move by move.
      </p>
      <label htmlFor={textId}>Game (JSON)</label>
      <textarea
        id={textId}
        rows={6}
        value={text}
        spellCheck={false}
        onChange={(event) => {
          setText(event.target.value);
          setIndex(0);
        }}
      />
      <label>
        Or open a file
        <input
          type="file"
          accept=".jsonl,.json,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (!file) return;
            void file.text().then((content) => {
              setText(content);
              setIndex(0);
            });
          }}
        />
      </label>
      {parsed && 'error' in parsed ? (
        <p className="error" role="alert">
          {parsed.error}
        </p>
      ) : null}
      {games.length > 1 ? (
        <label>
          {games.length} games: replay
          <select
            value={index}
            onChange={(event) => {
              setIndex(Number(event.target.value));
            }}
          >
            {games.map((entry, position) => (
              <option key={`${entry.game.seed}-${String(position)}`} value={position}>
                {labLabel(entry)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      {game && games.length === 1 ? <p className="quiet">{labLabel(game)}</p> : null}
      <button
        type="button"
        className="primary"
        disabled={!game}
        onClick={() => {
          if (game) onReplay(game);
        }}
      >
        Replay
      </button>
    </section>
  );
}

function LabGameReplay({ source, onBack }: { source: LabSource; onBack: () => void }) {
  const plan = labRulesPlan(source.game.seed, source.playedUnder);
  const back = (
    <button type="button" className="link" onClick={onBack}>
      Another game
    </button>
  );
  const title = `Balance-lab game ${source.game.seed}`;
  if (plan.kind === 'refused')
    return (
      <div className="replay-failed">
        <h1>{title}</h1>
        <div className="banner notice" role="alert">
          {plan.reason}
        </div>
        <p>{back}</p>
      </div>
    );
  return <LabMoves source={source} title={title} note={plan.note} back={back} />;
}

function LabMoves({
  source,
  title,
  note,
  back,
}: {
  source: LabSource;
  title: string;
  note: string | undefined;
  back: ReactNode;
}) {
  const run = useLabMoves(source.game);
  const initial = useMemo(() => labInitialState(source.game), [source]);
  const steps = useMemo(
    () => (run.kind === 'done' ? run.moves.map((move) => ({ by: move.side, move })) : []),
    [run],
  );
  if (run.kind === 'failed')
    return (
      <div className="replay-failed">
        <h1>{title}</h1>
        <div className="banner notice" role="alert">
          The bots could not replay this game: {run.message}.
        </div>
        <p>{back}</p>
      </div>
    );
  if (run.kind === 'playing')
    return (
      <p className="quiet" role="status">
        The bots are playing game {source.game.seed} again from its seed… {run.moves} of {source.moves} moves
      </p>
    );
  const bot = (spec: string) => ({ name: `Bot (${spec})`, connected: undefined, bot: true });
  return (
    <TimelineReplay
      initial={initial}
      steps={steps}
      title={title}
      playedUnder={source.playedUnder}
      rulesNote={note}
      expected={{ fingerprint: source.fingerprint, what: 'the final state the lab recorded' }}
      seats={{ us: bot(source.game.us), china: bot(source.game.china) }}
      gameover={undefined}
      links={back}
    />
  );
}
