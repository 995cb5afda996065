import type { PlayerView, Side } from '../../rules/index.ts';
import { researchTracks } from '../../rules/index.ts';
import { researchPointsNeeded } from '../../rules/mechanics/research.ts';
import { formatBn, formatEflops, formatNumber, formatPercent, formatThousands, sideTitle } from './format.ts';
import { stateFromView } from '../../rules/index.ts';
import { researchTrackTitle } from './hints.ts';

interface Props {
  view: PlayerView;
  side: Side;
  playerName: string | undefined;
  connected: boolean | undefined;
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="figure">
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}

/** One side's public figures. */
export function SidePanel({ view, side, playerName, connected }: Props) {
  const own = view.sides[side];
  const last = own.last;
  const state = stateFromView(view, side);
  return (
    <section className={`side side-${side}`}>
      <header>
        <h2>{sideTitle(side)}</h2>
        <span className="quiet">
          {playerName ?? 'open seat'}
          {connected === undefined ? '' : connected ? ' · online' : ' · offline'}
          {` · ${view.handCounts[side]} cards`}
        </span>
      </header>
      <dl className="figures">
        <Figure label="Budget" value={formatBn(own.budgetBn)} />
        <Figure label="Effective compute" value={formatEflops(last.effectiveComputeEflops)} />
        <Figure label="Training" value={formatEflops(last.trainingEflops)} />
        <Figure label="Chips" value={formatThousands(own.chipsK, 'chips')} />
        <Figure label="Developers" value={`${formatNumber(own.developersM, 2)}M`} />
        <Figure label="Maturity" value={formatNumber(own.maturity, 1)} />
        <Figure label="Efficiency level" value={formatNumber(own.efficiencyLevel, 0)} />
        <Figure label="Interconnect" value={formatNumber(own.interconnectLevel, 0)} />
        <Figure label="Power" value={`${formatNumber(own.powerGw, 1)} GW`} />
        <Figure label="Influence" value={formatNumber(own.influence, 1)} />
        {side === 'china' ? (
          <Figure label="DUV tool groups" value={String(own.toolGroupWear.length)} />
        ) : null}
      </dl>
      <h3>Fabs</h3>
      {own.fabs.length === 0 ? (
        <p className="quiet">None.</p>
      ) : (
        <table className="fabs">
          <thead>
            <tr>
              <th>Node</th>
              <th>Route</th>
              <th>Yield</th>
              <th>Capacity</th>
            </tr>
          </thead>
          <tbody>
            {own.fabs.map((fab) => (
              <tr key={fab.id}>
                <td>{fab.node}</td>
                <td>{fab.route.toUpperCase()}</td>
                <td>{formatPercent(fab.yieldFraction)}</td>
                <td>
                  {formatThousands(fab.capacityKWafersPerRound, 'wafers')}
                  {fab.roundsUntilOnline > 0 ? ` (online in ${fab.roundsUntilOnline})` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {side === 'china' ? (
        <>
          <h3>Research</h3>
          <ul className="research">
            {researchTracks.map((track) => {
              const needed = researchPointsNeeded(state, track);
              return (
                <li key={track}>
                  <span>{researchTrackTitle(track)}</span>
                  <span>
                    {own.researchDone[track]
                      ? 'done'
                      : `${formatNumber(own.researchProgress[track], 1)} / ${needed}`}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </section>
  );
}
