import type { PlayerView, Side } from '../../rules/index.ts';
import { formatBn, formatNumber, sideTitle } from './format.ts';
import { Icon } from './icons.tsx';
import type { SeatInfo } from './match-setup.ts';
import { seatLabel } from './match-setup.ts';
import { SupplyChain } from './supply-chain.tsx';

interface Props {
  view: PlayerView;
  side: Side;
  seat: SeatInfo;
  columns: number;
  /** Where the latest update changed a figure: marked for a moment. */
  changed: ReadonlySet<string>;
}

/** One side of the board: who plays it, its purse and standing, and its supply chain. */
export function SideBoard({ view, side, seat, columns, changed }: Props) {
  const own = view.sides[side];
  return (
    <section className={`side side-${side}`} aria-label={sideTitle(side)}>
      <header className={`side-head${changed.has('header') ? ' changed' : ''}`}>
        <h2>{sideTitle(side)}</h2>
        <span className="seat-label">{seatLabel(seat)}</span>
        <span className="side-stats">
          <span>
            <Icon name="budget" size={16} /> {formatBn(own.budgetBn)}
          </span>
          <span>
            <Icon name="influence" size={16} /> influence {formatNumber(own.influence, 1)}
          </span>
          {own.dependency > 0 ? <span>dependency {formatNumber(own.dependency, 1)}</span> : null}
          <span>
            {view.handCounts[side]} card{view.handCounts[side] === 1 ? '' : 's'} in hand
          </span>
        </span>
      </header>
      <SupplyChain view={view} side={side} columns={columns} changed={changed} />
    </section>
  );
}
