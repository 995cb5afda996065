import type { RoundRecord } from '../../rules/index.ts';
import { LabelledSvg } from './labelled-svg.tsx';

/**
 * The compute lead after each round as a small line chart (plain SVG: one series does not need a chart
 * library). Above the middle line the US led, below it China.
 */
export function LeadChart({ history, leadToWin }: { history: readonly RoundRecord[]; leadToWin: number }) {
  const width = 320;
  const height = 84;
  const pad = 14;
  const x = (index: number): number => pad + (index / Math.max(history.length, 1)) * (width - 2 * pad);
  const y = (lead: number): number => height / 2 - (lead / leadToWin) * (height / 2 - pad);
  const points = [{ lead: 0 }, ...history.map((record) => ({ lead: record.computeLead }))]
    .map((point, index) => `${x(index)},${y(point.lead)}`)
    .join(' ');
  const label = `Compute lead after each round: ${history.map((record) => `round ${record.round} ${record.computeLead}`).join(', ')}`;
  return (
    <LabelledSvg className="lead-chart" width={width} height={height} label={label}>
      <rect x={pad} y={pad} width={width - 2 * pad} height={height / 2 - pad} className="chart-us" />
      <rect
        x={pad}
        y={height / 2}
        width={width - 2 * pad}
        height={height / 2 - pad}
        className="chart-china"
      />
      <line x1={pad} x2={width - pad} y1={height / 2} y2={height / 2} className="chart-axis" />
      <polyline points={points} className="chart-line" />
      <text x={pad + 4} y={pad + 12} className="cell-caption">
        US +{leadToWin}
      </text>
      <text x={pad + 4} y={height - pad - 4} className="cell-caption">
        China −{leadToWin}
      </text>
    </LabelledSvg>
  );
}
