import type { LabRun } from '../lab.ts';
import type { Manifest } from '../manifest.ts';
import type { MatrixResult } from '../matrix.ts';
import type { SimSummary } from '../run.ts';
import { comebackDefinition } from '../summary.ts';
import type { SweepResult } from '../sweep.ts';
import { barChart, escapeXml, heatmap, intervalBar, lineChart } from './svg.ts';

/** report.html: one self-contained page (inline CSS and SVG, no scripts, no external assets). */

/** A parameter value for reading: four significant digits. */
const short = (value: number): string => String(Number(value.toPrecision(4)));
const pct = (p: number): string => `${(p * 100).toFixed(1)}%`;
const interval = (r: { p: number; lo: number; hi: number }): string =>
  `${pct(r.p)} (95% CI ${pct(r.lo)}–${pct(r.hi)})`;

const css = `
body { font: 15px/1.5 Georgia, 'Times New Roman', serif; color: #222; background: #fdfdfb; max-width: 760px;
  margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; } h2 { font-size: 1.2rem; margin-top: 2rem;
  border-bottom: 1px solid #ccc; padding-bottom: 0.2rem; }
.meta { color: #555; font-size: 0.9rem; } code { font-family: Menlo, Consolas, monospace; font-size: 0.85em; }
table { border-collapse: collapse; margin: 0.5rem 0; font-size: 0.9rem; }
th, td { padding: 0.2rem 0.6rem; border-bottom: 1px solid #ddd; text-align: right; }
th:first-child, td:first-child { text-align: left; }
.big { font-size: 1.3rem; } svg { max-width: 100%; height: auto; display: block; margin: 0.5rem 0; }
svg text { font: 11px sans-serif; fill: #333; } svg .label { font-size: 12px; fill: #555; }
svg .value { font-weight: bold; } svg .grid { stroke: #eee; } svg .axis { stroke: #777; }
svg .bar { fill: #7a9cc6; } svg .line { fill: none; stroke: #2b5d8c; stroke-width: 2; }
svg .dot { fill: #2b5d8c; } svg .band { fill: #2b5d8c; fill-opacity: 0.18; } svg .track { fill: #eee; }
svg .reference { stroke: #b55; stroke-dasharray: 4 3; } svg .marker { stroke: #444; stroke-dasharray: 2 2; }
section { break-inside: avoid; }
@media print { body { margin: 0; background: #fff; } h2 { break-after: avoid; } }
`;

function table(head: readonly string[], rows: readonly (readonly string[])[]): string {
  const cells = (tag: string, values: readonly string[]): string =>
    `<tr>${values.map((v) => `<${tag}>${escapeXml(v)}</${tag}>`).join('')}</tr>`;
  return `<table>${cells('th', head)}${rows.map((r) => cells('td', r)).join('')}</table>`;
}

function setupSection(run: LabRun, manifest: Manifest): string {
  const s = run.summary;
  const overrides = Object.entries(s.overrides).map(([k, v]) => `${k}=${v}`);
  return `<p class="meta">Scenario <code>${escapeXml(s.scenario)}</code>; US <code>${escapeXml(s.bots.us)}</code>
 vs China <code>${escapeXml(s.bots.china)}</code>; ${s.games} games; run seed <code>${escapeXml(s.seed)}</code>
 (game i plays seed <code>${escapeXml(s.seed)}:i</code>)${overrides.length ? `; overrides <code>${escapeXml(overrides.join(', '))}</code>` : ''}.
 Commit <code>${escapeXml(manifest.git.commit ?? 'unknown')}</code>${manifest.git.rulesDirty ? ' (rules/ had uncommitted changes)' : ''};
 rules hash <code>${manifest.rulesHash}</code>; parameters hash <code>${manifest.parametersHash}</code>;
 run fingerprint <code>${s.fingerprint}</code>.</p>`;
}

function resultSection(s: SimSummary, pooled: boolean): string {
  const reasons = Object.entries(s.endReasons);
  const histogram = Object.entries(s.lengthRounds.histogram).map(([label, value]) => ({ label, value }));
  return `<section><h2>Result${pooled ? ' (every game of every arm or cell, pooled)' : ''}</h2>
<p class="big">US win rate ${interval(s.usWinRate)}</p>
${intervalBar('US win rate with its 95% Wilson interval; dashed line at 50%', s.usWinRate.p, s.usWinRate.lo, s.usWinRate.hi)}
${table(
  ['Outcome', 'Games', 'Share'],
  [
    ['US wins', String(s.wins.us), pct(s.wins.us / Math.max(1, s.games))],
    ['China wins', String(s.wins.china), pct(s.wins.china / Math.max(1, s.games))],
    ['Draws', String(s.draws), pct(s.draws / Math.max(1, s.games))],
  ],
)}</section>
<section><h2>Game length</h2>
<p>Median ${s.lengthRounds.median} rounds, 95th percentile ${s.lengthRounds.p95}, range ${s.lengthRounds.min}–${s.lengthRounds.max}.</p>
${barChart('Games by the round they ended in', histogram, { x: 'round the game ended in', y: 'games' })}</section>
<section><h2>End reasons</h2>
${barChart(
  'Games by end reason',
  reasons.map(([label, value]) => ({ label, value })),
  { x: 'end reason', y: 'games' },
)}
${table(
  ['End reason', 'Games', 'Share'],
  reasons.map(([reason, count]) => [reason, String(count), pct(count / Math.max(1, s.games))]),
)}</section>`;
}

