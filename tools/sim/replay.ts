import type { GameState, RoundFigures, RoundRecord } from '../../rules/index.ts';
import { fingerprint } from '../../rules/index.ts';
import type { GameSetup } from '../../server/games/play-game.ts';
import { playGame } from '../../server/games/play-game.ts';

/** Exact replay of one game from its seed and bots, and its readable log. */

export interface Replay {
  setup: GameSetup;
  state: GameState;
  moveCount: number;
  fingerprint: string;
}

export function replayGame(setup: GameSetup): Replay {
  const { state, moveCount } = playGame(setup);
  return { setup, state, moveCount, fingerprint: fingerprint(state) };
}

const fixed = (value: number, digits: number): string => value.toFixed(digits);

function figureLine(label: string, f: RoundFigures): string {
  return (
    `    ${label.padEnd(5)} wafers ${fixed(f.wafersK, 1)}k, good dies ${fixed(f.goodDiesK, 1)}k, ` +
    `chips packaged ${fixed(f.chipsPackagedK, 1)}k, $${fixed(f.costPerGoodDieUsd, 0)}/good die, ` +
    `effective ${fixed(f.effectiveComputeEflops, 1)} EFLOPS (training ${fixed(f.trainingEflops, 1)}), ` +
    `cluster ${fixed(f.clusterEfficiency, 2)}, memory ${fixed(f.memoryEfficiency, 2)}, ` +
    `utilisation ${fixed(f.utilisation, 2)}, algorithmic ×${fixed(f.algorithmicMultiplier, 2)}, ` +
    `income $${fixed(f.incomeBn, 1)}Bn, advanced capacity ${fixed(f.advancedCapacityKWafers, 1)}k wafers (${fixed(f.goodWaferCapacityK, 1)}k working), ` +
    `tool groups lost ${f.toolGroupsLost}`
  );
}

function recordLines(record: RoundRecord): string[] {
  const points =
    record.frontierPoints + record.frontierClassPoints + record.adoptionPoints + record.ecosystemPoints;
  return [
    `  Round ${record.round} (${record.year}) scored: frontier ${record.frontierPoints}, frontier class ` +
      `${record.frontierClassPoints}, adoption ` +
      `${record.adoptionPoints}, ecosystem ${record.ecosystemPoints} (total ${points}); compute lead ` +
      `${record.computeLead}, escalation ${record.escalation}`,
    figureLine('US', record.figures.us),
    figureLine('China', record.figures.china),
  ];
}

/** The whole game as text: every log entry, and each round's scoring and figures where it ended. */
export function formatReplay(replay: Replay): string {
  const { state, setup } = replay;
  const overrides = Object.entries(setup.overrides ?? {}).map(([path, value]) => `${path}=${value}`);
  const lines = [
    `Silicon Curtain replay: scenario ${setup.scenarioId}, seed "${setup.seed}", US ${setup.us} vs China ${setup.china}` +
      (overrides.length ? `, overrides ${overrides.join(', ')}` : ''),
  ];
  const lastRound = Math.max(state.round, ...state.log.map((entry) => entry.round));
  for (let round = 1; round <= lastRound; round++) {
    lines.push('', `Round ${round}`);
    for (const entry of state.log) {
      if (entry.round !== round) continue;
      const who = entry.side === null ? '' : `[${entry.side}] `;
      lines.push(`  ${who}${entry.text}`);
    }
    for (const record of state.history) if (record.round === round) lines.push(...recordLines(record));
  }
  const result = state.result;
  lines.push(
    '',
    result
      ? `Result: ${result.winner === 'draw' ? 'draw' : `${result.winner} wins`} by ${result.reason} in round ${result.round}`
      : 'Result: unfinished',
    `Moves: ${replay.moveCount}; final fingerprint ${replay.fingerprint}`,
  );
  return lines.join('\n');
}
