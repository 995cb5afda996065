import type { ReactNode } from 'react';
import { useEffect, useMemo, useState } from 'react';
import type { Side } from '../../rules/index.ts';
import { RULES_VERSION } from '../../rules/index.ts';
import { botSideFromSetup } from '../board/match-setup.ts';
import { OtherRulesMatch } from '../board/other-rules-match.tsx';
import { lobbyErrorMessage } from '../lobby/errors.ts';
import { routeSearch } from '../lobby/route.ts';
import type { MatchReplayAnswer } from './match-input.ts';
import { initialGameState, matchSteps, parseMatchReplay, seatNames } from './match-input.ts';
import { fetchMatchReplay } from './replay-api.ts';
import { matchRulesPlan } from './rules-plan.ts';
import { TimelineReplay } from './timeline-replay.tsx';

type Loaded =
  { kind: 'loading' } | { kind: 'failed'; message: string } | { kind: 'ready'; answer: MatchReplayAnswer };

/** A finished match of this server, replayed from its first state and journal. */
export function MatchReplay({ matchID }: { matchID: string }) {
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    fetchMatchReplay(matchID)
      .then((body) => {
        if (!live) return;
        const answer = parseMatchReplay(body);
        setLoaded('error' in answer ? { kind: 'failed', message: answer.error } : { kind: 'ready', answer });
      })
      .catch((error: unknown) => {
        if (live) setLoaded({ kind: 'failed', message: lobbyErrorMessage(error) });
      });
    return () => {
      live = false;
    };
  }, [matchID]);
  const watch = <a href={routeSearch({ kind: 'watch', matchID })}>Open the match</a>;
  if (loaded.kind === 'loading') return <p className="quiet">Reading the match…</p>;
  if (loaded.kind === 'failed')
    return (
      <div className="replay-failed">
        <h1>Replay of match {matchID}</h1>
        <div className="banner notice" role="alert">
          No replay: {loaded.message}.
        </div>
        <p>{watch}</p>
      </div>
    );
  return <ReadyMatch answer={loaded.answer} watch={watch} />;
}

function ReadyMatch({ answer, watch }: { answer: MatchReplayAnswer; watch: ReactNode }) {
  const plan = useMemo(() => matchRulesPlan(answer.createdRulesVersion), [answer]);
  const prepared = useMemo(() => {
    if (plan.kind === 'refused') return undefined;
    const initial = initialGameState(answer, plan.chain);
    const steps = matchSteps(answer);
    if ('error' in initial) return initial;
    if ('error' in steps) return steps;
    return { initial, steps };
  }, [answer, plan]);
  const title = `Replay of match ${answer.matchID}`;
  if (plan.kind === 'refused' || !prepared)
    return (
      <div className="replay-other-rules">
        <h1>{title}</h1>
        <p>{watch}</p>
        <OtherRulesMatch
          rulesVersion={answer.createdRulesVersion}
          closedReason={plan.kind === 'refused' ? plan.reason : undefined}
          log={answer.final.log}
          gameover={answer.gameover}
        />
      </div>
    );
  if ('error' in prepared)
    return (
      <div className="replay-failed">
        <h1>{title}</h1>
        <div className="banner notice" role="alert">
          This match cannot be replayed here: {prepared.error}.
        </div>
        <p>{watch}</p>
      </div>
    );
  const names = seatNames(answer);
  const botSide = botSideFromSetup(answer.setupData);
  const seat = (side: Side) => ({ name: names[side], connected: undefined, bot: botSide === side });
  return (
    <TimelineReplay
      initial={prepared.initial}
      steps={prepared.steps}
      title={title}
      playedUnder={answer.createdRulesVersion}
      rulesNote={plan.note}
      expected={
        // Comparable only under the same rules (the server fingerprints under its own, migrated if need be).
        answer.final.rulesVersion === RULES_VERSION
          ? { fingerprint: answer.final.fingerprint, what: 'the match’s stored final state' }
          : undefined
      }
      seats={{ us: seat('us'), china: seat('china') }}
      gameover={answer.gameover}
      links={watch}
    />
  );
}
