import type { PlayerView } from '../../rules/index.ts';
import { describeLead } from './format.ts';
import type { IconName } from './icons.tsx';
import { Icon } from './icons.tsx';

/** The shared tracks, drawn large: compute lead, escalation, export controls, retaliation. */

interface Cell {
  value: number;
  /** Short caption under the cell: what bites from this level. */
  caption?: string;
  tone?: 'us' | 'china' | 'danger';
}

const cellGap = 4;

/** Where a caption sits: the track's ends align inward so the words stay inside the drawing. */
function captionAnchor(index: number, count: number): { x: number; anchor: 'start' | 'middle' | 'end' } {
  if (count > 8 && index === 0) return { x: 0, anchor: 'start' };
  if (count > 8 && index === count - 1) return { x: 1, anchor: 'end' };
  return { x: 0.5, anchor: 'middle' };
}

function TrackCells({ cells, value, label }: { cells: Cell[]; value: number; label: string }) {
  const captions = cells.some((cell) => cell.caption !== undefined);
  // Long tracks get narrow cells; short ones wide enough for their captions.
  const cellWidth = cells.length > 8 ? 40 : 58;
  const width = cells.length * (cellWidth + cellGap) - cellGap;
  const height = captions ? 54 : 34;
  return (
    <svg
      className="track-cells"
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      role="img"
      aria-label={label}
    >
      <title>{label}</title>
      {cells.map((cell, index) => {
        const x = index * (cellWidth + cellGap);
        const here = cell.value === value;
        return (
          <g key={cell.value} transform={`translate(${x} 0)`}>
            <rect
              width={cellWidth}
              height={32}
              rx={5}
              className={`cell${cell.tone ? ` cell-${cell.tone}` : ''}${here ? ' cell-here' : ''}`}
            />
            <text
              x={cellWidth / 2}
              y={21}
              textAnchor="middle"
              className={here ? 'cell-text-here' : 'cell-text'}
            >
              {cell.value > 0 && cells[0] && cells[0].value < 0 ? `+${cell.value}` : cell.value}
            </text>
            {cell.caption ? (
              <text
                x={cellWidth * captionAnchor(index, cells.length).x}
                y={48}
                textAnchor={captionAnchor(index, cells.length).anchor}
                className="cell-caption"
              >
                {cell.caption}
              </text>
            ) : null}
          </g>
        );
      })}
    </svg>
  );
}

function Track({
  icon,
  title,
  summary,
  cells,
  value,
  wide,
}: {
  icon: IconName;
  title: string;
  summary: string;
  cells: Cell[];
  value: number;
  wide?: boolean;
}) {
  return (
    <figure className={`track${wide ? ' track-wide' : ''}`}>
      <figcaption>
        <Icon name={icon} size={22} />
        <span className="track-title">{title}</span>
        <strong className="track-value">{summary}</strong>
      </figcaption>
      <TrackCells cells={cells} value={value} label={`${title}: ${summary}`} />
    </figure>
  );
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index);

export function TrackBoard({ view }: { view: PlayerView }) {
  const { scoring, escalation, controls } = view.params;
  const lead = scoring.leadToWin;
  const controlCaptions: Record<number, string> = {
    [controls.chipExportBanLevel]: 'chips',
    [controls.toolSalesBanLevel]: 'tools',
    [controls.hbmBanLevel]: 'HBM',
    [controls.servicingBanLevel]: 'service',
    [controls.downgradedChipBanLevel]: 'H20',
  };
  const retaliationCaptions: Record<number, string> = {
    [controls.mineralBanLevel]: 'minerals',
    [controls.purchaseBanLevel]: 'Nvidia',
    [controls.rareEarthLevel]: 'rare earths',
  };
  const withCaptions = (values: number[], captions: Record<number, string>): Cell[] =>
    values.map((value) => {
      const caption = captions[value];
      return caption === undefined ? { value } : { value, caption };
    });
  return (
    <section className="tracks" aria-label="Shared tracks">
      <Track
        icon="lead"
        title="Compute lead"
        summary={`${describeLead(view.computeLead)} (win at ${lead})`}
        value={view.computeLead}
        wide
        cells={range(-lead, lead).map((value) => ({
          value,
          ...(value === 0 ? {} : { tone: value > 0 ? ('us' as const) : ('china' as const) }),
          ...(value === -lead ? { caption: 'China wins' } : value === lead ? { caption: 'US wins' } : {}),
        }))}
      />
      <Track
        icon="escalation"
        title="Escalation"
        summary={`${view.escalation} of ${escalation.limit}`}
        value={view.escalation}
        cells={range(0, escalation.limit).map((value) =>
          value === escalation.limit ? { value, tone: 'danger', caption: 'loses' } : { value },
        )}
      />
      <Track
        icon="controls"
        title="Export controls"
        summary={`level ${view.exportControlLevel} of ${controls.maxLevel}`}
        value={view.exportControlLevel}
        cells={withCaptions(range(0, controls.maxLevel), controlCaptions)}
      />
      <Track
        icon="retaliation"
        title="Retaliation"
        summary={`level ${view.retaliationLevel} of ${controls.retaliationMaxLevel}`}
        value={view.retaliationLevel}
        cells={withCaptions(range(0, controls.retaliationMaxLevel), retaliationCaptions)}
      />
    </section>
  );
}
