import { ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The folders' import boundaries (docs/STYLE.md) are lint rules in eslint.config.js; `npm run lint`
 * holds the tree to them. These cases check that the project's own configuration, as ESLint computes
 * it for a file in each folder, refuses every crossing and lets the allowed imports through.
 */

const eslint = new ESLint();
const linter = new Linter({ configType: 'flat' });

/** The messages of the project's import rule for `file` importing `specifier`. */
async function importProblems(file: string, specifier: string): Promise<string[]> {
  const config = (await eslint.calculateConfigForFile(file)) as Linter.Config;
  const rule = config.rules?.['no-restricted-imports'];
  if (rule === undefined) return [];
  const code = `import { something } from '${specifier}';\nexport { something };\n`;
  const messages = linter.verify(
    code,
    [{ files: ['**/*.ts', '**/*.tsx'], rules: { 'no-restricted-imports': rule } }],
    { filename: file },
  );
  return messages.map((message) => message.message);
}

describe('the import boundaries between folders', () => {
  it.each([
    ['server/', 'the tools', 'server/lobby/lobby.ts', '../../tools/sim/run.ts'],
    ['server/', 'the browser code', 'server/clock/clock.ts', '../../src/board/clock-view.ts'],
    ['server/', 'the tools, from its top level', 'server/server.ts', '../tools/cli/sim.ts'],
    ['src/', 'the server', 'src/board/match-clock.tsx', '../../server/clock/clock.ts'],
    ['src/', 'the tools', 'src/app.tsx', '../tools/rulebook/generate.ts'],
    ['rules/', 'the server', 'rules/moves.ts', '../server/games/play-game.ts'],
    ['rules/', 'the browser code', 'rules/mechanics/fabs.ts', '../../src/board/format.ts'],
    ['rules/', 'the tools', 'rules/bots/index.ts', '../../tools/sim/run.ts'],
  ])('%s may not import %s (%s importing %s)', async (_folder, _what, file, specifier) => {
    const problems = await importProblems(file, specifier);
    expect(problems).toHaveLength(1);
  });

  it.each([
    ['server/ imports the rules', 'server/lobby/lobby.ts', '../../rules/index.ts'],
    ['server/ imports its own modules', 'server/classroom/what-if/service.ts', '../../games/game-row.ts'],
    ['src/ imports the rules', 'src/board/match-clock.tsx', '../../rules/index.ts'],
    ['tools/ import the server', 'tools/sim/run.ts', '../../server/games/game-row.ts'],
    ['tools/ import the browser code', 'tools/bot-client/clock-budget.ts', '../../src/board/clock-view.ts'],
    ['rules/ import their own modules', 'rules/mechanics/fabs.ts', './tools.ts'],
  ])('%s (%s importing %s)', async (_case, file, specifier) => {
    expect(await importProblems(file, specifier)).toEqual([]);
  });
});
