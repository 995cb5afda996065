import type { LabRun } from './lab.ts';
import type { SimSummary } from './run.ts';

/** The plain-text summary `npm run sim` prints without --json. */

const percent = (p: number): string => `${(p * 100).toFixed(1)}%`;

export function formatSummary(summary: SimSummary): string {
  const pct = (n: number): string => `${((100 * n) / summary.games).toFixed(1)}%`;
  const reasons = Object.entries(summary.endReasons)
    .map(([reason, count]) => `${reason} ${count}`)
    .join(', ');
  const overrides = Object.entries(summary.overrides).map(([path, value]) => `${path}=${value}`);
  const rate = summary.usWinRate;
  const comeback = summary.comebackRate;
  return [
    `${summary.games} games, scenario ${summary.scenario}, seed "${summary.seed}": US ${summary.bots.us} vs China ${summary.bots.china}` +
      (overrides.length ? `, overrides ${overrides.join(', ')}` : ''),
    `wins: US ${summary.wins.us} (${pct(summary.wins.us)}), China ${summary.wins.china} (${pct(summary.wins.china)}), draws ${summary.wins.draw}`,
    `US win rate ${percent(rate.p)}, 95% CI ${percent(rate.lo)}–${percent(rate.hi)}`,
    `end reasons: ${reasons}`,
    `length in rounds: median ${summary.lengthRounds.median}, p95 ${summary.lengthRounds.p95}`,
    `lead changes per game ${summary.leadChangesPerGame}; comebacks ${comeback.comebacks} of ${comeback.games} (${percent(comeback.p)})`,
    `${summary.gamesPerSec} games/s`,
    `fingerprint ${summary.fingerprint}`,
    summary.gameSeeds,
  ].join('\n');
}

export function formatLab(run: LabRun): string {
  const lines: string[] = [];
  if (run.sweep) {
    const sweep = run.sweep;
    lines.push(`sweep of ${sweep.param}, ${sweep.gamesPerArm} games per arm (same seeds in every arm):`);
    for (const arm of sweep.arms)
      lines.push(
        `  ${sweep.param}=${arm.value}: US ${percent(arm.usWinRate.p)} (${percent(arm.usWinRate.lo)}–${percent(arm.usWinRate.hi)}), ` +
          `median ${arm.lengthRounds.median} rounds, fingerprint ${arm.fingerprint}`,
      );
    lines.push(
      sweep.crossings50.length
        ? `  50% crossing at ${sweep.param} ≈ ${sweep.crossings50.map((x) => Number(x.toPrecision(4))).join(', ')}`
        : '  no 50% crossing in the swept range',
      '',
      'all arms pooled:',
    );
  }
  if (run.ablations) {
    const result = run.ablations;
    const base = result.baseline.usWinRate;
    lines.push(
      `ablations, ${result.gamesPerArm} games per arm (same seeds in every arm):`,
      `  baseline: US ${percent(base.p)} (${percent(base.lo)}–${percent(base.hi)})`,
    );
    for (const arm of result.ablations)
      lines.push(
        `  ${arm.mechanic} — ${arm.setting}: US ${percent(arm.usWinRate.p)} (${percent(arm.usWinRate.lo)}–${percent(arm.usWinRate.hi)}), delta ${arm.delta > 0 ? '+' : ''}${arm.delta.toFixed(1)} points`,
      );
    lines.push('', 'all arms pooled:');
  }
  if (run.matrix) {
    const matrix = run.matrix;
    lines.push(`matrix, US win rate, ${matrix.gamesPerCell} games per cell (rows US, columns China):`);
    for (const row of matrix.cells)
      for (const cell of row)
        lines.push(
          `  ${cell.us} vs ${cell.china}: US ${percent(cell.usWinRate.p)} (${percent(cell.usWinRate.lo)}–${percent(cell.usWinRate.hi)})`,
        );
    lines.push('', 'all cells pooled:');
  }
  lines.push(formatSummary(run.summary));
  return lines.join('\n');
}
