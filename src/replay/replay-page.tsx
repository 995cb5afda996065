import { LabReplay } from './lab-replay.tsx';
import { MatchReplay } from './match-replay.tsx';
import './replay.css';

/**
 * The replay viewer (`?replay=ID` for a finished match of this server, `?replay` for a balance-lab game):
 * loaded on first use, so a player opening a match never downloads it.
 */
export default function ReplayPage({ matchID }: { matchID: string | undefined }) {
  return (
    <div className="replay-page">
      {matchID === undefined ? <LabReplay /> : <MatchReplay matchID={matchID} />}
    </div>
  );
}
