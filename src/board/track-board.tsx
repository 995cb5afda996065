import type { ReactNode } from 'react';
import type { PlayerView } from '../../rules/index.ts';
import { describeLead } from './format.ts';
import type { IconName } from './icons.tsx';
import { Icon } from './icons.tsx';
import { LabelledSvg } from './labelled-svg.tsx';

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
    <LabelledSvg className="track-cells" width={width} height={height} label={label}>
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
    </LabelledSvg>
  );
}

/**
 * The compute lead on a phone: one bar from China's win to the US's, the marker at the lead (25 cells
 * would shrink to unreadable there).
 */
function LeadBar({ lead, value, label }: { lead: number; value: number; label: string }) {
  const width = 340;
  // Margins wide enough for the marker at either end.
  const margin = 16;
  const x = (at: number): number => margin + ((at + lead) / (2 * lead)) * (width - 2 * margin);
  return (
    <LabelledSvg className="track-cells" width={width} height={54} label={label}>
      <rect x={margin} y={14} width={x(0) - margin} height={12} className="cell cell-china" />
      <rect x={x(0)} y={14} width={width - margin - x(0)} height={12} className="cell cell-us" />
      <line x1={x(0)} x2={x(0)} y1={8} y2={32} className="bar-cap" />
      <circle cx={x(value)} cy={20} r={15} className="cell cell-here" />
      <text x={x(value)} y={25} textAnchor="middle" className="cell-text-here lead-marker-text">
        {value > 0 ? `+${value}` : value}
      </text>
      <text x={margin} y={50} className="cell-caption">
        China wins at −{lead}
      </text>
      <text x={width - margin} y={50} textAnchor="end" className="cell-caption">
        US wins at +{lead}
      </text>
    </LabelledSvg>
  );
}

function Track({
  icon,
  title,
  summary,
  children,
  className,
  changed,
}: {
  icon: IconName;
  title: string;
  summary: string;
  children: ReactNode;
  className: string;
  /** The latest update moved this track: marked for a moment. */
  changed: boolean;
}) {
  return (
    <figure className={`track ${className}${changed ? ' changed' : ''}`}>
      <figcaption>
        <Icon name={icon} size={22} />
        <span className="track-title">{title}</span>
        <strong className="track-value">{summary}</strong>
      </figcaption>
      {children}
    </figure>
  );
}

const range = (from: number, to: number): number[] =>
  Array.from({ length: to - from + 1 }, (_, index) => from + index);

export function TrackBoard({
  view,
  compact,
  changed,
}: {
  view: PlayerView;
  compact: boolean;
  /** The tracks the latest update moved ("lead", "escalation", "controls", "retaliation"). */
  changed: ReadonlySet<string>;
}) {
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
  const leadSummary = `${describeLead(view.computeLead)} (win at ${lead})`;
  const escalationSummary = `${view.escalation} of ${escalation.limit}`;
  const controlsSummary = `${view.exportControlLevel} of ${controls.maxLevel}`;
  const retaliationSummary = `${view.retaliationLevel} of ${controls.retaliationMaxLevel}`;
  return (
    <section className="tracks" aria-label="Shared tracks">
      <Track
        icon="lead"
        title="Compute lead"
        summary={leadSummary}
        className="track-lead"
        changed={changed.has('lead')}
      >
        {compact ? (
          <LeadBar lead={lead} value={view.computeLead} label={`Compute lead: ${leadSummary}`} />
        ) : (
          <TrackCells
            value={view.computeLead}
            label={`Compute lead: ${leadSummary}`}
            cells={range(-lead, lead).map((value) => ({
              value,
              ...(value === 0 ? {} : { tone: value > 0 ? ('us' as const) : ('china' as const) }),
              ...(value === -lead ? { caption: 'China wins' } : value === lead ? { caption: 'US wins' } : {}),
            }))}
          />
        )}
      </Track>
      <Track
        icon="escalation"
        title="Escalation"
        summary={escalationSummary}
        className="track-escalation"
        changed={changed.has('escalation')}
      >
        <TrackCells
          value={view.escalation}
          label={`Escalation: ${escalationSummary}`}
          cells={range(0, escalation.limit).map((value) =>
            value === escalation.limit ? { value, tone: 'danger', caption: 'loses' } : { value },
          )}
        />
      </Track>
      <Track
        icon="controls"
        title="Export controls"
        summary={controlsSummary}
        className="track-controls"
        changed={changed.has('controls')}
      >
        <TrackCells
          value={view.exportControlLevel}
          label={`Export controls: ${controlsSummary}`}
          cells={withCaptions(range(0, controls.maxLevel), controlCaptions)}
        />
      </Track>
      <Track
        icon="retaliation"
        title="Retaliation"
        summary={retaliationSummary}
        className="track-retaliation"
        changed={changed.has('retaliation')}
      >
        <TrackCells
          value={view.retaliationLevel}
          label={`Retaliation: ${retaliationSummary}`}
          cells={withCaptions(range(0, controls.retaliationMaxLevel), retaliationCaptions)}
        />
      </Track>
    </section>
  );
}