function trajectorySection(s: SimSummary): string {
  if (s.trajectory.length === 0) return '';
  const lead = s.trajectory.map((t) => ({ x: t.round, y: t.meanComputeLead }));
  const escalation = s.trajectory.map((t) => ({ x: t.round, y: t.meanEscalation }));
  return `<section><h2>Indicator trajectories</h2>
<p>Means at the end of each round over the games that reached it (games that ended earlier drop out; the
table gives the count). A positive compute lead favours the US.</p>
${lineChart({ title: 'Mean compute lead by round', xLabel: 'round', yLabel: 'mean compute lead', points: lead, referenceY: 0 })}
${lineChart({ title: 'Mean escalation by round', xLabel: 'round', yLabel: 'mean escalation', points: escalation })}
${table(
  ['Round', 'Games', 'Mean compute lead', 'Mean escalation'],
  s.trajectory.map((t) => [
    String(t.round),
    String(t.games),
    String(t.meanComputeLead),
    String(t.meanEscalation),
  ]),
)}
<h3>Swings</h3>
<p>Lead changes: ${s.leadChangesPerGame} per game on average (the number of times the sign of the compute lead
changes between consecutive round records; records with a lead of exactly 0 are skipped).</p>
<p>Comeback rate: ${s.comebackRate.games > 0 ? `${interval(s.comebackRate)}, ${s.comebackRate.comebacks} of ${s.comebackRate.games} qualifying games` : 'no qualifying games'}.
${escapeXml(comebackDefinition)}</p></section>`;
}

function sweepSection(sweep: SweepResult): string {
  const points = sweep.arms.map((arm) => ({ x: arm.value, y: arm.usWinRate.p }));
  const band = sweep.arms.map((arm) => ({ lo: arm.usWinRate.lo, hi: arm.usWinRate.hi }));
  const crossing =
    sweep.crossings50.length === 0
      ? 'The US win rate does not cross 50% within the swept range.'
      : `The US win rate crosses 50% at ${sweep.param} ≈ ${sweep.crossings50.map(short).join(', ')} (linear interpolation between arms).`;
  return `<section><h2>Sweep of ${escapeXml(sweep.param)}</h2>
<p>${sweep.steps} arms from ${sweep.from} to ${sweep.to}, ${sweep.gamesPerArm} games each, the same game seeds in
every arm (common random numbers). ${escapeXml(crossing)}</p>
${lineChart({
  title: `US win rate against ${sweep.param}, with 95% Wilson band`,
  xLabel: sweep.param,
  yLabel: 'US win rate',
  points,
  band,
  yDomain: [0, 1],
  referenceY: 0.5,
  markersX: sweep.crossings50.map((x) => ({ x, caption: `50% at ${short(x)}` })),
  yFormat: (v) => `${Math.round(v * 100)}%`,
})}
${table(
  [sweep.param, 'US win rate', '95% interval', 'Draws', 'Median rounds', 'Fingerprint'],
  sweep.arms.map((arm) => [
    String(arm.value),
    pct(arm.usWinRate.p),
    `${pct(arm.usWinRate.lo)}–${pct(arm.usWinRate.hi)}`,
    String(arm.draws),
    String(arm.lengthRounds.median),
    arm.fingerprint,
  ]),
)}</section>`;
}

function matrixSection(matrix: MatrixResult): string {
  const cells = matrix.cells.map((row) =>
    row.map((cell) => ({
      value: cell.usWinRate.p,
      lines: [pct(cell.usWinRate.p), `${pct(cell.usWinRate.lo)}–${pct(cell.usWinRate.hi)}`],
    })),
  );
  return `<section><h2>Strategy matrix</h2>
<p>US win rate of each US bot (rows) against each China bot (columns), ${matrix.gamesPerCell} games per cell on
the same game seeds, with the 95% Wilson interval. Blue favours the US, red favours China, white is even.</p>
${heatmap('US win rate by bot pairing', matrix.us, matrix.china, cells, { rows: 'US bot', columns: 'China bot' })}
</section>`;
}

function reproduceSection(s: SimSummary): string {
  return `<section><h2>Reproducing a game</h2>
<p>Every row of <code>games.csv</code> and <code>games.jsonl</code> carries its replay command, e.g.
<code>npm run -s sim -- --replay ${escapeXml(s.seed)}:0 --scenario ${escapeXml(s.scenario)} --us BOT --china BOT [--set PARAM=VALUE ...]</code>,
which ends on that row's fingerprint. <code>manifest.json</code> records the commit, the rules and parameter
hashes, the bots, the seeds and the overrides.</p></section>`;
}

export function reportHtml(run: LabRun, manifest: Manifest): string {
  const pooled = run.sweep !== null || run.matrix !== null;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Silicon Curtain balance report</title>
<style>${css}</style></head><body>
<h1>Silicon Curtain balance report</h1>
${setupSection(run, manifest)}
${run.sweep ? sweepSection(run.sweep) : ''}
${run.matrix ? matrixSection(run.matrix) : ''}
${resultSection(run.summary, pooled)}
${trajectorySection(run.summary)}
${reproduceSection(run.summary)}
<p class="meta">${run.summary.games} games in ${run.seconds.toFixed(1)} s (${run.summary.gamesPerSec} games/s) on ${manifest.queue ? `${manifest.workers} queue workers` : `${manifest.workers} worker threads`}.</p>
</body></html>
`;
}
