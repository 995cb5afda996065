import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fingerprint } from '../../rules/fingerprint.ts';
import { RULES_VERSION } from '../../rules/version.ts';
import type { GameSetup } from '../../server/games/play-game.ts';
import { playGame } from '../../server/games/play-game.ts';

/**
 * `npm run golden`: re-records the golden replays (test/rules/golden). Run it only for a rule change that
 * alters play on purpose, and commit the new files with that change: the golden test fails on any other.
 */
const goldenDir = fileURLToPath(new URL('../../test/rules/golden/', import.meta.url));

/** A few whole games of different kinds: bots, scripts, a search, another scenario. */
const goldenGames: readonly { name: string; setup: GameSetup }[] = [
  {
    name: 'baseline-greedy',
    setup: { scenarioId: 'baseline-2025', seed: 'golden:1', us: 'greedy', china: 'greedy' },
  },
  {
    name: 'baseline-search',
    setup: { scenarioId: 'baseline-2025', seed: 'golden:2', us: 'mcts:40', china: 'mcts:40' },
  },
  {
    name: 'baseline-scripts',
    setup: {
      scenarioId: 'baseline-2025',
      seed: 'golden:3',
      us: 'us-entity-list',
      china: 'china-self-reliance',
    },
  },
  {
    name: 'taiwan-crisis-random',
    setup: { scenarioId: 'taiwan-crisis', seed: 'golden:4', us: 'random', china: 'random' },
  },
];

mkdirSync(goldenDir, { recursive: true });
for (const game of goldenGames) {
  const played = playGame(game.setup, { recordMoves: true });
  const { state, moves } = played;
  if (!state.result || !moves) throw new Error(`golden game ${game.name} did not finish`);
  const file = join(goldenDir, `${game.name}.json`);
  const record = {
    name: game.name,
    rulesVersion: RULES_VERSION,
    scenarioId: game.setup.scenarioId,
    seed: game.setup.seed,
    bots: { us: game.setup.us, china: game.setup.china },
    result: state.result,
    fingerprint: fingerprint(state),
    moves,
  };
  writeFileSync(file, `${JSON.stringify(record, null, 0).replace(/,\{"type"/g, ',\n{"type"')}\n`);
  process.stdout.write(
    `${game.name}: ${state.result.winner} by ${state.result.reason} in round ${state.result.round}, ${moves.length} moves, ${fingerprint(state)}\n`,
  );
}
